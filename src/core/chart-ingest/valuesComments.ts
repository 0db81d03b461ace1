import { isMap, isScalar, parseDocument, type Node as YamlNode } from 'yaml';
import { childPointer } from '../pointer/jsonPointer';

/**
 * The comment written right above each key of a values.yaml, by JSON Pointer: the chart author's own words
 * about that value. Only the paragraph touching the key counts (a blank line ends it), so a file header or
 * a commented-out block further up is not taken for the key's description. helm-docs' `# --` marker is
 * dropped. Keys inside lists are not described (an item is an example, not a value of the chart).
 */
export function valuesComments(valuesText: string): Map<string, string> {
  const comments = new Map<string, string>();
  let document;
  try {
    document = parseDocument(valuesText, { schema: 'failsafe', uniqueKeys: false, prettyErrors: false });
  } catch {
    return comments;
  }
  collect(document.contents, '', comments, 0);
  return comments;
}

function collect(node: YamlNode | null, pointer: string, comments: Map<string, string>, depth: number): void {
  if (!isMap(node) || depth > 64) return;
  node.items.forEach((pair, index) => {
    if (!isScalar(pair.key)) return;
    const key = String(pair.key.value);
    const here = childPointer(pointer, key);
    // The comment above a block's first key is the block's own (the `yaml` library hangs it on the map).
    const raw = pair.key.commentBefore ?? (index === 0 ? node.commentBefore : undefined);
    const text = raw ? lastParagraph(raw) : '';
    if (text !== '') comments.set(here, text);
    collect(pair.value as YamlNode | null, here, comments, depth + 1);
  });
}

function lastParagraph(comment: string): string {
  const paragraphs = comment.split(/\n\s*\n/);
  const lines = paragraphs[paragraphs.length - 1]!.split('\n').map((line) => line.replace(/^ ?(-- ?)?/, '').trimEnd());
  return lines.join('\n').trim();
}
