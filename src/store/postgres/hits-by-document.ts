/**
 * Search without speaker or stance filter, driven by documents, as in the SQLite store
 * (see ../sqlite/hits-by-document.ts for why): every document that matches is a hit, and
 * an attribution can only match where its document does, so the hits of a page lie
 * within the next few matching documents, taken from the GIN index in listing order;
 * their attributions are tested in memory (has-terms.ts). When a term has several words
 * the index only knows each word is there, so each document is then checked for the
 * words standing together (match-terms.ts), and a batch that loses documents to the
 * check is followed by the next.
 */
import { z } from 'zod';
import { hasTerms } from '../has-terms.ts';
import type { SearchTerm } from '../search-terms.ts';
import { keysetAfter } from './keyset-after.ts';
import type { SortColumn } from './keyset-after.ts';
import { matchTerms } from './match-terms.ts';
import { parseRow } from './parse-row.ts';
import type { Queryable } from './pg-pool.ts';
import { DOCUMENT_HIT } from './search-cursor.ts';
import type { SearchKey } from './search-cursor.ts';
import { sqlParams } from './sql-params.ts';
import type { SqlParams } from './sql-params.ts';
import type { TsQuery } from './ts-query.ts';

const ORDER: readonly SortColumn[] = [
  { expr: 'd.pub_key', desc: true },
  { expr: 'd.name' },
  { expr: 'd.seq' },
];

const documentRow = z.object({
  pub_key: z.string(),
  doc_name: z.string(),
  doc_seq: z.int(),
  title: z.string().nullable().optional(),
  text: z.string().optional(),
});
const attributionRow = z.object({ doc_seq: z.int(), idx: z.int(), content_text: z.string() });

const ATTRIBUTIONS_OF = `SELECT doc_seq, idx, content_text FROM attributions
  WHERE doc_seq = ANY($1::int[]) ORDER BY doc_seq, idx`;

/** Per document: the indexes of its attributions whose content holds every term. */
async function matchingAttributions(
  db: Queryable,
  docSeqs: readonly number[],
  terms: readonly SearchTerm[],
): Promise<Map<number, number[]>> {
  const matching = new Map<number, number[]>();
  if (docSeqs.length === 0) return matching;
  for (const row of await db.query(ATTRIBUTIONS_OF, [docSeqs])) {
    const a = parseRow(attributionRow, row, 'attribution');
    if (!hasTerms(a.content_text, terms)) continue;
    const list = matching.get(a.doc_seq) ?? [];
    list.push(a.idx);
    matching.set(a.doc_seq, list);
  }
  return matching;
}

/** Up to `limit + 1` hits after the cursor's key `after`, in order. `filters` adds the publisher and date conditions. */
export async function hitsByDocument(
  db: Queryable,
  ts: TsQuery,
  terms: readonly SearchTerm[],
  filters: (p: SqlParams) => string[],
  after: SearchKey | undefined,
  limit: number,
): Promise<SearchKey[]> {
  const hits: SearchKey[] = [];
  const batch = limit + 2;
  // From the cursor's own document on (seq - 1 makes "after" inclusive), since hits on
  // its attributions may remain.
  let from: readonly unknown[] | undefined = after && [after.pubKey, after.docName, after.docSeq - 1];
  for (;;) {
    const p = sqlParams();
    const where = [`d.words @@ ${p.add(ts.query)}::tsquery`, ...filters(p)];
    if (from) where.push(keysetAfter(ORDER, from, p));
    const rows = (
      await db.query(
        `SELECT d.pub_key, d.name AS doc_name, d.seq AS doc_seq ${ts.phrases ? ', d.title, t.text' : ''}
         FROM documents d ${ts.phrases ? 'JOIN document_texts t ON t.seq = d.seq' : ''}
         WHERE ${where.join(' AND ')} ORDER BY d.pub_key DESC, d.name, d.seq LIMIT ${p.add(batch)}`,
        p.values,
      )
    ).map((r) => parseRow(documentRow, r, 'document'));
    const docs = ts.phrases ? rows.filter((r) => matchTerms([r.text ?? '', r.title ?? null], terms)) : rows;
    const matching = await matchingAttributions(
      db,
      docs.map((d) => d.doc_seq),
      terms,
    );
    for (const d of docs) {
      for (const aidx of [DOCUMENT_HIT, ...(matching.get(d.doc_seq) ?? [])]) {
        if (after && d.doc_seq === after.docSeq && aidx <= after.aidx) continue;
        hits.push({ pubKey: d.pub_key, docName: d.doc_name, docSeq: d.doc_seq, aidx });
        if (hits.length > limit) return hits;
      }
    }
    const last = rows[rows.length - 1];
    if (rows.length < batch || last === undefined) return hits;
    from = [last.pub_key, last.doc_name, last.doc_seq];
  }
}
