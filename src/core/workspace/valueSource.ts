import type { Values } from '../diagnostics/Diagnostic';
import { parsePointer } from '../pointer/jsonPointer';
import { ownValue } from '../values/defineOwn';
import { isValuesMap } from '../values/isValuesMap';

/**
 * Where an environment's value comes from:
 * - `overlay`: the environment's own file sets it (a `null` there removes it: `removed` is true);
 * - `base`: the base file sets it, for every environment without an override;
 * - `chart`: neither file does, so the chart's default applies (or nothing, for a key the chart lacks).
 */
type ValueSource = 'overlay' | 'base' | 'chart';

export interface ValueOrigin {
  source: ValueSource;
  /** True when the deciding layer sets `null` there, which removes the key (and the chart's default) in Helm. */
  removed: boolean;
}

/**
 * The origin of the value at `pointer` for an environment: the last layer that decides it, as Helm's `-f`
 * merge does. A layer decides a pointer when it sets the value itself, or sets something at an ancestor that
 * is not a map (a list, a scalar, `null`), which replaces the whole subtree.
 */
export function valueOrigin(pointer: string, base: Values, overlay: Values | undefined): ValueOrigin {
  if (overlay !== undefined) {
    const decided = decidingValue(overlay, pointer);
    if (decided !== undefined) return { source: 'overlay', removed: decided === null };
  }
  const decided = decidingValue(base, pointer);
  if (decided !== undefined) return { source: 'base', removed: decided === null };
  return { source: 'chart', removed: false };
}

/** The value a layer puts at `pointer` or at the nearest ancestor it replaces whole; undefined when it leaves both to the layers below. */
function decidingValue(layer: Values, pointer: string): unknown {
  let current: unknown = layer;
  for (const segment of parsePointer(pointer)) {
    // A map merges key by key, leaving keys it lacks to the layers below; anything else (a list, a scalar,
    // `null`) replaces the whole subtree, so the layer that set it decides everything under it.
    if (!isValuesMap(current)) return current;
    if (!Object.hasOwn(current, segment)) return undefined;
    current = ownValue(current, segment);
  }
  return current;
}
