import type { Values } from '../diagnostics/Diagnostic';
import { defineOwn, ownValue } from './defineOwn';
import { isValuesMap } from './isValuesMap';
import type { ValueFlagKind } from './ValueFlag';

/** The content of a `--set-file` file, or why it cannot be read. */
export type ReadFlagFile = (path: string) => { text: string } | { error: string };

type SetFlagResult = { ok: true } | { ok: false; message: string };

/** Helm's limits: list indexes above 65536 and names nested deeper than 30 are refused. */
const maxIndex = 65_536;
const maxNestedNameLevel = 30;

/**
 * Applies one `--set`-family argument to `target` as Helm does, changing `target` in place (Helm applies
 * each flag into the values built so far, so a later flag sees an earlier one's lists and maps).
 *
 * Helm's rules, kept to the letter because users copy their flags between the two:
 * - `a.b=c` nests maps; `a[0].b=c` and `a[1][0]=c` index lists (missing items become null);
 * - commas separate assignments; `a={x,y}` is a list; a backslash escapes the next character (`a\.b=c`
 *   is the key `a.b`, `a=x\,y` the value `x,y`);
 * - `--set` types values: `true`/`false`/`null` in any case, whole numbers not starting with 0;
 *   everything else (`1.5`, `007`) stays text. `--set-string` keeps all text; `--set-file` reads files;
 * - `--set-json` takes a JSON value after each `=` (nothing is null), or one whole JSON object.
 * - `--set-literal` takes one key and, as text, everything after its `=`: commas, braces and backslashes in
 *   the value are the value's own; its key knows no escapes and no commas (`a\.b` is the key `a\`, then `b`).
 * - `a={}` is a list holding one empty string, and a bare `a[0]` makes an empty list: Helm's quirks.
 */
export function applySetFlag(target: Values, kind: ValueFlagKind, text: string, readFile?: ReadFlagFile): SetFlagResult {
  const parser = new FlagParser(text, kind, readFile);
  try {
    for (;;) {
      const done = parser.key(target, 0);
      if (done) return { ok: true };
    }
  } catch (error) {
    if (error instanceof FlagError) return { ok: false, message: error.message };
    throw error;
  }
}

class FlagError extends Error {}

/** Marks the end of the text: Helm's io.EOF, which ends parsing without an error where Helm allows it. */
const endOfText = Symbol('end of text');
type Stop = string | typeof endOfText;

class FlagParser {
  private at = 0;

  constructor(
    private readonly text: string,
    private readonly kind: ValueFlagKind,
    private readonly readFile: ReadFlagFile | undefined,
  ) {}

  /**
   * One `key=value` (or a nested key). True where Helm's parser meets the end of the text mid-way (its
   * io.EOF): that ends the parse without an error, and an enclosing list item is then left unset.
   */
  key(data: Values, nestedNameLevel: number): boolean {
    const { runes: k, stop } = this.runesUntil(this.kind === 'set-literal' ? '=[.' : '=[,.');
    if (stop === endOfText) {
      if (k.length === 0) return true;
      throw new FlagError(`key "${k}" has no value`);
    }
    if (stop === '[') {
      const index = this.keyIndex();
      const existing = ownValue(data, k);
      if (Object.hasOwn(data, k) && !Array.isArray(existing)) throw new FlagError(`unable to parse key: "${k}" holds ${describe(existing)}, not a list`);
      const [list, ended] = this.listItem(Array.isArray(existing) ? existing : [], index, nestedNameLevel);
      set(data, k, list);
      return ended;
    }
    if (stop === '=') {
      if (this.kind === 'set-literal') {
        set(data, k, this.restOfText());
        return false;
      }
      if (this.kind === 'set-json') {
        if (this.emptyValue()) {
          set(data, k, null);
          return false;
        }
        set(data, k, this.jsonValue());
        this.emptyValue();
        return false;
      }
      const list = this.valueList();
      if (list === endOfText) {
        set(data, k, '');
        return true;
      }
      if (list !== undefined) {
        set(data, k, list);
        return false;
      }
      set(data, k, this.read(this.runesUntil(',').runes));
      return false;
    }
    if (stop === ',') throw new FlagError(`key "${k}" has no value (cannot end with ,)`);
    // stop === '.': a nested map.
    if (nestedNameLevel + 1 > maxNestedNameLevel) {
      throw new FlagError(`value name nested level is greater than maximum supported nested level of ${maxNestedNameLevel}`);
    }
    const existing = ownValue(data, k);
    if (Object.hasOwn(data, k) && !isValuesMap(existing)) throw new FlagError(`unable to parse key: "${k}" holds ${describe(existing)}, not a map`);
    const inner: Values = isValuesMap(existing) ? existing : {};
    const ended = this.key(inner, nestedNameLevel + 1);
    const filled = Object.keys(inner).length > 0;
    if (!ended && !filled) throw new FlagError(`key map "${k}" has no value`);
    if (filled) set(data, k, inner);
    return ended;
  }

