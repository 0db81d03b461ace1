import { Subscribable } from '@/core/observable/Subscribable';

/** A minimal external store: React reads it through useSyncExternalStore, anything else through getState. */
export interface Store<State, Action> {
  getState(): State;
  dispatch(action: Action): void;
  subscribe(listener: () => void): () => void;
}

export function createStore<State, Action>(reducer: (state: State, action: Action) => State, initial: State): Store<State, Action> {
  return new ReducerStore(reducer, initial);
}

/** Listeners hear of a change only when the reducer returns a new state. */
class ReducerStore<State, Action> extends Subscribable implements Store<State, Action> {
  #state: State;
  readonly #reducer: (state: State, action: Action) => State;

  constructor(reducer: (state: State, action: Action) => State, initial: State) {
    super();
    this.#reducer = reducer;
    this.#state = initial;
  }

  readonly getState = (): State => this.#state;

  readonly dispatch = (action: Action): void => {
    const next = this.#reducer(this.#state, action);
    if (next === this.#state) return;
    this.#state = next;
    this.notify();
  };
}
