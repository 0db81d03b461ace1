/** A copy of the list with the item at `from` moved to `to` (clamped to the list). */
export function moveItem<T>(list: readonly T[], from: number, to: number): T[] {
  if (from < 0 || from >= list.length) return [...list];
  const copy = [...list];
  const target = Math.max(0, Math.min(copy.length - 1, to));
  const moved = copy.splice(from, 1) as [T];
  copy.splice(target, 0, moved[0]);
  return copy;
}

/** A copy of the list without the item at `index`. */
export function removeItem<T>(list: readonly T[], index: number): T[] {
  return list.filter((_, i) => i !== index);
}
