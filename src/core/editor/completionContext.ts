import { isAlias, isMap, isScalar, isSeq } from 'yaml';
import type { Node } from 'yaml';
import { formatPointer } from '../pointer/jsonPointer';
import { parseForPositions } from './pointerAtOffset';

/** The part of the text a chosen completion replaces, as offsets into the text. */
export interface ReplaceRange {
  start: number;
  end: number;
}

/**
 * Where the cursor is, for completion: about to write a key into the map at `parentPointer` (which already
 * holds `presentKeys`), or a value for the key at `pointer`.
 */
export type CompletionContext =
  | { kind: 'key'; parentPointer: string; presentKeys: string[]; replace: ReplaceRange }
  | { kind: 'value'; pointer: string; replace: ReplaceRange };

/** A plain scalar no one types into a values file, so it cannot collide with a real key or value. */
const PROBE = 'cursor0probe0f3a9';

const LINE_HEAD = /^([ ]*)((?:-[ ]+)*)/;
/** `key: value` where the key is plain or quoted; the value part is whatever follows the colon. */
const KEY_THEN_VALUE = /^("(?:[^"\\]|\\.)*"|'(?:[^']|'')*'|[^\s#'"][^#]*?)[ ]*:(?:[ ]+|$)/;
const PARTIAL_KEY = /^[^\s:#'"{}[\],&*!|>%@`]*$/;

/**
 * Finds what the cursor is completing. A half-typed line rarely parses as the user means it (`tls:\n  ex`
 * reads as `tls: "ex"`), so the cursor's line is replaced by a probe key or value at the same indentation
 * and the rest of the file parsed as it is; the probe's place in the parsed tree is the answer. Block
 * style only: inside a flow collection or a comment there is nothing to offer.
 */
export function completionContext(text: string, offset: number): CompletionContext | undefined {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const newline = text.indexOf('\n', offset);
  const lineEnd = newline === -1 ? text.length : newline > 0 && text[newline - 1] === '\r' ? newline - 1 : newline;
  const before = text.slice(lineStart, offset);
  const after = text.slice(offset, lineEnd);
  const head = LINE_HEAD.exec(before)?.[0] ?? '';
  const typed = before.slice(head.length);
  if (typed.includes('#')) return undefined;

  const keyThenValue = KEY_THEN_VALUE.exec(typed);
  if (keyThenValue) {
    // Right after the colon a value would need a space first; offering one there would write `key:value`.
    if (keyThenValue[0].endsWith(':')) return undefined;
    const valueStart = lineStart + head.length + keyThenValue[0].length;
    const valueTyped = text.slice(valueStart, offset);
    if (/^[[{|>&*!]/.test(valueTyped)) return undefined;
    const probeLine = head + keyThenValue[0].replace(/[ ]*$/, ' ') + PROBE;
    const found = findProbe(text.slice(0, lineStart) + probeLine + text.slice(lineEnd));
    if (!found || found.on !== 'value') return undefined;
    return { kind: 'value', pointer: formatPointer(found.path), replace: { start: valueStart, end: offset + wordLength(after, /^[^\s#]*/) } };
  }

  if (!PARTIAL_KEY.test(typed)) return undefined;
  const probeLine = head + PROBE + ':';
  const found = findProbe(text.slice(0, lineStart) + probeLine + text.slice(lineEnd));
  if (!found || found.on !== 'key') return undefined;
  return {
    kind: 'key',
    parentPointer: formatPointer(found.path.slice(0, -1)),
    presentKeys: found.siblings,
    replace: { start: offset - typed.length, end: offset + wordLength(after, /^[^\s:#]*/) },
  };
}

function wordLength(text: string, pattern: RegExp): number {
  return pattern.exec(text)?.[0].length ?? 0;
}

interface Probe {
  on: 'key' | 'value';
  path: string[];
  /** The other keys of the map the probe key sits in. */
  siblings: string[];
}

function findProbe(text: string): Probe | undefined {
  for (const doc of parseForPositions(text)) {
    const found = search(doc.contents as Node | null, []);
    if (found) return found;
  }
  return undefined;
}

function search(node: Node | null, path: string[]): Probe | undefined {
  if (!node || isAlias(node)) return undefined;
  if (isScalar(node)) return node.value === PROBE ? { on: 'value', path, siblings: [] } : undefined;
  if (isSeq(node)) {
    for (const [index, item] of node.items.entries()) {
      const found = search(item as Node | null, [...path, String(index)]);
      if (found) return found;
    }
    return undefined;
  }
  if (!isMap(node)) return undefined;
  const keys = node.items.map((pair) => (isScalar(pair.key) ? String(pair.key.value) : undefined));
  for (const pair of node.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : undefined;
    if (key === PROBE) {
      return { on: 'key', path: [...path, key], siblings: keys.filter((k): k is string => k !== undefined && k !== PROBE) };
    }
    if (key === undefined) continue;
    const found = search(pair.value as Node | null, [...path, key]);
    if (found) return found;
  }
  return undefined;
}
