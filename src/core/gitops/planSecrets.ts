import type { Values } from '../diagnostics/Diagnostic';
import { joinTokenPointer, joinTokenSecretNamePointer, joinTokenSourceOf, type JoinTokenSource } from '../install/joinTokenSource';
import { parentPointer, parsePointer } from '../pointer/jsonPointer';
import type { JsonSchema } from '../schema/JsonSchema';
import { schemaAt } from '../schema/schemaNavigation';
import { findSecrets } from '../secrets/findSecrets';
import { isSecretPointer } from '../secrets/isSecretPointer';
import { getAt } from '../values/getAt';
import { setAt } from '../values/setAt';
import { unsetAt } from '../values/unsetAt';

/**
 * How an engine gets a secret value into Helm without the value being in Git:
 * - `from-secret`: the engine reads it from a Kubernetes Secret and sets it at its path (Flux's `valuesFrom`);
 * - `secrets-file`: a values file encrypted with SOPS that the engine decrypts (helmfile's `secrets:`);
 * - `existing-secret`: the engine cannot, so the chart reads it from a Secret the values name (Argo CD).
 */
export type SecretDelivery = 'from-secret' | 'secrets-file' | 'existing-secret';

/** A secret Helm is given from outside the values. */
interface SecretReference {
  pointer: string;
}

/** A Secret the values now name, which the chart reads the secrets under `replaces` from. */
interface ExistingSecretName {
  /** The value that names the Secret (`/global/charts/existingSecret`). */
  pointer: string;
  name: string;
  /** The secrets it stands in for. */
  replaces: string[];
}

export interface SecretPlan {
  /** The values to write: no secret in them, and the names of the existing Secrets the export chose. */
  values: Values;
  /** Only what the export added to the user's values (the names of existing Secrets). */
  added: Values;
  /** Secrets the engine delivers (`from-secret`, `secrets-file`), or, for `existing-secret`, none the chart can read from a Secret. */
  references: SecretReference[];
  existingSecrets: ExistingSecretName[];
  /** What Helm will judge at deploy: the written values with the referenced secrets there (their own value, or a stand-in). */
  deployed: Values;
}

/** Stands in for a secret the user supplies later, so the chart's rules see it given. */
const suppliedLater = '<supplied at deploy>';

/**
 * Takes every secret out of an environment's values and says how each reaches Helm instead. The join token is
 * one of them unless the values name an existing Secret for it: written in the file or given at install, it
 * must reach the engine the same way, since an engine has no install command line to pass it on.
 */
export function planSecrets(values: Values, schema: JsonSchema, joinToken: JoinTokenSource, delivery: SecretDelivery, release: string): SecretPlan {
  const secrets = findSecrets(values, isSecretPointer(schema));
  if (joinTokenSourceOf(values, joinToken) !== 'secret' && !secrets.includes(joinTokenPointer)) secrets.unshift(joinTokenPointer);
  let written = secrets.reduce(unsetAt, values);
  let added: Values = {};
  const references: SecretReference[] = [];
  const existingSecrets: ExistingSecretName[] = [];

  for (const pointer of secrets) {
    const namedBy = delivery === 'existing-secret' ? existingSecretPointer(schema, pointer) : undefined;
    if (namedBy === undefined) {
      references.push({ pointer });
      continue;
    }
    const known = existingSecrets.find((secret) => secret.pointer === namedBy);
    if (known) {
      known.replaces.push(pointer);
      continue;
    }
    const given = getAt(values, namedBy);
    const name = typeof given === 'string' && given !== '' ? given : secretName(release, namedBy);
    existingSecrets.push({ pointer: namedBy, name, replaces: [pointer] });
    if (given !== name) {
      written = setAt(written, namedBy, name);
      added = setAt(added, namedBy, name);
    }
  }

  const deployed = references.reduce((all, { pointer }) => setAt(all, pointer, getAt(values, pointer) || suppliedLater), written);
  return { values: written, added, references, existingSecrets, deployed };
}

/** The value naming a Secret the chart reads this secret from instead, when the chart has one. */
function existingSecretPointer(schema: JsonSchema, pointer: string): string | undefined {
  if (pointer === joinTokenPointer) return schemaAt(schema, joinTokenSecretNamePointer) ? joinTokenSecretNamePointer : undefined;
  const named = schemaAt(schema, pointer)?.['x-existing-secret'];
  return typeof named === 'string' ? named : undefined;
}

/** `catalyst-join-token`, `catalyst-global-charts`: the release, then where the chart looks for it. */
function secretName(release: string, namedBy: string): string {
  if (namedBy === joinTokenSecretNamePointer) return `${release}-join-token`;
  const where = parsePointer(parentPointer(namedBy)).join('-');
  return `${release}-${where}`.toLowerCase().replace(/[^a-z0-9-]+/g, '-').replace(/-+/g, '-').slice(0, 253).replace(/-$/, '');
}
