import { Document, LineCounter, parseAllDocuments } from 'yaml';
import type { YAMLError } from 'yaml';
import type { Diagnostic, Values } from '../diagnostics/Diagnostic';
import { documentsToValues } from './documentsToValues';
import { placeCommentsBelowEmptyValues } from './placeCommentsBelowEmptyValues';
import { yamlParseOptions } from './yamlParseOptions';
import { ValuesDocument } from './ValuesDocument';

export type ParseResult =
  | { ok: true; document: ValuesDocument; values: Values; issues: Diagnostic[] }
  | { ok: false; issues: Diagnostic[] };

/** Characters go-yaml refuses ("control characters are not allowed"), plus unpaired UTF-16 surrogates. */
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u0084\u0086-\u009F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const MAX_REPORTED = 5;
/**
 * The page refuses larger texts up front: the `yaml` library reads about 1 MB per second, so a 10 MB
 * file would freeze the page for ~10 s. Real values files are tens of KB (the chart's own is ~30 KB).
 * Helm itself has no such limit, nor has the command line, which passes `maxLength: Infinity`.
 */
export const MAX_VALUES_LENGTH = 2_000_000;

export interface ParseOptions {
  /** Longer texts are refused before parsing; default MAX_VALUES_LENGTH (the command line passes Infinity). */
  maxLength?: number;
}

/** Parses a values file exactly as Helm reads it (go-yaml v2, YAML 1.1). Never throws. */
export function parseValues(text: string, options: ParseOptions = {}): ParseResult {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;

  if (body.length > (options.maxLength ?? MAX_VALUES_LENGTH)) {
    const megabytes = (body.length / 1_000_000).toFixed(1);
    const message = `this file is too large to check (${megabytes} million characters; the limit is ${MAX_VALUES_LENGTH / 1_000_000} million): values files are normally a few KB`;
    return { ok: false, issues: [{ pointer: '', severity: 'error', message, line: 1, column: 1, source: 'yaml' }] };
  }

  const forbidden = forbiddenCharacters(body);
  if (forbidden.length > 0) return { ok: false, issues: forbidden };

  const lineCounter = new LineCounter();
  let docs: Document.Parsed[];
  try {
    const parsed = parseAllDocuments(body, yamlParseOptions(lineCounter));
    if ('empty' in parsed) {
      const syntax = parsed.errors.map((error) => syntaxDiagnostic(error, body, lineCounter));
      if (syntax.length > 0) return { ok: false, issues: syntax };
      const empty = new Document(null, { schema: 'failsafe' }) as Document.Parsed;
      if (parsed.comment) empty.commentBefore = parsed.comment;
      docs = [empty];
    } else {
      docs = parsed;
    }
  } catch (error) {
    return { ok: false, issues: [unreadable(error)] };
  }

  const syntax = docs.flatMap((doc) => doc.errors.map((error) => syntaxDiagnostic(error, body, lineCounter)));
  if (syntax.length > 0) return { ok: false, issues: syntax };

  let converted;
  try {
    converted = documentsToValues(docs, lineCounter);
  } catch (error) {
    return { ok: false, issues: [unreadable(error)] };
  }
  if (converted.values === undefined) return { ok: false, issues: converted.issues };
  // Before any edit prints the document: each comment stays on the line the user wrote it on.
  for (const doc of docs) placeCommentsBelowEmptyValues(doc, body);
  const document = new ValuesDocument(docs, lineCounter, text, converted.values);
  return { ok: true, document, values: converted.values, issues: converted.issues };
}

function syntaxDiagnostic(error: YAMLError, text: string, lineCounter: LineCounter): Diagnostic {
  const { line, col } = lineCounter.linePos(error.pos[0]);
  let message = error.message;
  if (error.code === 'RESOURCE_EXHAUSTION') {
    message = 'nesting too deep: the file nests maps or lists too deeply to read';
  } else if (error.code === 'TAB_AS_INDENT') {
    message = 'tabs are not allowed for indentation in YAML; indent with spaces';
  } else {
    // From the line index, not text.split: a file with thousands of errors must not rescan the text for each.
    const start = lineCounter.lineStarts[line - 1] ?? 0;
    const lineText = text.slice(start, lineCounter.lineStarts[line] ?? text.length).replace(/\r?\n$/, '');
    // The README's `- "10.0.0.0/8",` example: JSON habits in a block list.
    if (/,\s*(#.*)?$/.test(lineText) && /^\s*-\s/.test(lineText)) {
      message += ' (a trailing comma? In a YAML block list each item is its own "- " line, without commas)';
    }
  }
  return { pointer: '', severity: 'error', message: `YAML syntax error: ${message}`, line: Math.max(line, 1), column: Math.max(col, 1), source: 'yaml' };
}

function forbiddenCharacters(text: string): Diagnostic[] {
  const issues: Diagnostic[] = [];
  let lineCounter: LineCounter | undefined;
  for (const match of text.matchAll(FORBIDDEN)) {
    if (!lineCounter) {
      lineCounter = new LineCounter();
      lineCounter.addNewLine(0);
      for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lineCounter.addNewLine(i + 1);
    }
    const { line, col } = lineCounter.linePos(match.index);
    const code = 'U+' + (match[0].codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0');
    issues.push({
      pointer: '',
      severity: 'error',
      message: `control character ${code} is not allowed in a YAML file (is this a binary file, or not UTF-8?)`,
      line: line === 0 ? 1 : line,
      column: line === 0 ? match.index + 1 : col,
      source: 'yaml',
    });
    if (issues.length >= MAX_REPORTED) break;
  }
  return issues;
}

function unreadable(error: unknown): Diagnostic {
  const message =
    error instanceof RangeError
      ? 'nesting too deep: the file nests maps or lists too deeply to read'
      : `the file could not be read as YAML: ${error instanceof Error ? error.message : String(error)}`;
  return { pointer: '', severity: 'error', message, line: 1, column: 1, source: 'yaml' };
}
