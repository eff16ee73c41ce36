import type { CustodyEntry } from '../archive/custody-entry.ts';
import type { Span } from '../domain/span.ts';
import { NotFoundError } from '../domain/errors.ts';
import type { AttributionRow, Store, StoredDocument } from '../store/store.ts';
import type { CustodyIndex } from './custody-index.ts';

export interface DocumentDetail {
  readonly document: StoredDocument['document'];
  readonly boilerplate: readonly Span[];
  /** As linking named their speakers (with the entity), each with its index in the document. */
  readonly attributions: readonly (AttributionRow & { readonly index: number })[];
  readonly figures: StoredDocument['figures'];
  readonly dates: StoredDocument['dates'];
  readonly entities: StoredDocument['entities'];
  readonly diagnostics: StoredDocument['diagnostics'];
  readonly copyOf?: { readonly sourceId: string; readonly similarity: number; readonly exact: boolean };
  /** Where the original came from, and every custody entry about it (empty without an archive). */
  readonly capture: {
    readonly sha256: string;
    readonly url?: string;
    readonly uri: string;
    readonly capturedAt?: string;
    readonly archived: boolean;
    readonly custody: readonly CustodyEntry[];
  };
}

/** One document with all the ledger knows of it, for its page. */
export async function documentDetail(store: Store, custody: CustodyIndex | undefined, id: string): Promise<DocumentDetail> {
  const d = await store.getDocument(id);
  if (!d) throw new NotFoundError(`no document ${id}`);
  const rows: AttributionRow[] = [];
  let cursor: string | undefined;
  do {
    const page = await store.attributions({ docId: id, limit: 1000, ...(cursor ? { cursor } : {}) });
    rows.push(...page.items);
    cursor = page.next;
  } while (cursor);
  const copyOf = await store.copyOf(id);
  const entries = custody ? await custody.entriesOf(id) : [];
  const doc = d.document;
  return {
    document: doc,
    boilerplate: d.boilerplate,
    attributions: rows.map((r, index) => ({ ...r, index })),
    figures: d.figures,
    dates: d.dates,
    entities: d.entities,
    diagnostics: d.diagnostics,
    ...(copyOf ? { copyOf } : {}),
    capture: {
      sha256: doc.id,
      uri: doc.uri,
      ...(doc.url ? { url: doc.url } : {}),
      ...(doc.capturedAt ? { capturedAt: doc.capturedAt } : {}),
      archived: entries.some((e) => e.action === 'capture' || e.action === 'import'),
      custody: entries,
    },
  };
}
