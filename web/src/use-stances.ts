// The stance (asserts, denies, …) of each statement behind a claim's positions, read from
// the statements of the documents involved, keyed by document and span.
import { useEffect, useState } from 'preact/hooks';
import { apiGet } from './api-client.ts';
import type { Attribution, Page, Span } from './api-types.ts';

/** Documents looked up per claim page at most (a claim with more shows no stance for the rest). */
const MAX_DOCS = 40;

export function stanceKey(docId: string, span: Span): string {
  return `${docId}:${span.start}:${span.end}`;
}

export function useStances(docIds: readonly string[]): ReadonlyMap<string, string> {
  const key = [...new Set(docIds)].sort().slice(0, MAX_DOCS).join(',');
  const [stances, setStances] = useState<ReadonlyMap<string, string>>(new Map());
  useEffect(() => {
    if (key === '') return;
    const abort = new AbortController();
    Promise.all(key.split(',').map((doc) => apiGet<Page<Attribution>>('/api/attributions', { doc, limit: 1000 }, abort.signal).catch(() => ({ items: [] as Attribution[] })))).then((pages) => {
      if (abort.signal.aborted) return;
      const m = new Map<string, string>();
      for (const p of pages) for (const a of p.items) m.set(stanceKey(a.docId, a.content), a.stance);
      setStances(m);
    });
    return () => abort.abort();
  }, [key]);
  return stances;
}
