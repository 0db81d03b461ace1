import type { Values } from '../diagnostics/Diagnostic';
import { parsePointer } from '../pointer/jsonPointer';
import { defineOwn } from '../values/defineOwn';
import { resolvePlainScalar } from './resolvePlainScalar';

/** Where a key stands (1-based), and the keys of the map it holds, if it holds one. */
interface KeyPlace {
  line: number;
  column: number;
  children: Map<string, KeyPlace> | undefined;
}

interface OpenMap {
  indent: number;
  values: Values;
  places: Map<string, KeyPlace>;
}

interface PlainBlockValues {
  values: Values;
  /** As ValuesDocument.locate: the key at `pointer`, or its nearest existing ancestor ('' is the first key). */
  locate(pointer: string): { line: number; column: number };
}

/** A key: a word that resolves to itself as a string (not `yes`, `null` or a number), not `<<`. */
const KEY_LINE = /^( *)([A-Za-z_][A-Za-z0-9_./-]*):(?: (.*))?$/;
const DOUBLE_QUOTED = /^"([^"\\]*)"$/;
const SINGLE_QUOTED = /^'([^']*)'$/;
/** A plain scalar without indicators, comments, `: ` or trailing blanks. */
const PLAIN = /^[A-Za-z0-9_./+~=$-][A-Za-z0-9_./+~=$:@,() -]*$/;
/** The yaml library refuses implicit keys of more than 1024 characters; stay well inside. */
const LONGEST_KEY = 1000;
const DEEPEST = 100;

/**
 * The values of a file written in the plainest block YAML, read line by line without building a YAML
 * document: printable ASCII only, maps nested by indentation from column 1, one `key: value` per line with
 * a word for a key and a plain or simply quoted one-line value, whole-line comments and blank lines. That
 * is how large generated values files are written, and the `yaml` library spends seconds on ten megabytes
 * of it. Undefined for anything else (a list, an anchor, a tag, a block scalar, an escape, a duplicate
 * key, a trailing comment, another indentation), which parseValues then reads: whatever this reads gives
 * the values, no issue, and the positions parseValues gives (readPlainBlockValues.test.ts).
 */
export function readPlainBlockValues(text: string): PlainBlockValues | undefined {
  if (/[^\n\x20-\x7e]/.test(text)) return undefined;
  const root: OpenMap = { indent: 0, values: {}, places: new Map() };
  const open: OpenMap[] = [root];
  let first: KeyPlace | undefined;
  /** A key whose value is on the lines after it: a map if they are indented deeper, else null. */
  let pending: { key: string; place: KeyPlace; map: OpenMap } | undefined;
  let lineStart = 0;
  for (let line = 1; lineStart <= text.length; line++) {
    const lineEnd = text.indexOf('\n', lineStart);
    const lineText = text.slice(lineStart, lineEnd === -1 ? text.length : lineEnd);
    lineStart = lineEnd === -1 ? text.length + 1 : lineEnd + 1;
    const content = lineText.trimStart();
    if (content === '' || content.startsWith('#')) continue;
    const match = KEY_LINE.exec(lineText);
    if (!match) return undefined;
    const [, spaces = '', key = '', written] = match;
    const indent = spaces.length;
    if (key.length > LONGEST_KEY || resolvePlainScalar(key).value !== key) return undefined;
    if (pending) {
      if (indent > pending.map.indent) {
        if (open.length >= DEEPEST) return undefined;
        const child: OpenMap = { indent, values: {}, places: new Map() };
        defineOwn(pending.map.values, pending.key, child.values);
        pending.place.children = child.places;
        open.push(child);
      } else {
        defineOwn(pending.map.values, pending.key, null);
      }
      pending = undefined;
    }
    while (open.length > 1 && indent < (open[open.length - 1] as OpenMap).indent) open.pop();
    const map = open[open.length - 1] as OpenMap;
    if (indent !== map.indent || map.places.has(key)) return undefined;
    const place: KeyPlace = { line, column: indent + 1, children: undefined };
    first ??= place;
    map.places.set(key, place);
    if (written === undefined) {
      pending = { key, place, map };
      continue;
    }
    const value = scalar(written);
    if (value === undefined) return undefined;
    defineOwn(map.values, key, value.is);
  }
  if (!first) return undefined;
  if (pending) defineOwn(pending.map.values, pending.key, null);
  const documentStart = first;
  return {
    values: root.values,
    locate(pointer) {
      let best = documentStart;
      let places: Map<string, KeyPlace> | undefined = root.places;
      for (const segment of parsePointer(pointer)) {
        const place: KeyPlace | undefined = places?.get(segment);
        if (!place) break;
        best = place;
        places = place.children;
      }
      return { line: best.line, column: best.column };
    },
  };
}

/** A one-line value as Helm reads it, or undefined when it is not one this reader takes. */
function scalar(written: string): { is: unknown } | undefined {
  const quoted = DOUBLE_QUOTED.exec(written) ?? SINGLE_QUOTED.exec(written);
  if (quoted) return { is: quoted[1] ?? '' };
  if (!PLAIN.test(written) || written.endsWith(' ') || written.endsWith(':') || written.includes(': ') || /^-( |$)/.test(written)) return undefined;
  const resolved = resolvePlainScalar(written);
  return resolved.kind === 'value' ? { is: resolved.value } : undefined;
}