  /** After `[`: the index up to `]`, a decimal integer with an optional sign. */
  private keyIndex(): number {
    const { runes, stop } = this.runesUntil(']');
    if (stop === endOfText) throw new FlagError('error parsing index: unexpected end of text');
    if (!/^[+-]?\d+$/.test(runes)) throw new FlagError(`error parsing index: "${runes}" is not a number`);
    return Number(runes);
  }

  /** What follows `name[i]`: `=value`, `[j]…` or `.key…`. Returns the new list, and whether the text ended mid-way. */
  private listItem(list: unknown[], index: number, nestedNameLevel: number): [unknown[], boolean] {
    if (index < 0) throw new FlagError(`negative ${index} index not allowed`);
    const { runes: k, stop } = this.runesUntil('[.=');
    if (k.length > 0) throw new FlagError(`unexpected data at end of array index: "${k}"`);
    if (stop === endOfText) return [list, true];
    if (stop === '=') {
      if (this.kind === 'set-literal') return [setIndex(list, index, this.restOfText()), false];
      if (this.kind === 'set-json') {
        if (this.emptyValue()) return [setIndex(list, index, null), false];
        const updated = setIndex(list, index, this.jsonValue());
        this.emptyValue();
        return [updated, false];
      }
      const values = this.valueList();
      if (values === endOfText) return [setIndex(list, index, ''), false];
      if (values !== undefined) return [setIndex(list, index, values), false];
      return [setIndex(list, index, this.read(this.runesUntil(',').runes)), false];
    }
    if (stop === '[') {
      const nextIndex = this.keyIndex();
      const existing = index < list.length ? list[index] : null;
      if (existing !== null && existing !== undefined && !Array.isArray(existing)) {
        throw new FlagError(`unable to parse key: item ${index} holds ${describe(existing)}, not a list`);
      }
      const [inner, ended] = this.listItem(Array.isArray(existing) ? existing : [], nextIndex, nestedNameLevel);
      // At the end of the text Helm keeps the list as it was: `a[0][1]` alone sets nothing inside.
      return ended ? [list, true] : [setIndex(list, index, inner), false];
    }
    // stop === '.': a map inside the list; an item that is not a map is replaced by one.
    const existing = index < list.length ? list[index] : undefined;
    const inner: Values = isValuesMap(existing) ? existing : {};
    if (index < list.length && !isValuesMap(existing)) list[index] = inner;
    const ended = this.key(inner, nestedNameLevel);
    return ended ? [list, true] : [setIndex(list, index, inner), false];
  }

  /** Skips blanks; true (and the comma taken) when no value follows before a comma or the end. */
  private emptyValue(): boolean {
    for (;;) {
      const char = this.text[this.at];
      if (char === undefined) return true;
      this.at++;
      if (char === ',') return true;
      if (!/\s/.test(char)) {
        this.at--;
        return false;
      }
    }
  }

  /** `{a,b}`: the list; undefined when the value is not a list; endOfText when nothing follows the `=`. */
  private valueList(): unknown[] | undefined | typeof endOfText {
    const first = this.text[this.at];
    if (first === undefined) return endOfText;
    if (first !== '{') return undefined;
    this.at++;
    const list: unknown[] = [];
    for (;;) {
      const { runes, stop } = this.runesUntil(',}');
      if (stop === endOfText) throw new FlagError("list must terminate with '}'");
      list.push(this.read(runes));
      if (stop === '}') {
        if (this.text[this.at] === ',') this.at++;
        return list;
      }
    }
  }

  /** `--set-literal`'s value: the text to its end, as it is. */
  private restOfText(): string {
    const rest = this.text.slice(this.at);
    this.at = this.text.length;
    return rest;
  }

