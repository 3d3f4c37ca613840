// A typed event bus: one channel per key of an event map, each with its own argument list. The runtime
// (../runtime.ts) owns one per mock state and makes every subscription to it, so who reacts to what is
// written in one place.

/** An event map: channel name → the arguments its listeners receive. */
export type EventMap<M> = { [K in keyof M]: readonly unknown[] };

export interface Bus<M extends EventMap<M>> {
  /** Adds a listener to a channel; listeners run in the order they were added. */
  on<K extends keyof M>(channel: K, listener: (...args: M[K]) => void): void;
  /** Calls every listener of the channel, synchronously, in order. */
  emit<K extends keyof M>(channel: K, ...args: M[K]): void;
}

type AnyListener = (...args: readonly unknown[]) => void;

export function createBus<M extends EventMap<M>>(): Bus<M> {
  const channels = new Map<keyof M, AnyListener[]>();
  return {
    on(channel, listener) {
      let listeners = channels.get(channel);
      if (!listeners) {
        listeners = [];
        channels.set(channel, listeners);
      }
      listeners.push(listener as unknown as AnyListener);
    },
    emit(channel, ...args) {
      const listeners = channels.get(channel);
      if (listeners) for (const listener of listeners) listener(...args);
    },
  };
}
