import type { Values } from '../diagnostics/Diagnostic';
import { formatPointer, parsePointer } from '../pointer/jsonPointer';
import { isDeepEqual } from '../values/isDeepEqual';
import { isValuesMap } from '../values/isValuesMap';
import type { ObjectRefusal } from './checkKubernetesObjects';

/** One value the user set, by its JSON Pointer. */
interface ValueLeaf {
  pointer: string;
  value: unknown;
}

/** Every value in the tree with no values under it (scalars, empty maps and lists), with its pointer. */
function valueLeaves(values: unknown, path: string[] = []): ValueLeaf[] {
  if (isValuesMap(values) && Object.keys(values).length > 0) return Object.entries(values).flatMap(([key, child]) => valueLeaves(child, [...path, key]));
  if (Array.isArray(values) && values.length > 0) return values.flatMap((child: unknown, index) => valueLeaves(child, [...path, String(index)]));
  return [{ pointer: formatPointer(path), value: values }];
}

/** Every value in the tree, maps and lists included, with its pointer: an unknown field may be given whole. */
function allValues(values: unknown, path: string[] = []): ValueLeaf[] {
  const here = path.length > 0 ? [{ pointer: formatPointer(path), value: values }] : [];
  if (isValuesMap(values)) return [...here, ...Object.entries(values).flatMap(([key, child]) => allValues(child, [...path, key]))];
  if (Array.isArray(values)) return [...here, ...values.flatMap((child: unknown, index) => allValues(child, [...path, String(index)]))];
  return here;
}

/**
 * The value of the user's that produced what the API server refuses, where it can be found: a value that
 * equals the refused one and sits under the same field names (the chart copies `securityContext` blocks and
 * `resources` into objects as they are, so `/gateway/securityContext/allowPrivilegeEscalation` produced
 * `…containers[0].securityContext.allowPrivilegeEscalation`); for a name, the value the name is built from.
 * Undefined when nothing the user set explains it (a chart default, a required field left out).
 */
export function locateRefusal(refusal: ObjectRefusal, userValues: Values): string | undefined {
  if (refusal.value === undefined || refusal.rule === 'required' || refusal.rule === 'not-served') return undefined;
  if (refusal.rule === 'name') {
    const name = refusal.value;
    if (typeof name !== 'string') return undefined;
    const sources = valueLeaves(userValues).filter((leaf): leaf is { pointer: string; value: string } => typeof leaf.value === 'string' && leaf.value.length >= 3 && name.includes(leaf.value));
    return sources.sort((a, b) => b.value.length - a.value.length)[0]?.pointer;
  }
  const fieldNames = namesOf(refusal.path);
  let best: { pointer: string; shared: number } | undefined;
  for (const leaf of refusal.rule === 'unknown-field' ? allValues(userValues) : valueLeaves(userValues)) {
    if (!isDeepEqual(leaf.value, refusal.value)) continue;
    const shared = sharedTail(fieldNames, namesOf(leaf.pointer));
    if (shared === 0) continue;
    if (!best || shared > best.shared) best = { pointer: leaf.pointer, shared };
  }
  return best?.pointer;
}

/** The field names of a pointer, list positions left out: a container is the same field whichever it is. */
function namesOf(pointer: string): string[] {
  return parsePointer(pointer)
    .filter((segment) => !/^\d+$/.test(segment))
    .map((segment) => segment.toLowerCase());
}

function sharedTail(a: readonly string[], b: readonly string[]): number {
  let shared = 0;
  while (shared < a.length && shared < b.length && a[a.length - 1 - shared] === b[b.length - 1 - shared]) shared++;
  return shared;
}
