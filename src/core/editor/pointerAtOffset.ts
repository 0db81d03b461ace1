import { isAlias, isMap, isScalar, isSeq, parseAllDocuments } from 'yaml';
import type { Document, Node } from 'yaml';
import { formatPointer } from '../pointer/jsonPointer';

/** What sits under the cursor: the JSON Pointer of the value, and whether the cursor is on its key or its value. */
interface PointerAtOffset {
  pointer: string;
  on: 'key' | 'value';
  /** Offsets of the token under the cursor, for highlighting the hovered word. */
  start: number;
  end: number;
}

/**
 * Maps a position in YAML text to the JSON Pointer of the key or scalar value under it, using the `yaml`
 * parser's node ranges. The parser recovers from most syntax errors, so hovering works in a half-typed
 * file too. Positions inside a comment, a block scalar's indentation or a collection's punctuation
 * answer undefined: there is no single value to describe there.
 */
export function pointerAtOffset(text: string, offset: number): PointerAtOffset | undefined {
  const docs = parseForPositions(text);
  for (const doc of docs) {
    const found = findIn(doc.contents as Node | null, offset, []);
    if (found) return found;
  }
  return undefined;
}

/**
 * Failsafe schema: every scalar stays the text the user wrote, as everywhere else in the studio; the
 * key segments of the pointer are then exactly what the user typed (Helm turns keys into strings too).
 */
export function parseForPositions(text: string): Document.Parsed[] {
  const parsed = parseAllDocuments(text, { schema: 'failsafe', uniqueKeys: false, prettyErrors: false });
  return 'empty' in parsed ? [] : parsed;
}

function findIn(node: Node | null, offset: number, path: string[]): PointerAtOffset | undefined {
  if (!node || isAlias(node)) return undefined;
  if (isMap(node)) {
    for (const pair of node.items) {
      const key = pair.key as Node | null;
      const value = pair.value as Node | null;
      const segment = keySegment(key);
      if (segment === undefined) continue;
      const childPath = [...path, segment];
      if (key?.range && within(offset, key.range[0], key.range[1])) {
        return { pointer: formatPointer(childPath), on: 'key', start: key.range[0], end: key.range[1] };
      }
      const inValue = findIn(value, offset, childPath);
      if (inValue) return inValue;
    }
    return undefined;
  }
  if (isSeq(node)) {
    for (const [index, item] of node.items.entries()) {
      const inItem = findIn(item as Node | null, offset, [...path, String(index)]);
      if (inItem) return inItem;
    }
    return undefined;
  }
  if (isScalar(node) && node.range && within(offset, node.range[0], node.range[1])) {
    return { pointer: formatPointer(path), on: 'value', start: node.range[0], end: node.range[1] };
  }
  return undefined;
}

/** A cursor right after the last character still counts as on the token, as in every editor. */
function within(offset: number, start: number, end: number): boolean {
  return offset >= start && offset <= end;
}

function keySegment(key: Node | null): string | undefined {
  if (!isScalar(key)) return undefined;
  if (key.type === 'PLAIN' && key.value === '<<') return undefined;
  return String(key.value);
}
