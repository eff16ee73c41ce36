import type { DocumentSummary, Page, PageRequest, Store } from '../store/store.ts';
import { filteredPage } from './filtered-page.ts';
import { inPublishedRange } from './in-published-range.ts';

export interface DocumentFilters extends PageRequest {
  readonly publisher?: string;
  readonly from?: string;
  readonly to?: string;
  readonly story?: string;
  readonly event?: string;
}

/** Documents in the Store's order, filtered by outlet, date range, story and event over its pages. */
export async function findDocuments(store: Store, q: DocumentFilters): Promise<Page<DocumentSummary>> {
  const inRange = inPublishedRange(q.from, q.to);
  const tests: ((d: DocumentSummary) => boolean)[] = [];
  if (q.publisher !== undefined) tests.push((d) => d.publisher === q.publisher);
  if (inRange) tests.push((d) => inRange(d.published));
  if (q.story !== undefined) tests.push((d) => d.story === q.story);
  if (q.event !== undefined) tests.push((d) => d.event === q.event);
  return filteredPage(
    (p) => store.listDocuments(p),
    tests.length ? (docs) => docs.map((d) => tests.every((t) => t(d))) : undefined,
    { ...(q.limit !== undefined ? { limit: q.limit } : {}), ...(q.cursor !== undefined ? { cursor: q.cursor } : {}) },
    { listing: 'documents' },
  );
}
