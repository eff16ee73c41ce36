/**
 * What a store holds, as SHA-256 hashes of canonical JSON, one per part of the ledger:
 * for telling that two stores filled by different routes (inline ingest into SQLite, a
 * queue drained by several PostgreSQL workers, a run whose workers were killed) hold the
 * same ledger. Unlike store-digest.ts, which proves a moved store lost nothing, it leaves
 * out when each document was added, which differs between any two runs.
 */
import { createHash } from 'node:crypto';
import type { MovableStore, Page, PageRequest } from '../store/store.ts';
import { allPages } from './all-pages.ts';
import { canonicalJson, sortedLinks } from './store-digest.ts';

export interface LedgerDigest {
  readonly counts: { readonly documents: number; readonly attributions: number; readonly figures: number; readonly entities: number; readonly claims: number };
  /** Each part's hash: documents (summary less addedAt, and analysis, in listing order), the listings, the links. */
  readonly hashes: { readonly documents: string; readonly attributions: string; readonly figures: string; readonly entities: string; readonly claims: string; readonly links: string };
}

/** Hashes every item of a listing, page by page, in order; returns the hash and the count. */
async function hashListing<T>(list: (p: PageRequest) => Promise<Page<T>>, each: (item: T) => unknown = (x) => x): Promise<{ hash: string; count: number }> {
  const hash = createHash('sha256');
  let count = 0;
  let cursor: string | undefined;
  do {
    const page = await list({ limit: 1000, ...(cursor === undefined ? {} : { cursor }) });
    for (const item of page.items) {
      hash.update(`${canonicalJson(each(item))}\n`);
      count++;
    }
    cursor = page.next;
  } while (cursor !== undefined);
  return { hash: hash.digest('hex'), count };
}

export async function ledgerDigest(store: MovableStore): Promise<LedgerDigest> {
  // Each document's summary (less addedAt) and analysis, read one at a time in listing order.
  const analyses = createHash('sha256');
  const documents = await hashListing(
    (p) => store.listDocuments(p),
    ({ addedAt: _addedAt, ...summary }) => summary,
  );
  for (const { id } of await allPages((p) => store.listDocuments(p), 1000)) analyses.update(`${canonicalJson(await store.getDocument(id))}\n`);
  const attributions = await hashListing((p) => store.attributions(p));
  const figures = await hashListing((p) => store.figures(p));
  const entities = await hashListing((p) => store.entities(p));
  const claims = await hashListing((p) => store.claims(p));
  return {
    counts: { documents: documents.count, attributions: attributions.count, figures: figures.count, entities: entities.count, claims: claims.count },
    hashes: {
      documents: createHash('sha256').update(`${documents.hash} ${analyses.digest('hex')}`).digest('hex'),
      attributions: attributions.hash,
      figures: figures.hash,
      entities: entities.hash,
      claims: claims.hash,
      links: createHash('sha256').update(canonicalJson(sortedLinks(await store.links()))).digest('hex'),
    },
  };
}
