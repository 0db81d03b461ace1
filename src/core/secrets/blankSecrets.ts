import { parseValues } from '../yaml/parseValues';

type BlankSecretsResult = { ok: true; text: string } | { ok: false };

/**
 * The text with the value at each pointer replaced by `""`, comments and key order kept, so what is
 * stored still reads as the user's file and shows where a secret belongs. Text that does not parse
 * cannot be edited safely: the caller must then decide not to store it.
 */
export function blankSecrets(text: string, pointers: readonly string[]): BlankSecretsResult {
  if (pointers.length === 0) return { ok: true, text };
  const parsed = parseValues(text);
  if (!parsed.ok) return { ok: false };
  const document = parsed.document.clone();
  for (const pointer of pointers) document.set(pointer, '');
  return { ok: true, text: document.toString() };
}
