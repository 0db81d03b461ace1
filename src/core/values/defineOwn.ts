/**
 * Sets `key` as an own, enumerable property. Plain assignment with a key from a values file
 * (`__proto__`) would replace the object's prototype instead of storing data.
 */
export function defineOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  // Only `__proto__` is special for assignment; defineProperty is much slower on large maps.
  if (key !== '__proto__') {
    target[key] = value;
    return;
  }
  Object.defineProperty(target, key, { value, writable: true, enumerable: true, configurable: true });
}

/** Reads only own properties: `values.constructor` must be "absent", not Object. */
export function ownValue(target: Record<string, unknown>, key: string): unknown {
  return Object.hasOwn(target, key) ? target[key] : undefined;
}
