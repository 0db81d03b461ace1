/**
 * Characters a YAML file may not hold raw (go-yaml and parseValues refuse them) that the `yaml` library
 * still writes raw inside double quotes, because it escapes only what JSON.stringify escapes (C0 controls).
 */
const UNPRINTABLE = /[\u007F-\u0084\u0086-\u009F\uFFFE\uFFFF]/;
const UNPRINTABLE_ALL = new RegExp(UNPRINTABLE.source, 'g');

/** True when a string must be written double-quoted so that its unprintable characters can be escaped. */
export function hasUnprintable(text: string): boolean {
  return UNPRINTABLE.test(text);
}

/**
 * Printed YAML with those characters written as `\xXX` / `\uXXXX` escapes. Only valid because every
 * string holding one is double-quoted (valueToNode) and parsed text never holds one (parseValues).
 */
export function escapeUnprintable(printed: string): string {
  return printed.replace(UNPRINTABLE_ALL, (ch) => {
    const code = ch.charCodeAt(0);
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}
