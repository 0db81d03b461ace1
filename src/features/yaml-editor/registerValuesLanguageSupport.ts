import type { Chart } from '@/core/chart/createChart';
import { completionContext } from '@/core/editor/completionContext';
import { completionItems } from '@/core/editor/completionItems';
import { hoverText } from '@/core/editor/hoverText';
import { pointerAtOffset } from '@/core/editor/pointerAtOffset';
import { minimalEdit } from '@/core/editor/minimalEdit';
import type { Diagnostic } from '@/core/diagnostics/Diagnostic';
import { quickFix, type FixContext } from '@/core/fixes/quickFix';
import { monaco } from './monaco';

interface ValuesLanguageSupportOptions {
  /** Only these models get the chart's completion and hover; any other YAML in the page is left alone. */
  isValuesModel: (model: monaco.editor.ITextModel) => boolean;
  /** The chart in use, read at every request, so switching chart versions needs no re-registration. Undefined while it loads. */
  chart: () => Chart | undefined;
  /** The session the markers describe and their diagnostics, for quick fixes; read at every request. */
  fixes: () => { context: FixContext; diagnostics: readonly Diagnostic[] };
  /** A marker's `source`, as the editor wrote it for a diagnostic: how a marker finds its diagnostic again. */
  markerSource: (diagnostic: Diagnostic) => string;
}

/**
 * Completion and hover for a values file, driven by the chart's schema through the framework-free helpers
 * in core/editor. Returns the one handle to undo the registration.
 */
export function registerValuesLanguageSupport({ isValuesModel, chart, fixes, markerSource }: ValuesLanguageSupportOptions): monaco.IDisposable {
  const rangeOf = (model: monaco.editor.ITextModel, start: number, end: number) => monaco.Range.fromPositions(model.getPositionAt(start), model.getPositionAt(end));

  const completion = monaco.languages.registerCompletionItemProvider('yaml', {
    provideCompletionItems(model, position) {
      const loaded = chart();
      if (!loaded || !isValuesModel(model)) return undefined;
      const context = completionContext(model.getValue(), model.getOffsetAt(position));
      if (!context) return { suggestions: [] };
      const suggestions = completionItems(loaded.schema, context).map(
        (item): monaco.languages.CompletionItem => ({
          label: item.label,
          kind: item.kind === 'key' ? monaco.languages.CompletionItemKind.Property : monaco.languages.CompletionItemKind.EnumMember,
          insertText: item.insertText,
          range: rangeOf(model, item.replace.start, item.replace.end),
          detail: item.detail,
          // A plain string is shown as text: a chart's description never becomes links, images or markup.
          documentation: item.documentation,
          sortText: item.sortText,
          command: item.suggestValuesNext ? { id: 'editor.action.triggerSuggest', title: 'Suggest values' } : undefined,
        }),
      );
      return { suggestions };
    },
  });

  const hover = monaco.languages.registerHoverProvider('yaml', {
    provideHover(model, position) {
      const loaded = chart();
      if (!loaded || !isValuesModel(model)) return undefined;
      const found = pointerAtOffset(model.getValue(), model.getOffsetAt(position));
      if (!found) return undefined;
      const text = hoverText(loaded.schema, loaded.defaults, found.pointer);
      if (!text) return undefined;
      return { contents: [{ value: text }], range: rangeOf(model, found.start, found.end) };
    },
  });

  // Quick fixes (Ctrl+. and the light bulb) for the problems under the cursor that the studio knows how to fix.
  const codeActions = monaco.languages.registerCodeActionProvider('yaml', {
    provideCodeActions(model, _range, context) {
      if (!isValuesModel(model)) return undefined;
      const { context: session, diagnostics } = fixes();
      const text = model.getValue();
      // The markers describe the session's text; while the editor is ahead of it, a fix would land on stale offsets.
      if (text !== session.text) return { actions: [], dispose() {} };
      const actions: monaco.languages.CodeAction[] = [];
      for (const marker of context.markers) {
        const diagnostic = diagnostics.find((d) => d.message === marker.message && markerSource(d) === marker.source);
        const fix = diagnostic && quickFix(session, diagnostic);
        const edit = fix && minimalEdit(text, fix.text);
        if (!fix || !edit) continue;
        actions.push({
          title: fix.title,
          kind: 'quickfix',
          diagnostics: [marker],
          isPreferred: true,
          edit: { edits: [{ resource: model.uri, versionId: model.getVersionId(), textEdit: { range: rangeOf(model, edit.start, edit.end), text: edit.text } }] },
        });
      }
      return { actions, dispose() {} };
    },
  });

  return {
    dispose() {
      completion.dispose();
      hover.dispose();
      codeActions.dispose();
    },
  };
}
