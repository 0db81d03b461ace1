import { isCollection, isMap, isPair, isScalar, isSeq, parseDocument, visit, type Node } from 'yaml';
import { childPointer } from '../pointer/jsonPointer';
import type { TextReplacement } from '../editor/minimalEdit';
import type { Values } from '../diagnostics/Diagnostic';
import { getAt } from '../values/getAt';
import { findSecrets } from './findSecrets';

/** The character shown in place of each character of a secret. */
const MASK_CHARACTER = '•';

/** `[start, end)` offsets of a secret's characters in the text. */
interface MaskedRange {
  start: number;
  end: number;
}

/**
 * The text as shown while secrets are hidden, the real text behind it, and where the two differ. The shown
 * text has the same length and line breaks as the real one (one mask character per character of a secret),
 * so offsets, lines and columns (markers, the cursor) are the same in both.
 */
export interface MaskedText {
  real: string;
  shown: string;
  ranges: readonly MaskedRange[];
}

/**
 * Hides the value of every secret (a key `isSecret` accepts, at any depth) behind mask characters. `values`,
 * the text's own values when it parses, lets a text whose secrets are all empty through without parsing it. Quotes and
 * a block scalar's header stay, so the shown text still reads as YAML; whitespace stays, so a multi-line
 * secret keeps its lines. Text with syntax errors is masked as far as it parses: a typo elsewhere must not
 * reveal a secret.
 */
export function maskSecrets(text: string, isSecret: (pointer: string) => boolean, values?: unknown): MaskedText {
  // Values whose secrets are all empty (the chart's defaults: `password: ""`): nothing in their text to hide,
  // and no need to parse it.
  if (values !== undefined && !holdsSecret(values, isSecret)) return unmasked(text);
  const ranges: MaskedRange[] = [];
  const document = parseDocument(text, { keepSourceTokens: false, uniqueKeys: false });
  collectSecretRanges(document.contents, '', isSecret, text, ranges);
  if (ranges.length === 0) return { real: text, shown: text, ranges };
  ranges.sort((a, b) => a.start - b.start);
  let shown = '';
  let at = 0;
  for (const range of ranges) {
    shown += text.slice(at, range.start) + text.slice(range.start, range.end).replace(/\S/g, MASK_CHARACTER);
    at = range.end;
  }
  shown += text.slice(at);
  return { real: text, shown, ranges };
}

/**
 * Whether any key of the values, at any depth, is one `isSecret` accepts and has something to hide. Found
 * through findSecrets, which walks again only the maps an edit changed.
 */
function holdsSecret(values: unknown, isSecret: (pointer: string) => boolean): boolean {
  if (typeof values !== 'object' || values === null) return false;
  return findSecrets(values as Values, isSecret).some((pointer) => disclosesSomething(getAt(values as Values, pointer)));
}

/** An empty string, null, or an empty map or list shows nothing worth hiding. */
function disclosesSomething(value: unknown): boolean {
  if (value === '' || value === null || value === undefined) return false;
  if (Array.isArray(value)) return value.some(disclosesSomething);
  if (typeof value === 'object') return Object.values(value).some(disclosesSomething);
  return true;
}

/** Nothing hidden: what the pane holds while the user has asked to see secrets. */
export function unmasked(text: string): MaskedText {
  return { real: text, shown: text, ranges: [] };
}

function collectSecretRanges(node: unknown, pointer: string, isSecret: (pointer: string) => boolean, text: string, ranges: MaskedRange[]): void {
  if (isMap(node)) {
    for (const pair of node.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : undefined;
      if (key === undefined) continue;
      const child = childPointer(pointer, key);
      if (isSecret(child)) maskNode(pair.value, text, ranges);
      else collectSecretRanges(pair.value, child, isSecret, text, ranges);
    }
  } else if (isSeq(node)) {
    node.items.forEach((item, index) => collectSecretRanges(item, childPointer(pointer, index), isSecret, text, ranges));
  }
}

/** Every scalar value inside a secret (a secret may be a whole map of credentials); keys stay readable. */
function maskNode(node: unknown, text: string, ranges: MaskedRange[]): void {
  if (isScalar(node)) {
    const range = scalarCharacters(node, text);
    if (range) ranges.push(range);
    return;
  }
  if (!isCollection(node)) return;
  visit(node as Node, {
    Scalar(key, scalar) {
      if (key === 'key') return;
      const range = scalarCharacters(scalar, text);
      if (range) ranges.push(range);
    },
    Pair(_, pair) {
      if (isPair(pair) && !isScalar(pair.key)) return visit.SKIP;
      return undefined;
    },
  });
}

/** The characters of a scalar's value in the source: inside the quotes, after a block scalar's header line. */
function scalarCharacters(scalar: { range?: [number, number, number] | null }, text: string): MaskedRange | undefined {
  if (!scalar.range) return undefined;
  let [start, end] = scalar.range;
  const first = text[start];
  if (first === '"' || first === "'") {
    start += 1;
    if (end > start && text[end - 1] === first) end -= 1;
  } else if (first === '|' || first === '>') {
    const lineEnd = text.indexOf('\n', start);
    start = lineEnd === -1 ? end : lineEnd + 1;
  }
  return end > start ? { start, end } : undefined;
}

/**
 * The masked text after the user edited what is shown (`edit` replaces `shown[start, end)`). An edit beside a
 * secret changes the real text the same way, so the secret is kept; an edit that reaches into a secret replaces
 * that whole secret by what the user typed there (mask characters left in it are dropped), so typing over a
 * masked value replaces it and a mask is never saved as the value. Typing right before or after a secret (Enter
 * at the end of its line) does not touch it.
 */
export function applyEditToMasked(masked: MaskedText, edit: TextReplacement): MaskedText {
  const touched = masked.ranges.filter((range) => edit.start < range.end && edit.end > range.start && !(edit.start === edit.end && (edit.start === range.start || edit.start === range.end)));
  const delta = edit.text.length - (edit.end - edit.start);
  const shown = masked.shown.slice(0, edit.start) + edit.text + masked.shown.slice(edit.end);
  if (touched.length === 0) {
    const real = masked.real.slice(0, edit.start) + edit.text + masked.real.slice(edit.end);
    const ranges = masked.ranges.map((range) => (range.start >= edit.end ? { start: range.start + delta, end: range.end + delta } : range));
    return { real, shown, ranges };
  }
  const from = Math.min(edit.start, ...touched.map((range) => range.start));
  const to = Math.max(edit.end, ...touched.map((range) => range.end));
  const typed = withoutMasks(shown.slice(from, to + delta));
  const real = masked.real.slice(0, from) + typed + masked.real.slice(to);
  const realDelta = real.length - masked.real.length;
  // The shown text must stay aligned with the real one: what the user typed shows as typed.
  const alignedShown = masked.shown.slice(0, from) + typed + masked.shown.slice(to);
  const ranges = masked.ranges
    .filter((range) => !touched.includes(range))
    .map((range) => (range.start >= to ? { start: range.start + realDelta, end: range.end + realDelta } : range));
  return { real, shown: alignedShown, ranges };
}

/**
 * What the user typed into a masked region: the mask characters go, and so do the secret's own spaces and
 * lines that only had mask characters, so no part of the old secret's shape is left in the new value.
 */
function withoutMasks(region: string): string {
  const lines = region.split(MASK_CHARACTER).join('').split('\n');
  if (lines.length === 1) return region.split(MASK_CHARACTER).join('').trim();
  const kept = lines.filter((line, index) => line.trim() !== '' || index === 0 || index === lines.length - 1);
  return kept.join('\n');
}
