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
  let request: FieldRequest | undefined;
  let serial = 0;
  const listeners = new Set<() => void>();
  return {
    open(pointer) {
      serial += 1;
      request = { pointer, serial };
      for (const listener of [...listeners]) listener();
    },
    current: () => request,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
