/**
 * Full-text search over article text (title and body) and attribution content: every
 * word must occur, in any case. Hits are ordered like every other listing (newest
 * document first, then name), a document's own hit before its attributions' hits in
 * document order; by date rather than relevance, because a relevance score changes as
 * documents are added, which would make cursors skip or repeat hits. Speaker and stance
 * belong to attributions, so with either filter only attribution hits are returned.
 * The sort keys of a page are found first (hits-by-document.ts, hits-by-attribution.ts);
 * only the hits on the page are then read in full, for their snippets.
 */
import { z } from 'zod';
import { pageOf } from '../page-of.ts';
import { pageSize } from '../page-size.ts';
import { publishedRange } from '../published-range.ts';
import { searchTerms } from '../search-terms.ts';
import type { SearchTerm } from '../search-terms.ts';
import { snippetAround } from '../snippet-around.ts';
import type { Page, SearchHit, SearchQuery } from '../store.ts';
import { ftsQuery } from './fts-query.ts';
import { hitsByAttribution } from './hits-by-attribution.ts';
import { hitsByDocument } from './hits-by-document.ts';
import { parseRow } from './parse-row.ts';
import { searchConditions } from './search-conditions.ts';
import { DOCUMENT_HIT, searchCursor } from './search-cursor.ts';
import type { SearchKey } from './search-cursor.ts';
import type { StatementCache } from './statement-cache.ts';

const documentHitRow = z.object({
  id: z.string(),
  title: z.string().nullable(),
  published: z.string().nullable(),
  text: z.string(),
});
const attributionHitRow = documentHitRow.extend({ content_start: z.int(), content_end: z.int() });

const DOCUMENT_HIT_SQL = `SELECT d.id, d.title, d.published, t.text
  FROM documents d JOIN document_texts t ON t.seq = d.seq WHERE d.seq = ?`;
const ATTRIBUTION_HIT_SQL = `SELECT d.id, d.title, d.published, a.content_text AS text, a.content_start, a.content_end
  FROM attributions a JOIN documents d ON d.seq = a.doc_seq WHERE a.doc_seq = ? AND a.idx = ?`;

function hitFor(sql: StatementCache, key: SearchKey, terms: readonly SearchTerm[]): SearchHit {
  const common = (r: z.infer<typeof documentHitRow>) => ({
    docId: r.id,
    docName: key.docName,
    ...(r.title === null ? {} : { title: r.title }),
    ...(r.published === null ? {} : { published: r.published }),
  });
  if (key.aidx === DOCUMENT_HIT) {
    const r = parseRow(documentHitRow, sql(DOCUMENT_HIT_SQL).get(key.docSeq), 'document');
    // A document can match on its title alone; then the snippet comes from the title.
    const texts = r.title === null ? [r.text] : [r.text, r.title];
    return { ...common(r), field: 'document', snippet: snippetAround(texts, terms) };
  }
  const r = parseRow(attributionHitRow, sql(ATTRIBUTION_HIT_SQL).get(key.docSeq, key.aidx), 'attribution');
  return {
    ...common(r),
    field: 'attribution',
    snippet: snippetAround([r.text], terms),
    attribution: key.aidx,
    span: { start: r.content_start, end: r.content_end },
  };
}

export function querySearch(sql: StatementCache, query: SearchQuery): Page<SearchHit> {
  const limit = pageSize(query.limit);
  const range = publishedRange(query.from, query.to);
  const after = query.cursor === undefined ? undefined : searchCursor.decode(query.cursor);
  const terms = searchTerms(typeof query.text === 'string' ? query.text : '');
  const match = ftsQuery(terms);
  if (match === undefined) return { items: [] };
  const keys =
    query.speaker === undefined && query.stance === undefined
      ? hitsByDocument(
          sql,
          match,
          terms,
          searchConditions(query.publisher, range, { pubKey: 'd.pub_key', publisherIs: 'd.publisher = ?' }),
          after,
          limit,
        )
      : hitsByAttribution(
          sql,
          match,
          terms,
          query,
          searchConditions(query.publisher, range, {
            pubKey: 'a.pub_key',
            publisherIs: 'a.doc_seq IN (SELECT seq FROM documents WHERE publisher = ?)',
          }),
          after,
          limit,
        );
  return pageOf(keys, limit, (k) => hitFor(sql, k, terms), searchCursor.encode);
}
