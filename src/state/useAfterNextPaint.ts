import { useEffect, useState } from 'react';
import { afterNextPaint } from './later';

/** Updates waiting for the next paint, run together in one task so React renders them as one. */
const waiting = new Set<() => void>();
let cancelFlush: (() => void) | undefined;

function whenPainted(update: () => void): () => void {
  waiting.add(update);
  cancelFlush ??= afterNextPaint(() => {
    cancelFlush = undefined;
    const updates = [...waiting];
    waiting.clear();
    for (const run of updates) run();
  });
  return () => {
    waiting.delete(update);
  };
}

/**
 * `value`, but a change reaches the caller only after the frame that follows it has painted. For what
 * reacts to a keystroke elsewhere on the page: the keystroke itself shows first, the rest one frame later
 * (all such changes in the same frame). The first render gets the value at once.
 */
export function useAfterNextPaint<T>(value: T): T {
  const [shown, setShown] = useState(value);
  useEffect(() => {
    if (Object.is(shown, value)) return undefined;
    return whenPainted(() => setShown(value));
  }, [value, shown]);
  return shown;
}
