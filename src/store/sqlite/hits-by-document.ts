/**
 * Search without speaker or stance filter, driven by documents. Every document that
 * matches is a hit, and an attribution can only match where its document does (its
 * content is part of the text), so the N + 1 hits that fill a page of N and tell
 * whether another follows lie within the next N + 2 matching documents (the first may
 * be the cursor's own, with nothing left). Only those are taken from the documents
 * index (in order: a cheap sort of document keys), and their attributions are tested
 * in memory (has-terms.ts, which agrees with the attributions index).
 * Asking the attributions index instead would walk every matching attribution in the
 * store, which for a common word is most of them.
 */
import type { SQLInputValue } from 'node:sqlite';
import { z } from 'zod';
import { hasTerms } from '../has-terms.ts';
import type { SearchTerm } from '../search-terms.ts';
import { keysetAfter } from './keyset-after.ts';
import type { SortColumn } from './keyset-after.ts';
import { parseRow } from './parse-row.ts';
import type { SearchConditions } from './search-conditions.ts';
import { DOCUMENT_HIT } from './search-cursor.ts';
import type { SearchKey } from './search-cursor.ts';
import type { StatementCache } from './statement-cache.ts';

const ORDER: readonly SortColumn[] = [
  { expr: 'd.pub_key', desc: true },
  { expr: 'd.name' },
  { expr: 'd.seq' },
];

const documentRow = z.object({ pub_key: z.string(), doc_name: z.string(), doc_seq: z.int() });
const attributionRow = z.object({ doc_seq: z.int(), idx: z.int(), content_text: z.string() });

const ATTRIBUTIONS_OF = `SELECT doc_seq, idx, content_text FROM attributions
  WHERE doc_seq IN (SELECT value FROM json_each(?)) ORDER BY doc_seq, idx`;

/** A term this common is found faster walking documents in order than sorting its matches. */
const COMMON = 500;

/**
 * Whether at least COMMON documents match. A rare term's matches are few and cheap to
 * sort; a common term's ("budget" in a tenth of 100,000 documents) cost ~12 ms to sort,
 * while the first page lies within the first few hundred documents in order (~3 ms).
 */
function common(sql: StatementCache, match: string): boolean {
  const row = sql('SELECT count(*) AS n FROM (SELECT 1 FROM documents_fts WHERE documents_fts MATCH ? LIMIT ?)').get(match, COMMON) as { n?: unknown } | undefined;
  return Number(row?.n ?? 0) >= COMMON;
}

/** Every matching document, sorted: for rare terms. The CROSS JOIN starts from the full-text index. */
function sortMatches(where: readonly string[]): string {
  return `SELECT d.pub_key, d.name AS doc_name, d.seq AS doc_seq
     FROM documents_fts CROSS JOIN documents d ON d.seq = documents_fts.rowid
     WHERE ${where.join(' AND ')} ORDER BY d.pub_key DESC, d.name, d.seq LIMIT ?`;
}

/** Documents in order, each checked against the set of matches: for common terms. */
function walkInOrder(where: readonly string[]): string {
  const [, ...rest] = where;
  return `SELECT d.pub_key, d.name AS doc_name, d.seq AS doc_seq
     FROM documents d INDEXED BY documents_order
     WHERE ${['d.seq IN (SELECT rowid FROM documents_fts WHERE documents_fts MATCH ?)', ...rest].join(' AND ')}
     ORDER BY d.pub_key DESC, d.name, d.seq LIMIT ?`;
}

/** Up to `limit + 1` hits after the cursor's key `after`, in order. */
export function hitsByDocument(
  sql: StatementCache,
  match: string,
  terms: readonly SearchTerm[],
  filters: SearchConditions,
  after: SearchKey | undefined,
  limit: number,
): SearchKey[] {
  const where = ['documents_fts MATCH ?', ...filters.where];
  const params: SQLInputValue[] = [match, ...filters.params];
  if (after) {
    // From the cursor's own document on (seq - 1 makes "after" inclusive), since
    // hits on its attributions may remain.
    const from = keysetAfter(ORDER, [after.pubKey, after.docName, after.docSeq - 1]);
    where.push(from.sql);
    params.push(...from.params);
  }
  const docs = sql(common(sql, match) ? walkInOrder(where) : sortMatches(where))
    .all(...params, limit + 2)
    .map((r) => parseRow(documentRow, r, 'document'));
  const matching = new Map<number, number[]>();
  const rows = sql(ATTRIBUTIONS_OF).all(JSON.stringify(docs.map((d) => d.doc_seq)));
  for (const row of rows) {
    const a = parseRow(attributionRow, row, 'attribution');
    if (!hasTerms(a.content_text, terms)) continue;
    const list = matching.get(a.doc_seq) ?? [];
    list.push(a.idx);
    matching.set(a.doc_seq, list);
  }
  const hits: SearchKey[] = [];
  for (const d of docs) {
    for (const aidx of [DOCUMENT_HIT, ...(matching.get(d.doc_seq) ?? [])]) {
      if (after && d.doc_seq === after.docSeq && aidx <= after.aidx) continue;
      hits.push({ pubKey: d.pub_key, docName: d.doc_name, docSeq: d.doc_seq, aidx });
      if (hits.length > limit) return hits;
    }
  }
  return hits;
}
