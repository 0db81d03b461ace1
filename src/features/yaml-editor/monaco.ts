/**
 * The Monaco editor the studio bundles, with only the parts a YAML pane uses. Imported from the lazily
 * loaded editor module alone, so none of it is in the page's entry chunk. Everything comes from this
 * app's own origin: the studio runs on networks that reach no CDN.
 */
import * as monaco from 'monaco-editor/editor';
import EditorWorker from 'monaco-editor/editor/editor.worker?worker';
import 'monaco-editor/features/bracketMatching/register';
// Quick fixes (Ctrl+. and the light bulb) for the problems the studio knows how to fix.
import 'monaco-editor/features/codeAction/register';
import 'monaco-editor/features/clipboard/register';
import 'monaco-editor/features/comment/register';
import 'monaco-editor/features/contextmenu/register';
import 'monaco-editor/features/find/register';
import 'monaco-editor/features/folding/register';
import 'monaco-editor/features/gotoError/register';
import 'monaco-editor/features/hover/register';
import 'monaco-editor/features/indentation/register';
import 'monaco-editor/features/linesOperations/register';
import 'monaco-editor/features/multicursor/register';
import 'monaco-editor/features/readOnlyMessage/register';
import 'monaco-editor/features/smartSelect/register';
import 'monaco-editor/features/snippet/register';
import 'monaco-editor/features/suggest/register';
// The suggest widget itself: features/suggest/register brings only its inline variant.
import 'monaco-editor/editor/contrib/suggest/browser/suggestController';
import 'monaco-editor/features/toggleTabFocusMode/register';
import 'monaco-editor/features/wordOperations/register';
// Highlighting only: completion, hover and markers come from the chart schema (registerValuesLanguageSupport).
import 'monaco-editor/languages/definitions/yaml/register';

// Monaco asks for a worker by label; the plain editor worker serves every label this pane needs.
self.MonacoEnvironment = { getWorker: () => new EditorWorker() };

monaco.editor.defineTheme('catalyst-light', { base: 'vs', inherit: true, rules: [], colors: { 'editor.background': '#ffffff' } });
monaco.editor.defineTheme('catalyst-dark', { base: 'vs-dark', inherit: true, rules: [], colors: { 'editor.background': '#161b22' } });

export { monaco };
