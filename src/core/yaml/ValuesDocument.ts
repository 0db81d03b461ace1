import { Document, isAlias, isMap, isNode, isScalar, isSeq, LineCounter, parseAllDocuments, visit, YAMLMap, Pair } from 'yaml';
import type { Node, Scalar, YAMLSeq } from 'yaml';
import type { Values } from '../diagnostics/Diagnostic';
import { parsePointer } from '../pointer/jsonPointer';
import { arrayIndex, getAt } from '../values/getAt';
import { isDeepEqual } from '../values/isDeepEqual';
import { setAt } from '../values/setAt';
import { documentsToValues } from './documentsToValues';
import { escapeUnprintable } from './escapeUnprintable';
import { nodeToValues, positionOf } from './nodeToValues';
import { keyNode, valueToNode } from './valueToNode';
import { yamlParseOptions } from './yamlParseOptions';

/** `lineWidth: 0`: never fold long strings the user did not fold. */
const PRINT_OPTIONS = { indent: 2, lineWidth: 0 } as const;

/**
 * A parsed values file that can be edited without losing the user's comments, key order or
 * spelling (`yes` stays `yes`). Made by `parseValues`; edits change it in place.
 *
 * Multi-document files (which Helm merges) are supported: `set` writes into the last document,
 * `unset` removes the key from every document, reads see the merged values.
 */
export class ValuesDocument {
  readonly #docs: Document.Parsed[];
  readonly #original: string;
  #edited = false;
  #values: Values | undefined;
  /** Positions index: the parsed tree whose ranges match `toString()`; rebuilt lazily after edits. */
  #positions: { docs: Document.Parsed[]; lineCounter: LineCounter } | undefined;
  /**
   * Key → pair for the maps of the positions tree that locate has walked. Shared with the documents made
   * by withScalar, which share every map off the edited path (no map of a positions tree ever changes).
   */
  #keyIndexes = new WeakMap<YAMLMap, Map<string, Pair>>();
  /**
   * Scalars written by withScalar, with the text written for them. Their range is the one of the scalar
   * they replaced, which still places their start (see withScalar); its length is the old text's.
   */
  #writtenScalars = new WeakMap<Node, string>();
  /** True when withScalar made this document: its nodes' ranges are offsets in an earlier text. */
  #spliced = false;
  /** Offsets of the current text's line starts (the text without a byte-order mark), built on first use. */
  #lineStarts: number[] | undefined;

  /** @internal use parseValues */
  constructor(docs: Document.Parsed[], lineCounter: LineCounter, original: string, values: Values) {
    this.#docs = docs;
    this.#original = original;
    this.#values = values;
    this.#positions = { docs, lineCounter };
  }

