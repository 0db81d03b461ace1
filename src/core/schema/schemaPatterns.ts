/**
 * How the studio's own walks through a schema (which schema describes this key?) match `patternProperties`
 * keys. The shipped charts' patterns are the studio's own and JavaScript's RegExp runs them; once a chart
 * someone else wrote is brought, its patterns must not backtrack for minutes on a long key, so the code
 * that reads brought charts switches every walk to a linear-time engine (see core/validate/chartPattern,
 * kept out of the page's first load for its size).
 */
type PatternMatcher = (pattern: string, text: string) => boolean;

const nativeMatcher: PatternMatcher = (pattern, text) => {
  try {
    return new RegExp(pattern, 'u').test(text);
  } catch {
    return false;
  }
};

let matcher: PatternMatcher = nativeMatcher;

export function matchesSchemaPattern(pattern: string, text: string): boolean {
  return matcher(pattern, text);
}

/** From now on, for this page or process: the engine a brought chart's patterns need. */
export function setSchemaPatternMatcher(next: PatternMatcher): void {
  matcher = next;
}
