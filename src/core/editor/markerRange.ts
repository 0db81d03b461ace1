import type { Diagnostic } from '../diagnostics/Diagnostic';
import { parsePointer } from '../pointer/jsonPointer';

/** 1-based, end exclusive, as editors count: the span a diagnostic underlines. */
interface MarkerRange {
  startLine: number;
  startColumn: number;
  endLine: number;
  endColumn: number;
}

/**
 * The token a diagnostic underlines. Diagnostics carry the position of a key (or of a syntax error); a
 * problem with the value itself (wrong type, bad format, a rule) underlines the value when it sits on the
 * key's line, so the squiggle is under what must change. Unknown keys and syntax errors underline the
 * key or token at the position. Never an empty span: an empty line still gets one column to hover.
 */
export function markerRange(text: string, diagnostic: Diagnostic): MarkerRange {
  return rangeOnLines(text.split('\n'), diagnostic);
}

/**
 * markerRange for many diagnostics on one text: the text is split into lines once. A pasted file can carry
 * tens of thousands of syntax errors, and splitting it again for each would take time growing with the
 * square of their number.
 */
export function markerRangesIn(text: string): (diagnostic: Diagnostic) => MarkerRange {
  const lines = text.split('\n');
  return (diagnostic) => rangeOnLines(lines, diagnostic);
}

function rangeOnLines(lines: readonly string[], diagnostic: Diagnostic): MarkerRange {
  const lineCount = lines.length;
  const line = Math.min(Math.max(diagnostic.line, 1), lineCount);
  const lineText = (lines[line - 1] ?? '').replace(/\r$/, '');
  const start = Math.min(Math.max(diagnostic.column - 1, 0), lineText.length);

  const key = tokenAt(lineText, start);
  const keyText = lineText.slice(start, key.end);
  if ((diagnostic.source === 'schema' || diagnostic.source === 'rule' || diagnostic.source === 'helm' || diagnostic.source === 'kubernetes') && key.end > start && isKeyFor(diagnostic.pointer, keyText)) {
    const value = inlineValueAfterKey(lineText, key.end);
    if (value) return span(line, value.start, value.end);
  }
  // A problem about a key missing from the top level is placed at the document's start, which is some
  // unrelated first key: one column says "here, in this file" without blaming that key.
  if (diagnostic.source !== 'yaml' && key.end > start && !isOnPath(diagnostic.pointer, keyText)) return span(line, start, start + 1);
  if (key.end > start) return span(line, start, key.end);
  // At the end of a line (an error about what is missing there): the character before, if any.
  if (lineText.length > 0) return span(line, Math.max(lineText.length - 1, 0), lineText.length);
  return span(line, 0, 1);
}

function span(line: number, start: number, end: number): MarkerRange {
  return { startLine: line, startColumn: start + 1, endLine: line, endColumn: end + 1 };
}

/** A quoted scalar to its closing quote; anything else to a `: `, a ` #` comment or the end of the line. */
function tokenAt(lineText: string, start: number): { end: number } {
  const first = lineText[start];
  if (first === '"' || first === "'") {
    let i = start + 1;
    while (i < lineText.length) {
      if (first === '"' && lineText[i] === '\\') i += 2;
      else if (lineText[i] === first && first === "'" && lineText[i + 1] === "'") i += 2;
      else if (lineText[i] === first) return { end: i + 1 };
      else i += 1;
    }
    return { end: lineText.length };
  }
  let end = start;
  while (end < lineText.length) {
    const c = lineText[end];
    const next = lineText[end + 1];
    if (c === ':' && (next === undefined || next === ' ' || next === '\t')) break;
    if (c === '#' && end > start && /\s/.test(lineText[end - 1] ?? '')) break;
    end += 1;
  }
  while (end > start && /\s/.test(lineText[end - 1] ?? '')) end -= 1;
  return { end };
}

function isKeyFor(pointer: string, keyText: string): boolean {
  return parsePointer(pointer).at(-1) === unquote(keyText);
}

/** The token is the key of the pointer or of one of its ancestors (a list item's text counts too). */
function isOnPath(pointer: string, tokenText: string): boolean {
  const segments = parsePointer(pointer);
  return segments.length === 0 || segments.includes(unquote(tokenText)) || /^\d+$/.test(segments.at(-1) ?? '');
}

function unquote(text: string): string {
  return /^(["']).*\1$/.test(text) ? text.slice(1, -1) : text;
}

/** The scalar after `key: ` on the same line, without a trailing comment; undefined for a block below. */
function inlineValueAfterKey(lineText: string, keyEnd: number): { start: number; end: number } | undefined {
  const colon = /^[ \t]*:[ \t]*/.exec(lineText.slice(keyEnd));
  if (!colon) return undefined;
  const start = keyEnd + colon[0].length;
  if (start >= lineText.length || lineText[start] === '#' || lineText[start] === '|' || lineText[start] === '>') return undefined;
  const end = tokenAt(lineText, start).end;
  return end > start ? { start, end } : undefined;
}
