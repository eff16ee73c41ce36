import { setImmediate as yieldToLoop } from 'node:timers/promises';
import type { Store } from '../store/store.ts';

/**
 * The same store, but every `every`-th call first lets the event loop run. The embedded
 * store answers synchronously, so a long job (ingest, link) awaiting it thousands of
 * times would otherwise never give the HTTP server a turn until it finished. A proxy,
 * so that every method of the Store interface, present and future, is passed on.
 */
export function yieldingStore(store: Store, every = 20): Store {
  let calls = 0;
  return new Proxy(store, {
    get(target, prop, receiver) {
      const value: unknown = Reflect.get(target, prop, receiver);
      if (typeof value !== 'function' || prop === 'close') return value;
      return async (...args: unknown[]) => {
        if (++calls % every === 0) await yieldToLoop();
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
}
