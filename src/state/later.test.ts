import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { afterPause } from './later';

describe('work put off until a burst of changes pauses', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  test('runs once for a burst, the pause counted from the last change', () => {
    const task = vi.fn();
    const pause = afterPause(task, 300);
    pause.restart();
    vi.advanceTimersByTime(200);
    pause.restart();
    vi.advanceTimersByTime(200);
    expect(task).not.toHaveBeenCalled();
    expect(pause.waiting).toBe(true);
    vi.advanceTimersByTime(100);
    expect(task).toHaveBeenCalledTimes(1);
    expect(pause.waiting).toBe(false);
  });

  test('flush runs waiting work at once (typed text handed over when the user leaves), and nothing when none waits', () => {
    const task = vi.fn();
    const pause = afterPause(task, 300);
    pause.flush();
    expect(task).not.toHaveBeenCalled();
    pause.restart();
    pause.flush();
    expect(task).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(1000);
    expect(task).toHaveBeenCalledTimes(1);
  });

  test('cancel drops the waiting work', () => {
    const task = vi.fn();
    const pause = afterPause(task, 300);
    pause.restart();
    pause.cancel();
    vi.advanceTimersByTime(1000);
    expect(task).not.toHaveBeenCalled();
  });
});
