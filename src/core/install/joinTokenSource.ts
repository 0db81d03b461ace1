import type { Values } from '../diagnostics/Diagnostic';
import { getAt } from '../values/getAt';
import { setAt } from '../values/setAt';

/**
 * Where the join token comes from at install:
 * - `install`: passed on the command line (`--set join_token="${JOIN_TOKEN}"`), never in the file;
 * - `file`: written in the values file as `join_token` (the file is then as secret as the token);
 * - `secret`: read from a Secret created beforehand, named in `agent.existingJoinTokenSecret` (chart 1.90.0 on).
 */
export type JoinTokenSource = 'install' | 'file' | 'secret';

export const joinTokenSources: readonly JoinTokenSource[] = ['install', 'file', 'secret'];

/** A new file expects the token at install: the practice the chart's README recommends. */
export const defaultJoinTokenSource: JoinTokenSource = 'install';

export const joinTokenPointer = '/join_token';
export const joinTokenSecretNamePointer = '/agent/existingJoinTokenSecret/name';

/** The flag the install command passes the token with: the shell fills it in, nothing prints it. */
export const joinTokenSetFlag = '--set join_token="${JOIN_TOKEN}"';

/**
 * What `--set join_token=…` puts in the values when the studio checks them. The token itself is never in
 * the studio's hands; only its being there matters to the chart's rules.
 */
const tokenGivenAtInstall = '<given at install>';

export function isJoinTokenSource(value: unknown): value is JoinTokenSource {
  return typeof value === 'string' && (joinTokenSources as readonly string[]).includes(value);
}

/**
 * Where the token comes from for these values: a `join_token` key in the file (even empty: the file means
 * to hold it, e.g. saved with the token left out), or a Secret named for it, says so whatever was chosen;
 * otherwise the user's choice (which also tells "not typed yet" from "at install").
 */
export function joinTokenSourceOf(userValues: Values, chosen: JoinTokenSource): JoinTokenSource {
  if (holdsJoinTokenKey(userValues)) return 'file';
  if (namesJoinTokenSecret(userValues)) return 'secret';
  return chosen;
}

/**
 * The values to take out of the file when the user chooses another source, or they would still decide:
 * the token when it no longer belongs in the file, the Secret's name when no Secret is read.
 */
export function valuesLeftBehind(userValues: Values, chosen: JoinTokenSource): string[] {
  return [
    ...(chosen !== 'file' && holdsJoinTokenKey(userValues) ? [joinTokenPointer] : []),
    ...(chosen !== 'secret' && namesJoinTokenSecret(userValues) ? [joinTokenSecretNamePointer] : []),
  ];
}

/**
 * The values Helm is given at install: with the token provided then, `--set join_token=…` lands over the
 * file's values, as Helm applies `--set` after `-f`. Other sources leave the values as they are.
 */
export function valuesGivenAtInstall(userValues: Values, source: JoinTokenSource): Values {
  if (joinTokenSourceOf(userValues, source) !== 'install') return userValues;
  return setAt(userValues, joinTokenPointer, tokenGivenAtInstall);
}

/** `join_token: null` deletes the key in Helm's merge: not a token in the file. */
function holdsJoinTokenKey(userValues: Values): boolean {
  const value = getAt(userValues, joinTokenPointer);
  return value !== undefined && value !== null;
}

/** The chart's default name is empty: only a name the user gave reads a Secret. */
function namesJoinTokenSecret(userValues: Values): boolean {
  const name = getAt(userValues, joinTokenSecretNamePointer);
  return name !== undefined && name !== null && name !== '';
}
