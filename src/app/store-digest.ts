/**
 * A store's whole contents as counts and SHA-256 hashes, for telling that a moved store
 * lost nothing without holding two stores in memory. Every value is hashed as canonical
 * JSON (keys sorted, lists in a fixed order), so that two stores holding the same things
 * hash alike whatever their database: per document, its summary as listDocuments gives
 * it (with addedAt, copyOf, event and story) and its StoredDocument as getDocument gives
 * it; the documents as a whole, in listing order; the links as links() gives them, each
 * list sorted; the overrides in the order they were made.
 */
import { createHash } from 'node:crypto';
import type {
  DocumentSummary,
  EntityOverride,
  MovableStore,
  StoredDocument,
  StoredLinks,
  StoreStats,
} from '../store/store.ts';

export interface DocumentDigest {
  /** Of the StoredDocument. */
  readonly stored: string;
  /** Of the summary without addedAt: what a document that was there already must still match. */
  readonly listed: string;
}

export interface StoreDigest {
  /** Counted from the documents read, as stats() counts. */
  readonly stats: StoreStats;
  /** Of every document's id, summary and StoredDocument, in listing order. */
  readonly documents: string;
  readonly perDocument: ReadonlyMap<string, DocumentDigest>;
  readonly links: string;
  /** Each override as canonical JSON, in order. */
  readonly overrides: readonly string[];
  readonly overridesHash: string;
}

/** `value` as JSON with every object's keys sorted; absent (undefined) properties left out as JSON does. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v === null || typeof v !== 'object' || Array.isArray(v)) return v;
    const sorted: Record<string, unknown> = {};
    for (const k of Object.keys(v).sort()) sorted[k] = (v as Record<string, unknown>)[k];
    return sorted;
  });
}

const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

/** `links` with every list in one order, whatever order a store gives them in. */
export function sortedLinks(links: StoredLinks): StoredLinks {
  const by =
    <T>(key: (t: T) => string) =>
    (a: T, b: T) =>
      key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0;
  const pad = (n: number) => String(n).padStart(10, '0');
  return {
    entities: [...links.entities].sort(by((e) => e.id)),
    members: [...links.members].sort(by((m) => `${m.docId}#${pad(m.local)}`)),
    speakers: [...links.speakers].sort(by((s) => `${s.docId}#${pad(s.index)}`)),
    claims: [...links.claims].sort(by((c) => c.id)),
    copies: [...links.copies].sort(by((c) => c.docId)),
    events: [...links.events].sort(by((e) => e.docId)),
  };
}

/** Builds a digest from documents handed over one at a time, in listing order. */
function builder() {
  const hash = createHash('sha256');
  const perDocument = new Map<string, DocumentDigest>();
  const stats = { documents: 0, attributions: 0, figures: 0, mentions: 0 };
  return {
    add(summary: DocumentSummary, stored: StoredDocument): void {
      const { addedAt: _addedAt, ...listed } = summary;
      const digest = { stored: sha256(canonicalJson(stored)), listed: sha256(canonicalJson(listed)) };
      perDocument.set(summary.id, digest);
      hash.update(`${summary.id} ${sha256(canonicalJson(summary))} ${digest.stored}\n`);
      stats.documents++;
      stats.attributions += stored.attributions.length;
      stats.figures += stored.figures.length;
      stats.mentions += stored.mentions.length;
    },
    finish(links: StoredLinks, overrides: readonly EntityOverride[]): StoreDigest {
      const each = overrides.map(canonicalJson);
      return {
        stats: { ...stats },
        documents: hash.digest('hex'),
        perDocument,
        links: sha256(canonicalJson(sortedLinks(links))),
        overrides: each,
        overridesHash: sha256(each.join('\n')),
      };
    },
  };
}

/** Every document of `store`, in listing order, with its summary; `onDocument` sees each. */
async function* documentsOf(store: MovableStore): AsyncGenerator<[DocumentSummary, StoredDocument]> {
  let cursor: string | undefined;
  do {
    const page = await store.listDocuments({ limit: 500, ...(cursor === undefined ? {} : { cursor }) });
    for (const summary of page.items) {
      const stored = await store.getDocument(summary.id);
      if (stored !== undefined) yield [summary, stored];
    }
    cursor = page.next;
  } while (cursor !== undefined);
}

export const storeDigest = {
  builder,
  documentsOf,
  /** The digest of `store` as it stands; `onProgress` gets the number of documents read so far. */
  async of(store: MovableStore, onProgress?: (done: number) => void): Promise<StoreDigest> {
    const digest = builder();
    let done = 0;
    for await (const [summary, stored] of documentsOf(store)) {
      digest.add(summary, stored);
      onProgress?.(++done);
    }
    return digest.finish(await store.links(), await store.overrides());
  },
};
