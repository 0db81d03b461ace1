/**
 * How Helm reads an untagged plain scalar. Helm parses values with go-yaml v2 (YAML 1.1 rules, through
 * sigs.k8s.io/yaml), so this ports `resolve()` from go-yaml v2 instead of trusting a YAML 1.1 schema:
 * go-yaml accepts `0o17`, `1_0.5` and `.5_0`, keeps `1:20` and dates as strings, and `yEs` is a string.
 * Every rule below was checked against `helm template` (see helmParity.test.ts).
 */
type ResolvedScalar =
  | { kind: 'value'; value: string | number | boolean | null }
  /** `.inf` and `.nan` parse, but Helm then fails converting them to JSON. */
  | { kind: 'unsupported'; value: number };

const BOOLEANS: Record<string, boolean> = {
  y: true, Y: true, yes: true, Yes: true, YES: true,
  true: true, True: true, TRUE: true,
  on: true, On: true, ON: true,
  n: false, N: false, no: false, No: false, NO: false,
  false: false, False: false, FALSE: false,
  off: false, Off: false, OFF: false,
};
const NULLS = new Set(['', '~', 'null', 'Null', 'NULL']);
const UNSUPPORTED: Record<string, number> = {
  '.nan': NaN, '.NaN': NaN, '.NAN': NaN,
  '.inf': Infinity, '.Inf': Infinity, '.INF': Infinity,
  '+.inf': Infinity, '+.Inf': Infinity, '+.INF': Infinity,
  '-.inf': -Infinity, '-.Inf': -Infinity, '-.INF': -Infinity,
};
/** go-yaml's yamlStyleFloat, applied after underscores are removed. */
const YAML_STYLE_FLOAT = /^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/;
const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;
const UINT64_MAX = 2n ** 64n - 1n;

/**
 * The longest word of the three tables above: a longer scalar (most keys and values) is none of them and is
 * not looked up, which would make V8 hash a string sliced out of the file three times.
 */
const LONGEST_WORD = Math.max(...[...Object.keys(BOOLEANS), ...NULLS, ...Object.keys(UNSUPPORTED)].map((word) => word.length));

export function resolvePlainScalar(source: string): ResolvedScalar {
  if (source.length <= LONGEST_WORD) {
    if (Object.hasOwn(BOOLEANS, source)) return { kind: 'value', value: BOOLEANS[source] ?? false };
    if (NULLS.has(source)) return { kind: 'value', value: null };
    const unsupported = UNSUPPORTED[source];
    if (Object.hasOwn(UNSUPPORTED, source) && unsupported !== undefined) return { kind: 'unsupported', value: unsupported };
  }

  const first = source[0] ?? '';
  if (first === '.') {
    // go-yaml hands these to strconv.ParseFloat unchanged (underscores kept).
    const value = parseGoFloat(source);
    return value === undefined ? str(source) : num(value);
  }
  if (!/[-+0-9]/.test(first)) return str(source);

  // Dates and times look numeric but go-yaml keeps them as strings when decoding into interface{}.
  const plain = source.replace(/_/g, '');
  const int = parseGoInt(plain);
  if (int !== undefined && int >= INT64_MIN && int <= UINT64_MAX) return num(Number(int) + 0);
  if (YAML_STYLE_FLOAT.test(plain)) {
    const value = Number(plain);
    if (Number.isFinite(value)) return num(value);
  }
  return str(source);
}

/** strconv.ParseInt/ParseUint with base 0: sign, then 0x/0o/0b/0 prefixes; underscores already gone. */
function parseGoInt(text: string): bigint | undefined {
  const match = /^([-+]?)(0[xX][0-9a-fA-F]+|0[oO][0-7]+|0[bB][01]+|0[0-7]*|[1-9][0-9]*)$/.exec(text);
  if (!match) return undefined;
  const [, sign = '', digits = ''] = match;
  let magnitude: bigint;
  const prefix = digits.slice(0, 2).toLowerCase();
  if (prefix === '0x' || prefix === '0b') magnitude = BigInt(digits.toLowerCase());
  else if (prefix === '0o') magnitude = BigInt('0o' + digits.slice(2));
  else if (digits.length > 1 && digits.startsWith('0')) magnitude = BigInt('0o' + digits.slice(1));
  else magnitude = BigInt(digits);
  const value = sign === '-' ? -magnitude : magnitude;
  // ParseUint rejects a sign, so only ParseInt's range applies to signed input.
  if (sign !== '' && (value < INT64_MIN || value > INT64_MAX)) return undefined;
  return value;
}

/** strconv.ParseFloat for the `.`-led case: decimal only, underscores allowed between digits, overflow fails. */
function parseGoFloat(text: string): number | undefined {
  if (!/^\.[0-9](_?[0-9])*([eE][-+]?[0-9](_?[0-9])*)?$/.test(text)) return undefined;
  const value = Number(text.replace(/_/g, ''));
  return Number.isFinite(value) ? value : undefined;
}

function str(value: string): ResolvedScalar {
  return { kind: 'value', value };
}
function num(value: number): ResolvedScalar {
  return { kind: 'value', value };
}
