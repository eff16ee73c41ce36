/**
 * migrateStore's check has teeth: a target that quietly loses part of what it is given
 * (here a wrapper dropping a document's figures, or an override) is caught and named,
 * while a faithful one verifies. SQLite on both sides: the PostgreSQL round trip is
 * tested through the CLI (src/cli/commands/migrate.test.ts).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { UsageError } from '../domain/errors.ts';
import { linkedStoryDocuments, storyLinks } from '../store/contract/story-links.ts';
import { openSqliteStore } from '../store/sqlite/open-sqlite-store.ts';
import type { MovableStore } from '../store/store.ts';
import { migrateStore } from './migrate-store.ts';

async function storyStore(): Promise<MovableStore> {
  const store = await openSqliteStore(':memory:');
  const docs = linkedStoryDocuments();
  for (const doc of docs) await store.addDocument(doc);
  await store.replaceLinks(storyLinks(docs));
  await store.addOverride({ kind: 'split', a: 'Brand', by: 'wren' });
  return store;
}

describe('migrateStore', () => {
  it('verifies a faithful copy, and counts what it moved', async () => {
    const [from, to] = [await storyStore(), await openSqliteStore(':memory:')];
    const phases = new Set<string>();
    const report = await migrateStore(from, to, { onProgress: (phase) => phases.add(phase) });
    assert.deepEqual(report.problems, []);
    assert.equal(report.verified, true);
    assert.deepEqual(report.documents, { copied: 6, added: 6, present: 0 });
    assert.deepEqual(report.overrides, { added: 1, present: 0 });
    assert.equal(report.links.claims, 4);
    assert.equal(report.source.documents, report.target.documents);
    assert.deepEqual([...phases], ['copying', 'verifying']);
    await assert.rejects(migrateStore(from, to), UsageError);
    await assert.rejects(migrateStore(await openSqliteStore(':memory:'), to), UsageError);
  });

  it('names what a lossy target lost', async () => {
    const from = await storyStore();
    const real = await openSqliteStore(':memory:');
    const lossy: MovableStore = {
      ...real,
      addDocument: (doc, options) =>
        real.addDocument(doc.figures.length > 1 ? { ...doc, figures: doc.figures.slice(1) } : doc, options),
      addOverride: async () => {},
    };
    const report = await migrateStore(from, lossy);
    assert.equal(report.verified, false);
    assert.match(
      report.problems.join('\n'),
      /2 documents differ: [0-9a-f]{64} \(its analysis differs\), [0-9a-f]{64} \(its analysis differs\)/,
    );
    assert.match(report.problems.join('\n'), /1 overrides are missing/);
    assert.match(report.problems.join('\n'), /the counts differ/);
  });
});