  /** An independent copy to edit, for callers that keep the previous version (undo, reducers). */
  clone(): ValuesDocument {
    const copy = new ValuesDocument(
      this.#docs.map((doc) => doc.clone() as Document.Parsed),
      this.#positions?.lineCounter ?? new LineCounter(),
      this.#original,
      this.toValues(),
    );
    copy.#edited = this.#edited;
    // A copy's nodes are new objects, unknown to #writtenLengths: its positions come from a parse.
    if (this.#edited || this.#spliced) copy.#positions = undefined;
    return copy;
  }

  /**
   * This document with the scalar at `pointer` replaced by `value`, written into the text where the old
   * scalar stood. Nothing is parsed or printed again and the rest of the text stays byte for byte, so an
   * edit costs the same in a 5,000-line file as in a 5-line one. The result shares every node off the edited
   * path with this document, which stays as it was.
   *
   * Undefined unless the edit is that simple: one document, an existing scalar on a single line with
   * nothing but a comment after it, no anchor on the way (an alias elsewhere would change too), a new
   * value that is a scalar printed on one line, and no parse issue at that pointer. The caller then
   * edits a clone with set(), which prints the whole document.
   */
  withScalar(pointer: string, value: unknown): ValuesDocument | undefined {
    const segments = parsePointer(pointer);
    const doc = this.#docs[0];
    if (this.#edited || this.#docs.length !== 1 || !doc || segments.length === 0) return undefined;
    const positions = this.#positions;
    if (!positions || positions.docs !== this.#docs) return undefined;

    // The path from the document's root to the scalar: each container and where the next node sits in it.
    const steps: { container: YAMLMap | YAMLSeq; index: number }[] = [];
    let node = doc.contents as Node | null;
    for (const segment of segments) {
      if (!node || node.anchor) return undefined;
      if (isMap(node)) {
        const pair = lastPair(doc, node, segment);
        if (!pair) return undefined;
        steps.push({ container: node, index: node.items.indexOf(pair) });
        node = pair.value as Node | null;
      } else if (isSeq(node)) {
        const index = arrayIndex(segment);
        if (index === undefined || index >= node.items.length) return undefined;
        steps.push({ container: node, index });
        node = node.items[index] as Node | null;
      } else {
        return undefined;
      }
    }
    const existing = node;
    if (!isScalar(existing) || existing.anchor || existing.tag || !existing.range) return undefined;
    const writtenBefore = this.#writtenScalars.get(existing);
    // An empty value (`key:`) has no text to write over: spliced in, the new one would lose the space after
    // the colon (`key:abc`, another key) or run into a comment on its line.
    if (writtenBefore === undefined && existing.range[0] === existing.range[1]) return undefined;
    if (writtenBefore === undefined && existing.type !== 'PLAIN' && existing.type !== 'QUOTE_DOUBLE' && existing.type !== 'QUOTE_SINGLE') return undefined;

    const replacement = valueToNode(value);
    if (!isScalar(replacement)) return undefined;
    const printed = printScalar(replacement);
    const converted = nodeToValues(doc, replacement, undefined);
    if (printed === undefined || converted.issues.length > 0) return undefined;

    // Where the old scalar stands in the current text. Every edit so far replaced a scalar that ended its
    // line, so the lines before it and its start column are those of the text its range was read from.
    const body = this.#original.startsWith('\uFEFF') ? this.#original.slice(1) : this.#original;
    const { line, col } = positions.lineCounter.linePos(existing.range[0]);
    const lineStart = this.#currentLineStarts(body)[line - 1];
    if (line < 1 || lineStart === undefined) return undefined;
    const start = lineStart + col - 1;
    const end = start + (writtenBefore?.length ?? existing.range[1] - existing.range[0]);
    const written = body.slice(start, end);
    if (written.includes('\n') || !(writtenBefore === undefined ? writtenAs(existing, written) : written === writtenBefore)) return undefined;
    const lineEnd = body.indexOf('\n', end);
    if (!/^[ \t]*(#.*)?\r?$/.test(body.slice(end, lineEnd === -1 ? body.length : lineEnd))) return undefined;

    keepComments(existing, replacement);
    replacement.range = existing.range;
    const copy = shallowDocument(doc);
    let parentCopy: Node | null = null;
    for (const [i, { container, index }] of steps.entries()) {
      const containerCopy = i === 0 ? shallowCollection(container) : (parentCopy as YAMLMap | YAMLSeq);
      if (i === 0) copy.contents = containerCopy as never;
      const child = i === steps.length - 1 ? replacement : shallowCollection(steps[i + 1]!.container);
      if (isMap(containerCopy)) containerCopy.items[index] = new Pair((container.items[index] as Pair).key, child);
      else containerCopy.items[index] = child;
      parentCopy = child;
    }

    const text = (body === this.#original ? '' : '\uFEFF') + body.slice(0, start) + printed + body.slice(end);
    const result = new ValuesDocument([copy], positions.lineCounter, text, setAt(this.toValues(), pointer, converted.value));
    result.#spliced = true;
    result.#keyIndexes = this.#keyIndexes;
    result.#writtenScalars = this.#writtenScalars;
    result.#writtenScalars.set(replacement, printed);
    return result;
  }

  /** The plain values, read the way Helm reads them (same conversion as parseValues). */
  toValues(): Values {
    this.#values ??= documentsToValues(this.#docs, undefined).values ?? {};
    return this.#values;
  }

  get(pointer: string): unknown {
    return getAt(this.toValues(), pointer);
  }

  /**
   * 1-based position of the key at `pointer` (of the item for a list index, of the whole document
   * for ''), or of its nearest existing ancestor, so a diagnostic for a missing key still points
   * somewhere useful. Positions refer to the current `toString()`.
   */
  locate(pointer: string): { line: number; column: number } {
    const positions = this.#currentPositions();
    const segments = parsePointer(pointer);
    let best: { depth: number; node: Node | null | undefined } = { depth: -1, node: undefined };
    for (const doc of positions.docs) {
      if (doc.contents === null) continue;
      let node: Node | null = doc.contents as Node;
      let at: Node | null | undefined = node;
      let depth = 0;
      for (const segment of segments) {
        const found: { value: Node | null; at: Node | null } | undefined = isMap(node) ? this.#indexedChild(doc, node, segment) : childOf(doc, node, segment);
        if (!found) break;
        node = found.value;
        at = found.at;
        depth += 1;
      }
      if (depth >= best.depth) best = { depth, node: at };
    }
    return positionOf(best.node, positions.lineCounter);
  }

  /**
   * Sets a value, creating missing parent maps (a scalar or list in the way is replaced). An existing
   * key keeps its place, the comment above it and its trailing comment; a new key goes at the end
   * of its map.
   */
  set(pointer: string, value: unknown): void {
    this.#setNode(pointer, () => valueToNode(value));
  }

  /**
   * Sets the value at `pointer` to the one `source` holds there (or at `sourcePointer`), written as the source
   * wrote it: its quoting (`"10.0.0.0/8"` stays quoted), styles and comments inside it. Where the source's text
   * cannot be carried over as it is (the value comes from an alias, a merge key or several documents), the
   * plain value is.
   */
  setFrom(pointer: string, source: ValuesDocument, sourcePointer = pointer): void {
    const value = source.get(sourcePointer);
    const written = source.#writtenNode(sourcePointer, value);
    this.#setNode(pointer, () => written ?? valueToNode(value));
  }

  /**
   * Moves the value at `from` to `to` (a migration's move), written as the user wrote it (quoting, styles,
   * comments inside it), and takes the comment written above its old key along. False, and nothing changed,
   * when one place lies inside the other or `from` holds nothing.
   */
  move(from: string, to: string): boolean {
    if (from === to || to.startsWith(`${from}/`) || from.startsWith(`${to}/`) || this.get(from) === undefined) return false;
    const comment = this.#takeCommentAbove(from);
    this.setFrom(to, this, from);
    this.unset(from);
    const key = this.#pairAt(to)?.pair.key as Node | undefined;
    if (comment && key && !key.commentBefore) key.commentBefore = comment;
    return true;
  }

  /** The map entry at `pointer` and the map holding it, in the last document that has one. */
  #pairAt(pointer: string): { pair: Pair; map: YAMLMap } | undefined {
    const segments = parsePointer(pointer);
    const last = segments.pop();
    if (last === undefined) return undefined;
    for (const doc of [...this.#docs].reverse()) {
      let node = doc.contents as Node | null;
      for (const segment of segments) node = childOf(doc, node, segment)?.value ?? null;
      const map = isAlias(node) ? node.resolve(doc) : node;
      const pair = isMap(map) ? lastPair(doc, map, last) : undefined;
      if (pair && isMap(map)) return { pair, map };
    }
    return undefined;
  }

  /** Removes and returns the comment written just above the key at `pointer` (the first key's sits on its map). */
  #takeCommentAbove(pointer: string): string | undefined {
    const at = this.#pairAt(pointer);
    if (!at) return undefined;
    const key = at.pair.key as Node | null;
    if (key && isNode(key) && key.commentBefore) {
      const comment = key.commentBefore;
      key.commentBefore = undefined;
      return comment;
    }
    if (at.map.items[0] === at.pair && at.map.commentBefore) {
      const comment = at.map.commentBefore;
      at.map.commentBefore = undefined;
      return comment;
    }
    return undefined;
  }

  /** A copy of the node that holds `value` at `pointer` in one document, when its text alone gives that value. */
  #writtenNode(pointer: string, value: unknown): Node | undefined {
    const segments = parsePointer(pointer);
    for (const doc of [...this.#docs].reverse()) {
      let node = doc.contents as Node | null;
      for (const segment of segments) {
        node = childOf(doc, node, segment)?.value ?? null;
        if (!node) break;
      }
      if (!node) continue;
      let selfContained = true;
      visit(node, {
        Alias() {
          selfContained = false;
          return visit.BREAK;
        },
        Pair(_, pair) {
          if (keyOf(doc, pair as Pair) !== undefined) return undefined;
          selfContained = false;
          return visit.BREAK;
        },
      });
      if (!selfContained || !isDeepEqual(nodeToValues(doc, node, undefined).value, value)) return undefined;
      const copy = node.clone() as Node & { anchor?: string };
      delete copy.anchor;
      return copy;
    }
    return undefined;
  }

  #setNode(pointer: string, newNode: () => Node): void {
    const segments = parsePointer(pointer);
    const doc = this.#targetDocument();
    if (segments.length === 0) {
      doc.contents = newNode() as never;
      return this.#touch();
    }
    if (!isMap(doc.contents)) doc.contents = new YAMLMap() as never;
    detachPath(doc, segments);
    let parent = doc.contents as Node;
    for (const [i, segment] of segments.entries()) {
      const last = i === segments.length - 1;
      if (isSeq(parent)) {
        const index = segment === '-' ? parent.items.length : arrayIndex(segment);
        if (index !== undefined && index <= parent.items.length) {
          const existing = parent.items[index] as Node | undefined;
          const next = last ? newNode() : containerFor(doc, existing, segments[i + 1]);
          if (existing && next !== existing) detachAnchors(doc, existing);
          if (existing && last) keepComments(existing, next);
          parent.items[index] = next;
          parent = next;
          continue;
        }
        // A key that is not an index: the list is replaced by a map, as in setAt.
        const map = new YAMLMap();
        replaceChild(doc, parent, map);
        parent = map;
      }
      const map = parent as YAMLMap;
      const pair = lastPair(doc, map, segment);
      if (pair) {
        const existing = pair.value as Node | null;
        const next = last ? newNode() : containerFor(doc, existing, segments[i + 1]);
        if (existing && next !== existing) detachAnchors(doc, existing);
        if (existing && last) keepComments(existing, next);
        pair.value = next;
        parent = next;
      } else {
        const next = last ? newNode() : new YAMLMap();
        // An empty `{}` (what a file emptied by resets prints) grows as a block map, as values files are written.
        if (map.flow && map.items.length === 0) map.flow = false;
        map.items.push(new Pair(keyNode(segment), next));
        parent = next;
      }
    }
    this.#touch();
  }

  /**
   * Removes the key (or list item) at `pointer` from every document, duplicates included, so no
   * earlier copy takes over. Maps that this removal left empty are removed too, so no `key: {}`
   * remnant is left behind; maps the user wrote empty stay. A key that only comes from a merge key
   * (`<<: *anchor`) cannot be removed this way and is left alone. `unset('')` empties the file.
   */
  unset(pointer: string): void {
    const segments = parsePointer(pointer);
    for (const doc of this.#docs) {
      if (segments.length === 0) {
        doc.contents = null;
        continue;
      }
      detachPath(doc, segments);
      removeIn(doc, doc.contents as Node | null, segments);
    }
    this.#touch();
  }

  /** The original text, byte for byte, until the first edit; afterwards the re-printed document. */
  toString(): string {
    if (!this.#edited) return this.#original;
    let text = escapeUnprintable(this.#docs.map((doc) => doc.toString(PRINT_OPTIONS)).join(''));
    if (this.#original.includes('\r\n')) text = text.replace(/\r?\n/g, '\r\n');
    if (this.#original.startsWith('\uFEFF')) text = '\uFEFF' + text;
    return text;
  }

  #targetDocument(): Document.Parsed {
    const withMap = this.#docs.filter((doc) => isMap(doc.contents));
    const doc = withMap[withMap.length - 1] ?? this.#docs[this.#docs.length - 1];
    if (!doc) throw new Error('ValuesDocument without documents'); // parseValues always makes one
    return doc;
  }

  #touch(): void {
    this.#edited = true;
    this.#values = undefined;
    this.#positions = undefined;
  }

  /**
   * A map's child by key through an index of its keys, built on first use: a file with many problems
   * in one large map is located in linear time, not in time that grows with problems × keys.
   * Only for the positions tree, which no edit changes (an edit makes a new one).
   */
  #indexedChild(doc: Document, map: YAMLMap, segment: string): { value: Node | null; at: Node | null } | undefined {
    let index = this.#keyIndexes.get(map);
    if (!index) {
      index = new Map();
      // Later pairs win, as Helm lets the last duplicate key win.
      for (const pair of map.items) {
        const key = keyOf(doc, pair as Pair);
        if (key !== undefined) index.set(key, pair as Pair);
      }
      this.#keyIndexes.set(map, index);
    }
    const pair = index.get(segment);
    return pair ? { value: pair.value as Node | null, at: pair.key as Node | null } : undefined;
  }

  #currentLineStarts(body: string): number[] {
    if (!this.#lineStarts) {
      const starts = [0];
      for (let i = body.indexOf('\n'); i !== -1; i = body.indexOf('\n', i + 1)) starts.push(i + 1);
      this.#lineStarts = starts;
    }
    return this.#lineStarts;
  }

  #currentPositions(): { docs: Document.Parsed[]; lineCounter: LineCounter } {
    if (!this.#positions) {
      const lineCounter = new LineCounter();
      const text = this.toString().replace(/^\uFEFF/, '');
      const parsed = parseAllDocuments(text, yamlParseOptions(lineCounter));
      this.#positions = { docs: 'empty' in parsed ? [] : parsed, lineCounter };
    }
    return this.#positions;
  }
}

/** A scalar as the whole document would print it as a map's value, or undefined when that takes more than one line. */
function printScalar(scalar: Scalar): string | undefined {
  const holder = new Document(null, { schema: 'failsafe' });
  holder.contents = new YAMLMap() as never;
  (holder.contents as unknown as YAMLMap).items.push(new Pair(keyNode('k'), scalar));
  const printed = escapeUnprintable(holder.toString(PRINT_OPTIONS));
  const match = /^k: ([^\n]*)\n$/.exec(printed);
  return match?.[1];
}

/** A check that `written` is the scalar's text as parsed, so a wrong offset can never splice the wrong bytes. */
function writtenAs(scalar: Scalar, written: string): boolean {
  if (scalar.type === 'PLAIN') return written === scalar.value;
  const quote = scalar.type === 'QUOTE_DOUBLE' ? '"' : "'";
  return written.length >= 2 && written.startsWith(quote) && written.endsWith(quote);
}

/** A document sharing its contents with `doc`; the caller gives it new contents. */
function shallowDocument(doc: Document.Parsed): Document.Parsed {
  return Object.create(Object.getPrototypeOf(doc) as object, Object.getOwnPropertyDescriptors(doc)) as Document.Parsed;
}

/** A map or list sharing its items with `node`, in a list of its own that the caller may change. */
function shallowCollection<T extends YAMLMap | YAMLSeq>(node: T): T {
  const copy = Object.create(Object.getPrototypeOf(node) as object, Object.getOwnPropertyDescriptors(node)) as T;
  copy.items = node.items.slice() as never;
  return copy;
}

/** The key (as Helm spells it) of a pair, or undefined for merge keys and unusable keys. */
function keyOf(doc: Document, pair: Pair): string | undefined {
  const key = pair.key as Node | null;
  if (isScalar(key) && key.type === 'PLAIN' && !key.tag && key.value === '<<') return undefined;
  if (!isScalar(key) && !isAlias(key)) return undefined;
  const map = new YAMLMap();
  map.items.push(new Pair(key, null));
  const converted = nodeToValues(doc, map, undefined).value;
  const keys = converted && typeof converted === 'object' ? Object.keys(converted) : [];
  return keys[0];
}

function lastPair(doc: Document, map: YAMLMap, segment: string): Pair | undefined {
  for (let i = map.items.length - 1; i >= 0; i--) {
    const pair = map.items[i];
    if (pair && keyOf(doc, pair as Pair) === segment) return pair as Pair;
  }
  return undefined;
}

function childOf(doc: Document, node: Node | null, segment: string): { value: Node | null; at: Node | null } | undefined {
  const target = isAlias(node) ? (node.resolve(doc) ?? null) : node;
  if (isSeq(target)) {
    const index = arrayIndex(segment);
    if (index === undefined || index >= target.items.length) return undefined;
    const item = (target.items[index] ?? null) as Node | null;
    return { value: item, at: item };
  }
  if (isMap(target)) {
    const pair = lastPair(doc, target, segment);
    return pair ? { value: pair.value as Node | null, at: pair.key as Node | null } : undefined;
  }
  return undefined;
}

/** A map node to descend into: the existing map, a private copy of an aliased map, or a new map. */
/** The node to descend into for `nextSegment`: a list stays a list when the segment indexes it (or appends). */
function containerFor(doc: Document, existing: Node | null | undefined, nextSegment: string | undefined): Node {
  if (isSeq(existing) && nextSegment !== undefined) {
    const index = nextSegment === '-' ? existing.items.length : arrayIndex(nextSegment);
    if (index !== undefined && index <= existing.items.length) {
      // An empty `[]` (what an emptied list prints) grows as a block list, as values files are written.
      if (existing.flow && existing.items.length === 0) existing.flow = false;
      return existing;
    }
  }
  return materialisedMap(doc, existing);
}

function materialisedMap(doc: Document, existing: Node | null | undefined): Node {
  if (isMap(existing)) return existing;
  if (isAlias(existing)) {
    const target = existing.resolve(doc);
    if (isMap(target)) return target.clone() as Node;
  }
  const map = new YAMLMap();
  if (existing) keepComments(existing, map);
  return map;
}

/** Moves the comment after a value (`key: old # why`) to its replacement. */
function keepComments(from: Node, to: Node): void {
  if (from.comment && !to.comment) to.comment = from.comment;
  if (from.commentBefore && !to.commentBefore) to.commentBefore = from.commentBefore;
}

/**
 * Before a node leaves the document, aliases elsewhere that point at anchors inside it get a copy of
 * the anchored value, so they keep their meaning and the document still prints.
 */
function detachAnchors(doc: Document, removed: Node | null): void {
  if (!removed) return;
  const anchors = new Map<string, Node>();
  visit(removed, {
    Node(_, node) {
      if (!isAlias(node) && node.anchor) anchors.set(node.anchor, node);
    },
  });
  if (anchors.size === 0) return;
  visit(doc, {
    Alias(_, alias) {
      const target = anchors.get(alias.source);
      if (!target || alias.resolve(doc) !== target) return undefined;
      const copy = target.clone() as Node & { anchor?: string };
      delete copy.anchor;
      return copy;
    },
  });
}

/** An edit at a pointer changes only that pointer: aliases of anchored maps on the path keep a copy of the old value. */
function detachPath(doc: Document, segments: readonly string[]): void {
  const onPath: Node[] = [];
  let node = doc.contents as Node | null;
  for (const segment of segments) {
    if (!node || isAlias(node)) break;
    onPath.push(node);
    node = childOf(doc, node, segment)?.value ?? null;
  }
  if (node && !isAlias(node)) onPath.push(node);
  for (const anchored of onPath) {
    if (!anchored.anchor) continue;
    visit(doc, {
      Alias(_, alias) {
        if (alias.resolve(doc) !== anchored) return undefined;
        const copy = anchored.clone() as Node & { anchor?: string };
        delete copy.anchor;
        return copy;
      },
    });
  }
}

function replaceChild(doc: Document, old: Node, next: Node): void {
  if (doc.contents === old) {
    doc.contents = next as never;
    return;
  }
  let done = false;
  const visit = (node: unknown): void => {
    if (done) return;
    if (isMap(node)) {
      for (const pair of node.items) {
        if (pair.value === old) {
          pair.value = next;
          done = true;
          return;
        }
        visit(pair.value);
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, i) => {
        if (item === old) {
          node.items[i] = next;
          done = true;
        } else visit(item);
      });
    }
  };
  visit(doc.contents);
}

/** Removes the target; returns true when `node` lost its last entry because of it. */
/**
 * The comment above a file's first key is usually the file's own header ("# Production values for …"), not
 * that key's: when the first key goes, the header stays, on the document.
 */
function keepFileHeader(doc: Document, map: Node, index: number, key: unknown): void {
  if (map !== doc.contents || index !== 0 || !isNode(key) || !key.commentBefore) return;
  doc.commentBefore = doc.commentBefore ? `${doc.commentBefore}\n${key.commentBefore}` : key.commentBefore;
  key.commentBefore = undefined;
}

/**
 * The yaml library hangs comments on the nearest node, which is not always the one they are about. When a pair
 * goes, the lines above its key that a blank line separates from it (a section heading, a note closing the
 * block before) are its neighbours' and stay where they were, above the next key. Only a comment right above
 * the key, or on its own line, is the removed key's. (Comment lines written below an empty value are already
 * the next key's: parseValues put them there.)
 */
function keepNeighbourComments(doc: Document, map: YAMLMap, index: number): void {
  const pair = map.items[index] as Pair;
  const kept = commentsAboveBlankLine(pair.key);
  if (kept.length === 0) return;
  const moved = kept.join('\n');
  const next = map.items[index + 1] as Pair | undefined;
  if (next && isNode(next.key)) {
    next.key.commentBefore = next.key.commentBefore ? `${moved}\n${next.key.commentBefore}` : moved;
    // The parser marks the next key as spaced when a comment went to the value before it.
    next.key.spaceBefore = isNode(pair.key) ? pair.key.spaceBefore : undefined;
  } else if (map === doc.contents) {
    doc.comment = doc.comment ? `${moved}\n${doc.comment}` : moved;
  } else {
    map.comment = map.comment ? `${moved}\n${map.comment}` : moved;
  }
}

/** The comment lines above a key up to the last blank line between them and the key (that line kept). */
function commentsAboveBlankLine(key: unknown): string[] {
  if (!isNode(key) || !key.commentBefore) return [];
  const lines = key.commentBefore.split('\n');
  const lastBlank = lines.lastIndexOf('');
  if (lastBlank < 0) return [];
  key.commentBefore = lines.slice(lastBlank + 1).join('\n') || undefined;
  return lines.slice(0, lastBlank + 1);
}

function removeIn(doc: Document, node: Node | null, segments: readonly string[]): boolean {
  const [segment = '', ...rest] = segments;
  if (isSeq(node)) {
    const index = arrayIndex(segment);
    if (index === undefined || index >= node.items.length) return false;
    const item = node.items[index] as Node | null;
    if (rest.length === 0 || removeIn(doc, item, rest)) {
      detachAnchors(doc, item);
      node.items.splice(index, 1);
      return node.items.length === 0;
    }
    return false;
  }
  if (!isMap(node)) return false;
  const before = node.items.length;
  node.items = node.items.filter((pair, index) => {
    if (keyOf(doc, pair as Pair) !== segment) return true;
    const value = (pair as Pair).value as Node | null;
    if (rest.length > 0 && !removeIn(doc, value, rest)) return true;
    detachAnchors(doc, value);
    keepFileHeader(doc, node, index, (pair as Pair).key);
    keepNeighbourComments(doc, node, index);
    return false;
  });
  return before > 0 && node.items.length === 0;
}