  /**
   * Characters up to one of `stops` (taken, not returned); a backslash takes the next character as it is,
   * except for `--set-literal`, where a backslash is just a character.
   */
  private runesUntil(stops: string): { runes: string; stop: Stop } {
    let runes = '';
    for (;;) {
      const char = this.text[this.at];
      if (char === undefined) return { runes, stop: endOfText };
      this.at++;
      if (stops.includes(char)) return { runes, stop: char };
      if (char === '\\' && this.kind !== 'set-literal') {
        const next = this.text[this.at];
        if (next === undefined) return { runes, stop: endOfText };
        this.at++;
        runes += next;
      } else {
        runes += char;
      }
    }
  }

  /** A value as this flag's kind reads it. */
  private read(runes: string): unknown {
    if (this.kind === 'set-string') return runes;
    if (this.kind === 'set-file') {
      if (!this.readFile) throw new FlagError(`cannot read ${runes}: no files can be read here`);
      const read = this.readFile(runes);
      if ('error' in read) throw new FlagError(read.error);
      return read.text;
    }
    return typedValue(runes);
  }

  /** One JSON value from here, as Go's json.Decoder reads the first value of a stream. */
  private jsonValue(): unknown {
    const end = jsonValueEnd(this.text, this.at);
    if (typeof end === 'string') throw new FlagError(end);
    const source = this.text.slice(this.at, end);
    this.at = end;
    try {
      return JSON.parse(source) as unknown;
    } catch (error) {
      throw new FlagError(`invalid JSON: ${(error as Error).message}`);
    }
  }
}

/** `--set`'s typing: booleans and null in any case, and whole numbers that do not start with 0 (but 0 itself). */
function typedValue(text: string): unknown {
  const lower = text.toLowerCase();
  if (lower === 'true') return true;
  if (lower === 'false') return false;
  if (lower === 'null') return null;
  if (text === '0') return 0;
  if (text.length > 0 && text[0] !== '0' && /^[+-]?\d+$/.test(text)) {
    const big = BigInt(text);
    // A 64-bit integer; anything larger stays text, as it does for Helm.
    if (big >= -(2n ** 63n) && big < 2n ** 63n) return Number(big) + 0;
  }
  return text;
}

function set(data: Values, key: string, value: unknown): void {
  if (key.length === 0) return;
  defineOwn(data, key, value);
}

function setIndex(list: unknown[], index: number, value: unknown): unknown[] {
  if (index < 0) throw new FlagError(`negative ${index} index not allowed`);
  if (index > maxIndex) throw new FlagError(`index of ${index} is greater than maximum supported index of ${maxIndex}`);
  while (list.length <= index) list.push(null);
  list[index] = value;
  return list;
}

function describe(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (isValuesMap(value)) return 'a map';
  return `the ${typeof value} ${JSON.stringify(value)}`;
}

/**
 * Where the JSON value starting at `start` ends, or why it is not JSON. As with Go's decoder, the value
 * ends where its grammar does (`1x` is the number 1, then `x`); JSON.parse then checks the slice.
 */
function jsonValueEnd(text: string, start: number): number | string {
  const first = text[start];
  if (first === undefined) return 'unexpected end of JSON input';
  if (first === '{' || first === '[' || first === '"') {
    let depth = 0;
    let inString = false;
    for (let i = start; i < text.length; i++) {
      const char = text[i];
      if (inString) {
        if (char === '\\') i++;
        else if (char === '"') {
          inString = false;
          if (depth === 0) return i + 1;
        }
      } else if (char === '"') inString = true;
      else if (char === '{' || char === '[') depth++;
      else if (char === '}' || char === ']') {
        depth--;
        if (depth === 0) return i + 1;
      }
    }
    return 'unexpected end of JSON input';
  }
  for (const literal of ['true', 'false', 'null']) {
    if (first === literal[0]) {
      const found = text.slice(start, start + literal.length);
      return found === literal ? start + literal.length : `invalid character in literal ${literal} (expecting ${literal})`;
    }
  }
  const number = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(text.slice(start));
  if (!number) return `invalid character '${first}' looking for beginning of value`;
  const end = start + number[0].length;
  const next = text[end];
  const afterNext = text[end + 1];
  // "1." and "1e" are errors for Go's decoder, not the number 1 followed by more text.
  if ((next === '.' && !/\d/.test(afterNext ?? '')) || ((next === 'e' || next === 'E') && !/[\d+-]/.test(afterNext ?? ''))) {
    return `invalid character after number in numeric literal`;
  }
  return end;
}
