import { isMap, isScalar, isSeq, LineCounter, parseAllDocuments } from 'yaml';
import type { Node, Pair, Scalar } from 'yaml';
import { parsePointer } from '../pointer/jsonPointer';
import { arrayIndex } from '../values/getAt';
import { yamlParseOptions } from '../yaml/yamlParseOptions';

export interface ScalarSpan {
  from: number;
  to: number;
  /** How the user wrote it, so a replacement can be written the same way. */
  style: Scalar.Type | undefined;
  source: string;
}

interface LocatedPair {
  /** The key as written, when the pointer ends at a map key. */
  key?: ScalarSpan;
  /** The value, when it is a scalar. */
  value?: ScalarSpan;
}

/**
 * Where the key and scalar value at `pointer` are in `text` (offsets into `text` itself). The last
 * document and the last duplicate key win, as in Helm. Undefined when the pointer does not lead to
 * something the user wrote (an alias, a merge key, a missing key).
 */
export function locatePair(text: string, pointer: string): LocatedPair | undefined {
  const bom = text.startsWith('\uFEFF') ? 1 : 0;
  const parsed = parseAllDocuments(text.slice(bom), yamlParseOptions(new LineCounter()));
  if ('empty' in parsed) return undefined;
  const segments = parsePointer(pointer);
  if (segments.length === 0) return undefined;
  for (const doc of [...parsed].reverse()) {
    let node: Node | null = doc.contents as Node | null;
    let keyNode: Node | null = null;
    let found = true;
    for (const segment of segments) {
      if (isSeq(node)) {
        const index = arrayIndex(segment);
        const item = index === undefined ? undefined : node.items[index];
        if (item === undefined) {
          found = false;
          break;
        }
        node = item as Node | null;
        keyNode = null;
      } else if (isMap(node)) {
        const pair = [...node.items].reverse().find((p) => isScalar(p.key) && String(p.key.value) === segment) as Pair<Node, Node | null> | undefined;
        if (!pair) {
          found = false;
          break;
        }
        keyNode = pair.key;
        node = pair.value;
      } else {
        found = false;
        break;
      }
    }
    if (!found) continue;
    const result: LocatedPair = {};
    const key = span(text, keyNode, bom);
    const value = span(text, node, bom);
    if (key) result.key = key;
    if (value) result.value = value;
    return result;
  }
  return undefined;
}

function span(text: string, node: Node | null, bom: number): ScalarSpan | undefined {
  if (!isScalar(node) || !node.range) return undefined;
  const from = node.range[0] + bom;
  const to = node.range[1] + bom;
  return { from, to, style: node.type, source: text.slice(from, to) };
}
