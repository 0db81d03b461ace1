import { RE2JS } from 're2js';

/**
 * A chart schema's `pattern` (or `patternProperties` key), run the way Helm runs it: Helm checks values with
 * Go's regexp, an RE2 engine, whose matching time grows with the text and never explodes. JavaScript's own
 * engine backtracks: `(a+)+$` against forty a's and a "!" takes longer than anyone waits, so a pattern from
 * a chart the user brought never reaches it. Compiled patterns are kept: a schema is checked on every keystroke.
 */
const compiled = new Map<string, RE2JS | string>();

/** At most this many distinct patterns are kept compiled; a chart has a handful. */
const MAX_KEPT = 1000;

/** The compiled pattern, or why RE2 (and so Helm) cannot use it. */
export function compileChartPattern(pattern: string): { ok: true; test: (text: string) => boolean } | { ok: false; error: string } {
  let entry = compiled.get(pattern);
  if (entry === undefined) {
    try {
      entry = RE2JS.compile(pattern);
    } catch (error) {
      entry = error instanceof Error ? error.message : String(error);
    }
    if (compiled.size >= MAX_KEPT) compiled.clear();
    compiled.set(pattern, entry);
  }
  if (typeof entry === 'string') return { ok: false, error: entry };
  const regex = entry;
  return { ok: true, test: (text) => regex.test(text) };
}

/** True when the text matches anywhere, as JSON Schema's `pattern` asks; false when the pattern cannot be compiled. */
export function matchesChartPattern(pattern: string, text: string): boolean {
  const regex = compileChartPattern(pattern);
  return regex.ok && regex.test(text);
}

/**
 * A stand-in for the global RegExp constructor with just what a JSON Schema interpreter asks of it: build
 * from a pattern, then `test`. A pattern RE2 cannot compile throws, as an invalid RegExp does.
 */
class ChartPatternRegExp {
  private readonly regex: (text: string) => boolean;
  private readonly source: string;
  constructor(pattern: string) {
    this.source = String(pattern);
    const regex = compileChartPattern(this.source);
    if (!regex.ok) throw new SyntaxError(`Invalid regular expression: ${regex.error}`);
    this.regex = regex.test;
  }
  test(text: string): boolean {
    return this.regex(String(text));
  }
  /** ajv keys its compiled patterns by this text, as it would a RegExp's. */
  toString(): string {
    return `/${this.source}/u`;
  }
}

/** The same engine in the shape ajv takes (`code.regExp`), for compiling a brought chart's schema with ajv. */
export const chartRegExpEngine = Object.assign((pattern: string) => new ChartPatternRegExp(pattern), { code: 'chartPatternRegExp' });

/**
 * Runs `check` with `new RegExp(...)` meaning a chart pattern. @cfworker/json-schema, which judges a
 * brought chart's values in the page, builds its `pattern` and `patternProperties` checks with the global
 * RegExp and offers no way to give it another engine; it is synchronous, so for the length of one check
 * nothing else can see the stand-in. Regular-expression literals are unaffected.
 */
export function withChartPatterns<T>(check: () => T): T {
  const native = globalThis.RegExp;
  globalThis.RegExp = ChartPatternRegExp as unknown as RegExpConstructor;
  try {
    return check();
  } finally {
    globalThis.RegExp = native;
  }
}
