/**
 * Every way the page puts work off, named for the moment each one waits for. Work that reacts to a keystroke
 * must not delay that keystroke's paint, and work nobody waits for must not compete with work someone does:
 * picking the policy by name says which of the two a piece of work is.
 *
 * Each returns a cancel (or, for a pause, a handle), so a component that goes away drops what it scheduled.
 */
type Cancel = () => void;

/**
 * Once the frame that shows the current change has painted (an animation frame, then a task after it): what
 * a keystroke causes elsewhere on the page, so the keystroke itself shows first.
 */
export function afterNextPaint(task: () => void): Cancel {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(task, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    if (timer !== undefined) clearTimeout(timer);
  };
}

/**
 * When the main thread has nothing else to do, or after `timeoutMs` at the latest (at once where the browser
 * has no idle callbacks): preparation nobody is waiting for.
 */
export function whenIdle(task: () => void, timeoutMs: number): Cancel {
  if (typeof window.requestIdleCallback === 'function') {
    const handle = window.requestIdleCallback(() => task(), { timeout: timeoutMs });
    return () => window.cancelIdleCallback(handle);
  }
  const timer = window.setTimeout(task, 0);
  return () => window.clearTimeout(timer);
}

/**
 * After the frame being prepared has painted, when the page is idle: a heavy start the first view does not
 * need (the frame callback runs before that frame paints; what it schedules runs after).
 */
export function afterPaintWhenIdle(task: () => void, timeoutMs: number): Cancel {
  let cancelIdle: Cancel | undefined;
  const frame = requestAnimationFrame(() => {
    cancelIdle = whenIdle(task, timeoutMs);
  });
  return () => {
    cancelAnimationFrame(frame);
    cancelIdle?.();
  };
}

/** After a fixed time whatever else happens: a fallback for a moment that may never come. */
export function afterDelay(task: () => void, delayMs: number): Cancel {
  const timer = setTimeout(task, delayMs);
  return () => clearTimeout(timer);
}

/** A task that runs once a burst of changes has paused (see afterPause). */
interface Pause {
  /** Another change: the task waits `pauseMs` from now. */
  restart(): void;
  /** Runs the task now if it is waiting (the user left, the page is going away); else nothing. */
  flush(): void;
  cancel(): void;
  /** True while the task waits for the pause. */
  readonly waiting: boolean;
}

/**
 * Once changes stop for `pauseMs`: work worth doing for the latest change only (handing typed text over,
 * saving, asking Helm), so a burst of keystrokes costs it once.
 */
export function afterPause(task: () => void, pauseMs: number): Pause {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const run = () => {
    timer = undefined;
    task();
  };
  return {
    restart() {
      if (timer !== undefined) clearTimeout(timer);
      timer = setTimeout(run, pauseMs);
    },
    flush() {
      if (timer === undefined) return;
      clearTimeout(timer);
      run();
    },
    cancel() {
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
    },
    get waiting() {
      return timer !== undefined;
    },
  };
}
