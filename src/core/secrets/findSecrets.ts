import type { Values } from '../diagnostics/Diagnostic';
import { childPointer } from '../pointer/jsonPointer';

/** What a map or list holds, found once: the pointer it was found at, and its secrets' pointers. */
interface Found {
  at: string;
  secrets: readonly string[];
}

/**
 * Per test, the secrets of every map and list already walked. Values are never changed in place (an edit
 * makes a new map on the edited path and shares the rest), so a map met again at the same pointer holds
 * the same secrets: after a keystroke, only the maps on the edited path are walked again.
 */
const walked = new WeakMap<(pointer: string) => boolean, WeakMap<object, Found>>();

/**
 * The pointers of every secret the values hold, outermost first (a secret map is one entry).
 * An empty secret (`password: ""`, often the chart's own default) discloses nothing and is not listed.
 */
export function findSecrets(values: Values, isSecret: (pointer: string) => boolean): string[] {
  let memo = walked.get(isSecret);
  if (!memo) {
    memo = new WeakMap();
    walked.set(isSecret, memo);
  }
  return [...secretsWithin(values, '', isSecret, memo)];
}

function secretsWithin(node: unknown, at: string, isSecret: (pointer: string) => boolean, memo: WeakMap<object, Found>): readonly string[] {
  if (typeof node !== 'object' || node === null) return noSecrets;
  const known = memo.get(node);
  if (known && known.at === at) return known.secrets;
  const secrets: string[] = [];
  const visit = (child: unknown, childAt: string) => {
    if (!isSecret(childAt)) secrets.push(...secretsWithin(child, childAt, isSecret, memo));
    else if (child !== '' && child !== null && child !== undefined) secrets.push(childAt);
  };
  if (Array.isArray(node)) node.forEach((item, index) => visit(item, childPointer(at, index)));
  else for (const key of Object.keys(node)) visit((node as Record<string, unknown>)[key], childPointer(at, key));
  memo.set(node, { at, secrets });
  return secrets;
}

const noSecrets: readonly string[] = [];
