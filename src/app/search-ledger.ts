import type { AttributionKind } from '../domain/attribution.ts';
import { NotFoundError } from '../domain/errors.ts';
import type { Page, SearchHit, SearchQuery, Store } from '../store/store.ts';
import { filteredPage } from './filtered-page.ts';

export interface LedgerSearch extends SearchQuery {
  /** Only statements by this collection entity. */
  readonly entityId?: string;
  readonly kind?: AttributionKind;
}

/**
 * Full-text search with every filter of the ledger. Speaker, stance, outlet and dates go
 * to the Store's search. An entity becomes a speaker filter on its canonical name (so the
 * Store's index does the work), and each hit is then checked to be that entity's (two
 * entities may share a name); a kind is checked likewise. With an entity, speaker, stance
 * or kind only attribution hits are returned. The checks read the attributions of the
 * hit's documents, one query per document on the page.
 */
export async function searchLedger(store: Store, q: LedgerSearch): Promise<Page<SearchHit>> {
  let speaker = q.speaker;
  if (q.entityId !== undefined) {
    const entity = await store.entity(q.entityId);
    if (!entity) throw new NotFoundError(`no entity ${q.entityId}`);
    speaker = entity.name;
  }
  const base: SearchQuery = {
    text: q.text,
    ...(speaker !== undefined ? { speaker } : {}),
    ...(q.stance !== undefined ? { stance: q.stance } : {}),
    ...(q.publisher !== undefined ? { publisher: q.publisher } : {}),
    ...(q.from !== undefined ? { from: q.from } : {}),
    ...(q.to !== undefined ? { to: q.to } : {}),
  };
  const check = q.entityId !== undefined || q.kind !== undefined;
  const keep = async (hits: readonly SearchHit[]): Promise<boolean[]> => {
    const wanted = new Map<string, Set<string>>();
    for (const docId of new Set(hits.filter((h) => h.field === 'attribution').map((h) => h.docId))) {
      // By document alone: with an entity too, SQLite walks the entity's index (all its statements) instead.
      const rows = await store.attributions({ docId, limit: 1000 });
      const fits = rows.items.filter((r) => (q.kind === undefined || r.kind === q.kind) && (q.entityId === undefined || r.entityId === q.entityId));
      wanted.set(docId, new Set(fits.map((r) => `${r.content.start}:${r.content.end}`)));
    }
    return hits.map((h) => h.field === 'attribution' && h.span !== undefined && (wanted.get(h.docId)?.has(`${h.span.start}:${h.span.end}`) ?? false));
  };
  return filteredPage(
    (p) => store.search({ ...base, ...p }),
    check ? keep : undefined,
    { ...(q.limit !== undefined ? { limit: q.limit } : {}), ...(q.cursor !== undefined ? { cursor: q.cursor } : {}) },
    // An entity's hits are almost all its name's hits: read little more than a page at a time.
    { listing: 'search', budget: 2000, ...(q.kind === undefined ? { chunk: (q.limit ?? 50) + 5 } : {}) },
  );
}
