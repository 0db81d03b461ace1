import { isMap, isNode, isPair, isScalar, isSeq } from 'yaml';
import type { Document, Node, YAMLMap, YAMLSeq } from 'yaml';

/**
 * The comment lines written below an empty value (`join_token:` then `# …` on the next lines). The `yaml`
 * library hangs them on the empty value, whose comment it then prints on the value's own line
 * (`join_token: # …`); they are the lines before what follows. A comment on the value's own line stays the
 * value's. `source` is the text the value's range points into; a value made by an edit has no range.
 */
function commentsBelowEmptyValue(value: unknown, source: string): string[] {
  if (!isScalar(value) || !value.comment || !value.range) return [];
  const [start, valueEnd, end] = value.range;
  if (valueEnd !== start) return [];
  const firstHash = source.indexOf('#', start);
  if (firstHash < 0 || firstHash >= end) return [];
  const lines = value.comment.split('\n');
  const following = source.slice(start, firstHash).includes('\n') ? lines : lines.slice(1);
  return following.some((line) => line.trim() !== '') ? following : [];
}

/** One step of the way down to an item: the collection and the item's place in it. */
interface Step {
  collection: YAMLMap | YAMLSeq;
  index: number;
}

/**
 * Puts every comment written below an empty value where it was written, so that printing the document keeps
 * it on its own line instead of moving it after `key:`: above the next key or list item at the comment's
 * indentation (a heading at column 0 after a nested block goes above the next top-level key), or at the end
 * of its map, list or document when nothing follows. Run once on a freshly parsed document: `source` must be
 * the text its ranges point into. Values are not touched.
 */
export function placeCommentsBelowEmptyValues(doc: Document, source: string): void {
  // Most files have no comment line right after a line that ends with a key or a list dash: nothing to walk.
  if (!/[:-][ \t]*(?:#[^\n]*)?\r?\n[ \t]*#/.test(source)) return;
  const contents = doc.contents as Node | null;
  if (isMap(contents) || isSeq(contents)) walk(doc, contents, [], source);
}

function walk(doc: Document, collection: YAMLMap | YAMLSeq, outer: readonly Step[], source: string): void {
  collection.items.forEach((item, index) => {
    const value = isPair(item) ? item.value : item;
    const way = [...outer, { collection, index }];
    if (isMap(value) || isSeq(value)) walk(doc, value, way, source);
    else moveBelow(doc, way, value, source);
  });
}

function moveBelow(doc: Document, way: readonly Step[], value: unknown, source: string): void {
  const below = commentsBelowEmptyValue(value, source);
  if (below.length === 0 || !isScalar(value) || !value.range) return;
  const lines = value.comment!.split('\n');
  value.comment = lines.length > below.length ? lines.slice(0, lines.length - below.length).join('\n') : undefined;
  const [start, , end] = value.range;

  // Each line goes where it was written: before what follows the empty value in the text. Where nothing
  // follows in its own map or list, a line indented for that block ends the block; a line indented less
  // (a heading at column 0 after a nested block) goes to the enclosing block, above its next key.
  const groups = new Map<number, string[]>();
  let depth = way.length - 1;
  let at = source.indexOf('\n', start) + 1;
  for (const line of below) {
    if (line !== '') {
      const hash = source.indexOf('#', at);
      const column = hash - (source.lastIndexOf('\n', hash - 1) + 1);
      at = source.indexOf('\n', hash) + 1;
      while (depth > 0 && !nextAnchor(way[depth]!) && itemColumn(way[depth]!, source) > column) depth -= 1;
    }
    groups.set(depth, [...(groups.get(depth) ?? []), line]);
  }

  for (const [level, moved] of groups) {
    const step = way[level]!;
    const next = nextAnchor(step);
    const text = moved.join('\n');
    if (next) {
      // A blank line between the moved lines and what followed them stays. None comes before them (the
      // parser marks the next key as spaced when it gave the lines to the value, blank line or not).
      const upTo = next.commentBefore ? source.indexOf('#', end) : (next.range?.[0] ?? end);
      const blank = /\n[ \t]*\r?\n/.test(source.slice(end, Math.max(end, upTo)));
      next.commentBefore = [text, ...(blank ? [''] : []), ...(next.commentBefore ? [next.commentBefore] : [])].join('\n');
      next.spaceBefore = false;
    } else if (level === 0) {
      doc.comment = doc.comment ? `${text}\n${doc.comment}` : text;
    } else {
      step.collection.comment = step.collection.comment ? `${text}\n${step.collection.comment}` : text;
    }
  }
}

/** The node whose comment-before is the line after the step's item: the next pair's key, or the next list item. */
function nextAnchor({ collection, index }: Step): Node | undefined {
  const next: unknown = collection.items[index + 1];
  const anchor = isPair(next) ? next.key : next;
  return isNode(anchor) ? anchor : undefined;
}

/** The column the step's item starts at: its key's, or for a list item its dash's. */
function itemColumn({ collection, index }: Step, source: string): number {
  const item: unknown = collection.items[index];
  const node = isPair(item) ? item.key : item;
  const start = isNode(node) ? node.range?.[0] : undefined;
  if (start === undefined) return 0;
  const at = isPair(item) ? start : Math.max(0, source.lastIndexOf('-', start));
  return at - (source.lastIndexOf('\n', at - 1) + 1);
}
