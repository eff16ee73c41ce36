/**
 * Both ways of finding attribution hits (sorting the index's matches, walking in order
 * and testing words in memory, and the walk handing over to the index when it runs out
 * of budget) must give the same hits in the same order, page after page. The store only
 * walks on large stores, so the thresholds are lowered here.
 */
import assert from 'node:assert/strict';
import { DatabaseSync } from 'node:sqlite';
import { after, before, describe, it } from 'node:test';
import { storyDocuments } from '../contract-fixtures.ts';
import { syntheticDocuments } from '../contract/synthetic-documents.ts';
import { publishedRange } from '../published-range.ts';
import { searchTerms } from '../search-terms.ts';
import type { Stance } from '../../domain/stance.ts';
import { applyMigrations } from './apply-migrations.ts';
import { ftsQuery } from './fts-query.ts';
import { hitsByAttribution } from './hits-by-attribution.ts';
import type { SearchTuning } from './hits-by-attribution.ts';
import { migrations } from './migrations.ts';
import { searchConditions } from './search-conditions.ts';
import type { SearchKey } from './search-cursor.ts';
import { statementCache } from './statement-cache.ts';
import type { StatementCache } from './statement-cache.ts';
import { writeStoredDocument } from './write-stored-document.ts';

const TUNINGS: Record<string, SearchTuning> = {
  'index only': { probeCap: Number.MAX_SAFE_INTEGER, walkBatch: 500, walkSteps: 8 },
  'walk only': { probeCap: 0, walkBatch: 3, walkSteps: 1_000_000 },
  'walk, then index': { probeCap: 0, walkBatch: 2, walkSteps: 2 },
};

interface Query {
  readonly text: string;
  readonly speaker?: string;
  readonly stance?: Stance;
  readonly publisher?: string;
  readonly from?: string;
  /** The query is meant to find nothing. */
  readonly none?: true;
}

function allHits(sql: StatementCache, q: Query, tuning: SearchTuning, limit: number): SearchKey[] {
  const terms = searchTerms(q.text);
  const match = ftsQuery(terms);
  assert.ok(match);
  const conditions = searchConditions(q.publisher, publishedRange(q.from, undefined), {
    pubKey: 'a.pub_key',
    publisherIs: 'a.doc_seq IN (SELECT seq FROM documents WHERE publisher = ?)',
  });
  const hits: SearchKey[] = [];
  let start: SearchKey | undefined;
  for (;;) {
    const page = hitsByAttribution(sql, match, terms, q, conditions, start, limit, tuning);
    hits.push(...page.slice(0, limit));
    if (page.length <= limit) return hits;
    start = page[limit - 1];
  }
}

describe('hitsByAttribution', () => {
  let db: DatabaseSync;
  let sql: StatementCache;
  before(() => {
    db = new DatabaseSync(':memory:');
    applyMigrations(db, migrations);
    sql = statementCache(db);
    for (const doc of [...syntheticDocuments(41), ...storyDocuments()]) writeStoredDocument(sql, doc, 'now');
  });
  after(() => db.close());

  const queries: Query[] = [
    { text: 'quarry', speaker: 'ines marlow' },
    { text: 'dust worse', speaker: 'Bo Tarrant' },
    { text: 'dust', speaker: 'Ines Marlow', none: true },
    { text: 'the', stance: 'asserts' },
    { text: 'the', stance: 'disputes', publisher: 'Dust Gazette' },
    { text: 'tonnes', speaker: 'ines marlow', from: '2030-01-04' },
    { text: 'piers', stance: 'disputes' },
  ];
  for (const q of queries) {
    it(`finds the same hits every way: ${JSON.stringify(q)}`, () => {
      const [first, ...others] = Object.entries(TUNINGS).map(([name, tuning]) => ({
        name,
        hits: [1, 4].map((limit) => allHits(sql, q, tuning, limit)),
      }));
      assert.ok(first);
      const [expected] = first.hits;
      assert.ok(expected);
      assert.equal(expected.length === 0, q.none === true, `${expected.length} hits`);
      for (const hits of first.hits) assert.deepEqual(hits, expected);
      for (const other of others) {
        for (const hits of other.hits) assert.deepEqual(hits, expected, other.name);
      }
    });
  }
});
