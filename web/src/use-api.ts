// Loads an API answer for a component, again whenever the path or query changes, and
// drops an answer that arrives after the component moved on.
import { useCallback, useEffect, useState } from 'preact/hooks';
import { apiGet, type Query } from './api-client.ts';

export interface Loaded<T> {
  readonly data?: T;
  readonly error?: unknown;
  readonly loading: boolean;
  reload(): void;
}

export function useApi<T>(path: string | undefined, query: Query = {}): Loaded<T> {
  const key = path === undefined ? '' : `${path}?${JSON.stringify(query)}`;
  const [state, setState] = useState<{ key: string; data?: T; error?: unknown }>({ key: '' });
  const [tick, setTick] = useState(0);
  useEffect(() => {
    if (path === undefined) return;
    const abort = new AbortController();
    apiGet<T>(path, query, abort.signal).then(
      (data) => setState({ key, data }),
      (error: unknown) => {
        if (!abort.signal.aborted) setState({ key, error });
      },
    );
    return () => abort.abort();
    // the key stands for path and query
  }, [key, tick]);
  const reload = useCallback(() => setTick((t) => t + 1), []);
  const fresh = state.key === key;
  return { ...(fresh && state.data !== undefined ? { data: state.data } : {}), ...(fresh && state.error !== undefined ? { error: state.error } : {}), loading: path !== undefined && (!fresh || (state.data === undefined && state.error === undefined)), reload };
}
