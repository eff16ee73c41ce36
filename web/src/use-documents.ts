// The collection's documents by id, loaded once (and again after an ingest), so that
// pages can name the outlet and date behind each statement.
import { useEffect, useState } from 'preact/hooks';
import { apiGet } from './api-client.ts';
import type { DocumentSummary, Page } from './api-types.ts';

/** At most this many pages of 1000 documents are read for names and outlets. */
const MAX_PAGES = 20;

let loading: Promise<ReadonlyMap<string, DocumentSummary>> | undefined;

async function loadAll(): Promise<ReadonlyMap<string, DocumentSummary>> {
  const byId = new Map<string, DocumentSummary>();
  let cursor: string | undefined;
  for (let i = 0; i < MAX_PAGES; i++) {
    const page = await apiGet<Page<DocumentSummary>>('/api/documents', { limit: 1000, cursor });
    for (const d of page.items) byId.set(d.id, d);
    cursor = page.next;
    if (!cursor) break;
  }
  return byId;
}

/** Forget the loaded documents (after an ingest). */
export function invalidateDocuments(): void {
  loading = undefined;
}

export function useDocuments(): ReadonlyMap<string, DocumentSummary> | undefined {
  const [docs, setDocs] = useState<ReadonlyMap<string, DocumentSummary>>();
  useEffect(() => {
    let live = true;
    const p = (loading ??= loadAll());
    p.then(
      (d) => live && setDocs(d),
      () => {
        loading = undefined;
        if (live) setDocs(new Map());
      },
    );
    return () => {
      live = false;
    };
  }, []);
  return docs;
}

/** The outlet of a document: its publisher, else its name. */
export function outletOf(docs: ReadonlyMap<string, DocumentSummary> | undefined, docId: string, fallback: string): string {
  const d = docs?.get(docId);
  return d?.publisher ?? d?.name ?? fallback;
}
