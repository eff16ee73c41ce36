/**
 * Search with a speaker or stance filter: only attributions can be hits. Two ways to
 * find a page, chosen by how many attributions the words match:
 * - few (under `probeCap`): take them all from the attributions index, filter, and sort
 *   them by the document sort key each attribution carries; the cost grows with the
 *   matches, which is fine while they are few;
 * - many: walk the attributions in listing order (through attributions_speaker_match
 *   when there is a speaker) and test each one's words in memory (has-terms.ts, which
 *   agrees with the index), until the page is full. Common words fill a page after a few hundred
 *   rows, where sorting every match would cost seconds on a large store. But words
 *   common in the store may be rare among one speaker's attributions, so the walk has
 *   a budget; past it, the index takes over from where the walk stopped.
 * Counting the matches up to the cap costs no more than the cheap way itself.
 */
import type { SQLInputValue } from 'node:sqlite';
import { z } from 'zod';
import { hasTerms } from '../has-terms.ts';
import type { SearchTerm } from '../search-terms.ts';
import { speakerKey } from '../speaker-key.ts';
import { keysetAfter } from './keyset-after.ts';
import type { SortColumn } from './keyset-after.ts';
import { parseRow } from './parse-row.ts';
import type { SearchConditions } from './search-conditions.ts';
import type { SearchKey } from './search-cursor.ts';
import type { StatementCache } from './statement-cache.ts';

export interface SearchTuning {
  /** Above this many matching attributions, walking in order beats sorting the matches. */
  readonly probeCap: number;
  /** Rows read per step of the walk, and how many steps it may take. */
  readonly walkBatch: number;
  readonly walkSteps: number;
}

/**
 * Chosen on 100,000 synthetic documents (2 million attributions): sorting 20,000 matches
 * takes some 25 ms there, and a walk of 8 steps of 500 rows about as long.
 */
const TUNING: SearchTuning = { probeCap: 20_000, walkBatch: 500, walkSteps: 8 };

const ORDER: readonly SortColumn[] = [
  { expr: 'a.pub_key', desc: true },
  { expr: 'a.doc_name' },
  { expr: 'a.doc_seq' },
  { expr: 'a.idx' },
];
const ORDER_BY = 'ORDER BY a.pub_key DESC, a.doc_name, a.doc_seq, a.idx';

const keyRow = z.object({ pub_key: z.string(), doc_name: z.string(), doc_seq: z.int(), idx: z.int() });
const walkRow = keyRow.extend({ content_text: z.string() });
const countRow = z.object({ n: z.int() });

const toKey = (r: z.infer<typeof keyRow>): SearchKey => ({
  pubKey: r.pub_key,
  docName: r.doc_name,
  docSeq: r.doc_seq,
  aidx: r.idx,
});

interface Filter {
  readonly where: string[];
  readonly params: SQLInputValue[];
}

function after(filter: Filter, key: SearchKey | undefined): Filter {
  if (key === undefined) return filter;
  // A cursor left on a document's own hit (aidx -1) goes on with its attribution 0.
  const from = keysetAfter(ORDER, [key.pubKey, key.docName, key.docSeq, key.aidx]);
  return { where: [...filter.where, from.sql], params: [...filter.params, ...from.params] };
}

function fromIndex(sql: StatementCache, match: string, filter: Filter, limit: number): SearchKey[] {
  // The CROSS JOIN keeps SQLite from starting anywhere but the full-text index.
  return sql(
    `SELECT a.pub_key, a.doc_name, a.doc_seq, a.idx
     FROM attributions_fts CROSS JOIN attributions a ON a.seq = attributions_fts.rowid
     WHERE ${['attributions_fts MATCH ?', ...filter.where].join(' AND ')} ${ORDER_BY} LIMIT ?`,
  )
    .all(match, ...filter.params, limit + 1)
    .map((r) => toKey(parseRow(keyRow, r, 'attribution')));
}

/** Hits found walking from `start`, and where the walk stopped if it ran out of budget. */
function byWalking(
  sql: StatementCache,
  terms: readonly SearchTerm[],
  filter: Filter,
  start: SearchKey | undefined,
  limit: number,
  tuning: SearchTuning,
): { readonly hits: SearchKey[]; readonly stoppedAt?: SearchKey } {
  const hits: SearchKey[] = [];
  let last = start;
  for (let steps = 0; steps < tuning.walkSteps; steps++) {
    const step = after(filter, last);
    const rows = sql(
      `SELECT a.pub_key, a.doc_name, a.doc_seq, a.idx, a.content_text FROM attributions a
       ${step.where.length > 0 ? `WHERE ${step.where.join(' AND ')}` : ''} ${ORDER_BY} LIMIT ?`,
    )
      .all(...step.params, tuning.walkBatch)
      .map((r) => parseRow(walkRow, r, 'attribution'));
    for (const row of rows) {
      if (!hasTerms(row.content_text, terms)) continue;
      hits.push(toKey(row));
      if (hits.length > limit) return { hits };
    }
    const end = rows[rows.length - 1];
    if (rows.length < tuning.walkBatch || end === undefined) return { hits };
    last = toKey(end);
  }
  return last === undefined ? { hits } : { hits, stoppedAt: last };
}

/** Up to `limit + 1` hits after `start`, in order. `tuning` is there for tests. */
export function hitsByAttribution(
  sql: StatementCache,
  match: string,
  terms: readonly SearchTerm[],
  query: { readonly speaker?: string; readonly stance?: string },
  conditions: SearchConditions,
  start: SearchKey | undefined,
  limit: number,
  tuning: SearchTuning = TUNING,
): SearchKey[] {
  const filter: Filter = { where: [...conditions.where], params: [...conditions.params] };
  if (query.speaker !== undefined) {
    // The linked speaker once linking ran, else the document's own (see migrations.ts).
    filter.where.push('a.speaker_match = ?');
    filter.params.push(speakerKey(query.speaker));
  }
  if (query.stance !== undefined) {
    filter.where.push('a.stance = ?');
    filter.params.push(query.stance);
  }
  const probe = sql(
    'SELECT count(*) AS n FROM (SELECT 1 FROM attributions_fts WHERE attributions_fts MATCH ? LIMIT ?)',
  ).get(match, tuning.probeCap);
  const { n } = parseRow(countRow, probe, 'count');
  if (n < tuning.probeCap) return fromIndex(sql, match, after(filter, start), limit);
  const walked = byWalking(sql, terms, filter, start, limit, tuning);
  if (walked.stoppedAt === undefined) return walked.hits;
  return [
    ...walked.hits,
    ...fromIndex(sql, match, after(filter, walked.stoppedAt), limit - walked.hits.length),
  ];
}
