/**
 * Search with a speaker or stance filter: only attributions can be hits. One query asks
 * for the next attributions in listing order whose words match and whose speaker,
 * stance, publisher and date fit. PostgreSQL's planner chooses between the two ways the
 * SQLite store picks by hand (../sqlite/hits-by-attribution.ts): for rare words, the
 * GIN index and a sort of its few matches; for common ones, walking an ordering index
 * (attributions_speaker_match when there is a speaker) and testing each row's words.
 * When a term has several words, each row is also checked for the words standing
 * together (has-terms.ts), and a batch that loses rows to the check is followed by the next.
 */
import { z } from 'zod';
import { hasTerms } from '../has-terms.ts';
import type { SearchTerm } from '../search-terms.ts';
import { speakerKey } from '../speaker-key.ts';
import { keysetAfter } from './keyset-after.ts';
import type { SortColumn } from './keyset-after.ts';
import { parseRow } from './parse-row.ts';
import type { Queryable } from './pg-pool.ts';
import type { SearchKey } from './search-cursor.ts';
import { sqlParams } from './sql-params.ts';
import type { SqlParams } from './sql-params.ts';
import type { TsQuery } from './ts-query.ts';

const ORDER: readonly SortColumn[] = [
  { expr: 'a.pub_key', desc: true },
  { expr: 'a.doc_name' },
  { expr: 'a.doc_seq' },
  { expr: 'a.idx' },
];

const keyRow = z.object({
  pub_key: z.string(),
  doc_name: z.string(),
  doc_seq: z.int(),
  idx: z.int(),
  content_text: z.string().optional(),
});

/** Up to `limit + 1` hits after `start`, in order. `filters` adds the publisher and date conditions. */
export async function hitsByAttribution(
  db: Queryable,
  ts: TsQuery,
  terms: readonly SearchTerm[],
  query: { readonly speaker?: string; readonly stance?: string },
  filters: (p: SqlParams) => string[],
  start: SearchKey | undefined,
  limit: number,
): Promise<SearchKey[]> {
  const hits: SearchKey[] = [];
  const batch = limit + 1;
  // A cursor left on a document's own hit (aidx -1) goes on with its attribution 0.
  let from: readonly unknown[] | undefined = start && [start.pubKey, start.docName, start.docSeq, start.aidx];
  for (;;) {
    const p = sqlParams();
    const where = [`w.words @@ ${p.add(ts.query)}::tsquery`, ...filters(p)];
    // The linked speaker once linking ran, else the document's own (see migrations.ts).
    if (query.speaker !== undefined) where.push(`a.speaker_match = ${p.add(speakerKey(query.speaker))}`);
    if (query.stance !== undefined) where.push(`a.stance = ${p.add(query.stance)}`);
    if (from) where.push(keysetAfter(ORDER, from, p));
    const rows = (
      await db.query(
        `SELECT a.pub_key, a.doc_name, a.doc_seq, a.idx ${ts.phrases ? ', a.content_text' : ''}
         FROM attributions a JOIN attribution_words w ON w.doc_seq = a.doc_seq AND w.idx = a.idx
         WHERE ${where.join(' AND ')}
         ORDER BY a.pub_key DESC, a.doc_name, a.doc_seq, a.idx LIMIT ${p.add(batch)}`,
        p.values,
      )
    ).map((r) => parseRow(keyRow, r, 'attribution'));
    for (const r of rows) {
      if (ts.phrases && !hasTerms(r.content_text ?? '', terms)) continue;
      hits.push({ pubKey: r.pub_key, docName: r.doc_name, docSeq: r.doc_seq, aidx: r.idx });
      if (hits.length > limit) return hits;
    }
    const last = rows[rows.length - 1];
    if (rows.length < batch || last === undefined) return hits;
    from = [last.pub_key, last.doc_name, last.doc_seq, last.idx];
  }
}
