/** Replace `before[start, end)` with `text`. */
export interface TextReplacement {
  start: number;
  end: number;
  text: string;
}

/**
 * The one replacement that turns `before` into `after`, as small as the common start and end allow.
 * Applied to an editor, it leaves every cursor, fold and scroll position outside the changed span where
 * it was; a whole-text replacement would move them all. Undefined when the texts are equal. Never splits
 * a surrogate pair or a CRLF.
 */
export function minimalEdit(before: string, after: string): TextReplacement | undefined {
  if (before === after) return undefined;
  const limit = Math.min(before.length, after.length);
  let prefix = 0;
  while (prefix < limit && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix += 1;
  let suffix = 0;
  while (suffix < limit - prefix && before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)) suffix += 1;

  if (prefix > 0 && (splitsPair(before, prefix) || splitsPair(after, prefix))) prefix -= 1;
  if (suffix > 0 && (splitsPair(before, before.length - suffix) || splitsPair(after, after.length - suffix))) suffix -= 1;
  return { start: prefix, end: before.length - suffix, text: after.slice(prefix, after.length - suffix) };
}

/** True when a cut at `index` would separate the halves of a surrogate pair or of a CRLF. */
function splitsPair(text: string, index: number): boolean {
  const left = text.charCodeAt(index - 1);
  const right = text.charCodeAt(index);
  return (left >= 0xd800 && left <= 0xdbff && right >= 0xdc00 && right <= 0xdfff) || (left === 13 && right === 10);
}
