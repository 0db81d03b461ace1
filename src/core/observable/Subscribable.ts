/**
 * Listeners told when something changes: the one shape every store and signal here takes (the session store,
 * the form's field requests, chart files offered by a drop). Listeners are told in the order they subscribed;
 * one that unsubscribes while being told does not stop the others. `subscribe` is bound, so it can be handed
 * on as it is (`useSyncExternalStore(store.subscribe, …)`).
 */
export class Subscribable<Listener extends (...args: never[]) => void = () => void> {
  readonly #listeners = new Set<Listener>();

  readonly subscribe = (listener: Listener): (() => void) => {
    this.#listeners.add(listener);
    return () => {
      this.#listeners.delete(listener);
    };
  };

  protected notify(...args: Parameters<Listener>): void {
    for (const listener of [...this.#listeners]) listener(...args);
  }
}
