// One page-wide value that React reads with useSyncExternalStore: the panel's stores (the first
// paint, the rule texts, the later parts' chunk) each hold a value that is set once it is known
// and tell their readers when it is.

export interface PublishedValue<T> {
  get: () => T;
  set: (value: T) => void;
  subscribe: (listener: () => void) => () => void;
}

export function publishedValue<T>(initial: T): PublishedValue<T> {
  let value = initial;
  const listeners = new Set<() => void>();
  return {
    get: () => value,
    set: (next) => {
      value = next;
      for (const listener of listeners) listener();
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
