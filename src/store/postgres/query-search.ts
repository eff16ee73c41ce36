/**
 * Full-text search over article text (title and body) and attribution content, with the
 * SQLite store's semantics (see ../sqlite/query-search.ts): every word must occur, in
 * any case; hits in listing order, a document's own hit before its attributions'; with a
 * speaker or stance filter, attribution hits only. The sort keys of a page are found
 * first (hits-by-document.ts, hits-by-attribution.ts); then the hits on the page are
 * read in full, two queries for the whole page, for their snippets.
 */
import { z } from 'zod';
import { pageOf } from '../page-of.ts';
import { pageSize } from '../page-size.ts';
import { publishedRange } from '../published-range.ts';
import { searchTerms } from '../search-terms.ts';
import type { SearchTerm } from '../search-terms.ts';
import { snippetAround } from '../snippet-around.ts';
import type { Page, SearchHit, SearchQuery } from '../store.ts';
import { hitsByAttribution } from './hits-by-attribution.ts';
import { hitsByDocument } from './hits-by-document.ts';
import { opt } from '../opt.ts';
import { parseRow } from './parse-row.ts';
import type { Queryable } from './pg-pool.ts';
import { searchConditions } from './search-conditions.ts';
import { DOCUMENT_HIT, searchCursor } from './search-cursor.ts';
import type { SearchKey } from './search-cursor.ts';
import { tsQuery } from './ts-query.ts';

const documentHitRow = z.object({
  doc_seq: z.int(),
  id: z.string(),
  title: z.string().nullable(),
  published: z.string().nullable(),
  text: z.string(),
});
const attributionHitRow = documentHitRow.extend({
  idx: z.int(),
  content_start: z.int(),
  content_end: z.int(),
});

const DOCUMENT_HITS = `SELECT d.seq AS doc_seq, d.id, d.title, d.published, t.text
  FROM documents d JOIN document_texts t ON t.seq = d.seq WHERE d.seq = ANY($1::int[])`;
const ATTRIBUTION_HITS = `SELECT a.doc_seq, a.idx, d.id, d.title, d.published, a.content_text AS text,
    a.content_start, a.content_end
  FROM unnest($1::int[], $2::int[]) k(doc_seq, idx)
  JOIN attributions a ON a.doc_seq = k.doc_seq AND a.idx = k.idx JOIN documents d ON d.seq = a.doc_seq`;

/** The hits of `keys`, in their order, with snippets. */
async function hitsFor(
  db: Queryable,
  keys: readonly SearchKey[],
  terms: readonly SearchTerm[],
): Promise<Map<SearchKey, SearchHit>> {
  const docKeys = keys.filter((k) => k.aidx === DOCUMENT_HIT);
  const attKeys = keys.filter((k) => k.aidx !== DOCUMENT_HIT);
  const [docRows, attRows] = await Promise.all([
    docKeys.length === 0 ? [] : db.query(DOCUMENT_HITS, [docKeys.map((k) => k.docSeq)]),
    attKeys.length === 0
      ? []
      : db.query(ATTRIBUTION_HITS, [attKeys.map((k) => k.docSeq), attKeys.map((k) => k.aidx)]),
  ]);
  const docs = new Map(
    docRows.map((r) => parseRow(documentHitRow, r, 'document')).map((r) => [r.doc_seq, r]),
  );
  const atts = new Map(
    attRows
      .map((r) => parseRow(attributionHitRow, r, 'attribution'))
      .map((r) => [`${r.doc_seq}:${r.idx}`, r]),
  );
  const common = (key: SearchKey, r: z.infer<typeof documentHitRow>) => ({
    docId: r.id,
    docName: key.docName,
    ...opt('title', r.title),
    ...opt('published', r.published),
  });
  const hits = new Map<SearchKey, SearchHit>();
  for (const key of keys) {
    if (key.aidx === DOCUMENT_HIT) {
      const r = docs.get(key.docSeq);
      if (r === undefined) continue;
      // A document can match on its title alone; then the snippet comes from the title.
      const texts = r.title === null ? [r.text] : [r.text, r.title];
      hits.set(key, { ...common(key, r), field: 'document', snippet: snippetAround(texts, terms) });
      continue;
    }
    const r = atts.get(`${key.docSeq}:${key.aidx}`);
    if (r === undefined) continue;
    hits.set(key, {
      ...common(key, r),
      field: 'attribution',
      snippet: snippetAround([r.text], terms),
      attribution: key.aidx,
      span: { start: r.content_start, end: r.content_end },
    });
  }
  return hits;
}

export async function querySearch(db: Queryable, query: SearchQuery): Promise<Page<SearchHit>> {
  const limit = pageSize(query.limit);
  const range = publishedRange(query.from, query.to);
  const after = query.cursor === undefined ? undefined : searchCursor.decode(query.cursor);
  const terms = searchTerms(typeof query.text === 'string' ? query.text : '');
  const ts = tsQuery(terms);
  if (ts === undefined) return { items: [] };
  const keys =
    query.speaker === undefined && query.stance === undefined
      ? await hitsByDocument(
          db,
          ts,
          terms,
          (p) =>
            searchConditions(
              query.publisher,
              range,
              { pubKey: 'd.pub_key', publisherIs: (v) => `d.publisher = ${v}` },
              p,
            ),
          after,
          limit,
        )
      : await hitsByAttribution(
          db,
          ts,
          terms,
          query,
          (p) =>
            searchConditions(
              query.publisher,
              range,
              {
                pubKey: 'a.pub_key',
                publisherIs: (v) => `a.doc_seq IN (SELECT seq FROM documents WHERE publisher = ${v})`,
              },
              p,
            ),
          after,
          limit,
        );
  const hits = await hitsFor(db, keys.slice(0, limit), terms);
  return pageOf(keys, limit, (k) => hits.get(k) as SearchHit, searchCursor.encode);
}
