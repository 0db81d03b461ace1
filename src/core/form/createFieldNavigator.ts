import { Subscribable } from '../observable/Subscribable';

/** A request to show one value's field: the problem list and deep links ask, the form answers. */
interface FieldRequest {
  pointer: string;
  /** Distinguishes asking twice for the same field (the user scrolled away and clicked again). */
  serial: number;
}

export interface FieldNavigator {
  open(pointer: string): void;
  current(): FieldRequest | undefined;
  subscribe(listener: () => void): () => void;
}

export function createFieldNavigator(): FieldNavigator {
  return new FieldRequests();
}

class FieldRequests extends Subscribable implements FieldNavigator {
  #request: FieldRequest | undefined;
  #serial = 0;

  readonly open = (pointer: string): void => {
    this.#serial += 1;
    this.#request = { pointer, serial: this.#serial };
    this.notify();
  };

  readonly current = (): FieldRequest | undefined => this.#request;
}
