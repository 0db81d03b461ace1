/**
 * A value derived from inputs, kept until one of them changes. Inputs are compared by identity (`Object.is`):
 * the session's values, diagnostics and documents are replaced, never changed in place, so a new object is
 * the sign of a change. `keepIfEqual`, when given, also keeps the last value when a new one equals it, so
 * whoever compares by identity (React, a listener) sees no change.
 *
 * Only the last inputs are kept: every derived value here follows one current state (the session), and a
 * value for an older state is never asked for again.
 */
export class Memo<T> {
  #inputs: readonly unknown[] | undefined;
  #value: T | undefined;
  readonly #keepIfEqual: ((previous: T, next: T) => boolean) | undefined;

  constructor(keepIfEqual?: (previous: T, next: T) => boolean) {
    this.#keepIfEqual = keepIfEqual;
  }

  /** The last value while every input is the one it was derived from; otherwise `derive(previous)`'s. */
  get(inputs: readonly unknown[], derive: (previous: T | undefined) => T): T {
    const last = this.#inputs;
    if (last && last.length === inputs.length && last.every((input, index) => Object.is(input, inputs[index]))) return this.#value as T;
    const previous = this.#value;
    const next = derive(previous);
    const kept = last && this.#keepIfEqual ? this.#keepIfEqual(previous as T, next) : false;
    this.#inputs = inputs;
    if (!kept) this.#value = next;
    return this.#value as T;
  }
}

/** Names one derived value an object keeps in its `MemoTable`; the type says what the value is. */
export class MemoKey<T> {
  constructor(
    readonly description: string,
    readonly keepIfEqual?: (previous: T, next: T) => boolean,
  ) {}
}

/**
 * The derived values an object (a chart, a form's runtime) keeps for whoever asks, each under its key. The
 * values live and die with the object, so a module never holds one, and two charts never share one.
 */
export class MemoTable {
  readonly #memos = new Map<MemoKey<unknown>, Memo<unknown>>();

  of<T>(key: MemoKey<T>): Memo<T> {
    let memo = this.#memos.get(key as MemoKey<unknown>);
    if (!memo) {
      memo = new Memo<T>(key.keepIfEqual) as Memo<unknown>;
      this.#memos.set(key as MemoKey<unknown>, memo);
    }
    return memo as Memo<T>;
  }
}
