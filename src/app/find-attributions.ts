import type { AttributionKind } from '../domain/attribution.ts';
import type { AttributionQuery, AttributionRow, Page, Store } from '../store/store.ts';
import { filteredPage } from './filtered-page.ts';
import { inPublishedRange } from './in-published-range.ts';

export interface AttributionFilters extends AttributionQuery {
  readonly kind?: AttributionKind;
  /** The outlet, compared exactly (as the Store's search compares it). */
  readonly publisher?: string;
  readonly from?: string;
  readonly to?: string;
}

/**
 * Attributions by every filter the ledger offers: speaker, entity, stance and document
 * through the Store's indexes, kind, outlet and date range over its pages (filtered-page.ts).
 */
export async function findAttributions(store: Store, q: AttributionFilters): Promise<Page<AttributionRow>> {
  const inRange = inPublishedRange(q.from, q.to);
  const tests: ((r: AttributionRow) => boolean)[] = [];
  if (q.kind !== undefined) tests.push((r) => r.kind === q.kind);
  if (q.publisher !== undefined) tests.push((r) => r.publisher === q.publisher);
  if (inRange) tests.push((r) => inRange(r.published));
  const base: AttributionQuery = {
    ...(q.speaker !== undefined ? { speaker: q.speaker } : {}),
    ...(q.entityId !== undefined ? { entityId: q.entityId } : {}),
    ...(q.stance !== undefined ? { stance: q.stance } : {}),
    ...(q.docId !== undefined ? { docId: q.docId } : {}),
  };
  return filteredPage(
    (p) => store.attributions({ ...base, ...p }),
    tests.length ? (rows) => rows.map((r) => tests.every((t) => t(r))) : undefined,
    { ...(q.limit !== undefined ? { limit: q.limit } : {}), ...(q.cursor !== undefined ? { cursor: q.cursor } : {}) },
    { listing: 'attributions' },
  );
}
