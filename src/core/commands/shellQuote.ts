/** Characters no POSIX shell (nor zsh) treats specially anywhere in a word. */
const SAFE_WORD = /^[A-Za-z0-9_@%+:,./-][A-Za-z0-9_@%+=:,./-]*$/;

/**
 * POSIX single-quote quoting: inside '…' nothing is special, and a single quote is written
 * as '\'' (close, escaped quote, reopen). Safe words stay bare so commands read naturally.
 */
export function shellQuote(word: string): string {
  if (SAFE_WORD.test(word)) return word;
  return `'${word.replace(/'/g, `'\\''`)}'`;
}
