import { parseValues } from '../yaml/parseValues';
import { omitSecrets } from './omitSecrets';

type OmitSecretsFromTextResult = { ok: true; text: string; omitted: string[] } | { ok: false };

/**
 * The values file without the keys `isSecret` marks, everything else as written (comments, key order,
 * values equal to the chart default). A mapping emptied only by the omission goes too, so the file does not
 * show `tls: {}` where a key used to be; the file's header comment stays when its first key is a secret.
 * Text that does not parse cannot be edited safely.
 */
export function omitSecretsFromText(text: string, isSecret: (pointer: string) => boolean): OmitSecretsFromTextResult {
  const parsed = parseValues(text);
  if (!parsed.ok) return { ok: false };
  const { omitted } = omitSecrets(parsed.values, isSecret);
  if (omitted.length === 0) return { ok: true, text, omitted };
  // Removing a key removes the mappings it leaves empty, as a reset in the form does.
  for (const pointer of omitted) parsed.document.unset(pointer);
  return { ok: true, text: parsed.document.toString(), omitted };
}
