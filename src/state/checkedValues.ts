import type { Chart } from '@/core/chart/createChart';
import { MemoKey } from '@/core/memo/Memo';
import { Subscribable } from '@/core/observable/Subscribable';
import type { Session } from '@/core/session/sessionReducer';
import { selectValuesCheck } from '@/core/session/selectValuesCheck';
import type { ValuesCheck } from '@/core/validate/checkValuesText';
import type { Store } from './createStore';
import { afterNextPaint } from './later';

/** A judgement of the values and the text it describes (its problems' lines and columns are in that text). */
export interface Checked {
  check: ValuesCheck;
  text: string;
}

type Later = (task: () => void) => () => void;

/**
 * The judgement of the session's values, kept off the keystroke's path: a change is judged once the frame
 * showing it has painted, so typing in a large file does not wait for every value to be checked again. A
 * burst of changes costs one judgement of the latest values, and a judgement is published only for the
 * session as it stands when it runs, so what shows is never older than the last change before it.
 *
 * It follows the session only while someone listens; a reader with nobody listening gets a judgement of the
 * current session at once.
 */
export class CheckedValues {
  readonly #listeners = new Listeners();
  readonly #store: Store<Session, unknown>;
  readonly #chart: Chart;
  readonly #later: Later;
  #current: Checked;
  #judged: Session;
  #listening = 0;
  #stopFollowing: (() => void) | undefined;
  #cancelPending: (() => void) | undefined;

  constructor(store: Store<Session, unknown>, chart: Chart, later: Later = afterNextPaint) {
    this.#store = store;
    this.#chart = chart;
    this.#later = later;
    this.#judged = store.getState();
    this.#current = { check: selectValuesCheck(this.#judged, chart), text: this.#judged.text };
  }

  readonly getSnapshot = (): Checked => {
    if (this.#listening === 0) this.#judge();
    return this.#current;
  };

  readonly subscribe = (listener: () => void): (() => void) => {
    const unsubscribe = this.#listeners.subscribe(listener);
    this.#listening += 1;
    if (this.#listening === 1) {
      this.#stopFollowing = this.#store.subscribe(this.#schedule);
      // Changes made while nobody listened.
      this.#schedule();
    }
    let subscribed = true;
    return () => {
      if (!subscribed) return;
      subscribed = false;
      unsubscribe();
      this.#listening -= 1;
      if (this.#listening === 0) {
        this.#stopFollowing?.();
        this.#stopFollowing = undefined;
        this.#cancelPending?.();
        this.#cancelPending = undefined;
      }
    };
  };

  /** Judges now what is waiting: for callers acting on the values at once (a click), not for rendering. */
  flush(): Checked {
    this.#cancelPending?.();
    this.#cancelPending = undefined;
    if (this.#judge()) this.#listeners.tell();
    return this.#current;
  }

  readonly #schedule = () => {
    if (this.#cancelPending || this.#store.getState() === this.#judged) return;
    this.#cancelPending = this.#later(() => {
      this.#cancelPending = undefined;
      if (this.#judge()) this.#listeners.tell();
    });
  };

  /** True when the published judgement changed. */
  #judge(): boolean {
    const session = this.#store.getState();
    if (session === this.#judged) return false;
    this.#judged = session;
    const check = selectValuesCheck(session, this.#chart);
    if (check === this.#current.check && session.text === this.#current.text) return false;
    this.#current = { check, text: session.text };
    return true;
  }
}

class Listeners extends Subscribable {
  tell(): void {
    this.notify();
  }
}

const checkedValuesKey = new MemoKey<CheckedValues>('the judgement of the session values, published after the paint');

/** The one CheckedValues of a session store and a chart, kept with the chart. */
export function checkedValuesOf(store: Store<Session, unknown>, chart: Chart): CheckedValues {
  return chart.memos.of(checkedValuesKey).get([store], () => new CheckedValues(store, chart));
}
