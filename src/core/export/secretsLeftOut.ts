import type { Values } from '../diagnostics/Diagnostic';
import { joinTokenPointer, joinTokenSecretNamePointer, joinTokenSetFlag } from '../install/joinTokenSource';
import { dottedPath } from '../pointer/jsonPointer';
import { helmSetPath } from '../pointer/helmSetPath';
import type { JsonSchema } from '../schema/JsonSchema';
import { schemaAt } from '../schema/schemaNavigation';
import { findSecrets } from '../secrets/findSecrets';
import { isSecretPointer } from '../secrets/isSecretPointer';
import { unsetAt } from '../values/unsetAt';
import { parseValues } from '../yaml/parseValues';

/** A secret an export left out, and how it reaches the chart instead. */
export interface SecretLeftOut {
  pointer: string;
  /** One sentence: the `--set` flag, and the existing Secret the chart can read it from, if any. */
  suppliedBy: string;
}

type ExportWithoutSecrets = { ok: true; text: string; leftOut: SecretLeftOut[] } | { ok: false };

/**
 * The values file without the secrets it holds, comments and everything else as written; a key whose secret
 * is empty (often the chart's own default) discloses nothing and stays. Text that does not parse cannot be
 * searched for secrets: the caller must not export it without the user's say.
 */
export function exportWithoutSecrets(text: string, schema: JsonSchema): ExportWithoutSecrets {
  const parsed = parseValues(text);
  if (!parsed.ok) return { ok: false };
  const pointers = findSecrets(parsed.values, isSecretPointer(schema));
  if (pointers.length === 0) return { ok: true, text, leftOut: [] };
  const document = parsed.document.clone();
  for (const pointer of pointers) document.unset(pointer);
  return { ok: true, text: document.toString(), leftOut: pointers.map((pointer) => ({ pointer, suppliedBy: howSupplied(pointer, schema) })) };
}

/** The full values without the secrets the user's own values hold (the chart's defaults for them are empty). */
export function fullValuesWithoutSecrets(full: Values, userValues: Values, schema: JsonSchema): Values {
  return findSecrets(userValues, isSecretPointer(schema)).reduce(unsetAt, full);
}

function howSupplied(pointer: string, schema: JsonSchema): string {
  if (pointer === joinTokenPointer) {
    const secret = schemaAt(schema, joinTokenSecretNamePointer) ? `, or from an existing Secret named in ${dottedPath(joinTokenSecretNamePointer)}` : '';
    return `Pass it at install with ${joinTokenSetFlag}${secret}.`;
  }
  const existing = schemaAt(schema, pointer)?.['x-existing-secret'];
  const secret = typeof existing === 'string' ? `, or from an existing Secret named in ${dottedPath(existing)}` : '';
  return `Pass it at install with --set ${helmSetPath(pointer)}="\${…}"${secret}.`;
}
