import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { openArchive } from '../archive/open-archive.ts';
import type { CustodyEntry } from '../archive/custody-entry.ts';
import { createStageContext } from '../extract/create-stage-context.ts';
import { toDocument } from '../ingest/to-document.ts';
import { openSqliteStore } from '../store/sqlite/open-sqlite-store.ts';
import type { Store } from '../store/store.ts';
import { ingestItems } from './ingest-items.ts';

const TEXTS = [
  'Velm council delays the vote\n\n"We need another month," council leader Hale Brunvik said on Monday.\n',
  'Ferry fares to rise\n\nThe ferry operator, Ione Varga, said fares would rise by 4 per cent in June.\n',
];

const items = async function* () {
  for (const [i, t] of TEXTS.entries()) yield toDocument({ uri: `/cases/velm/${i}.txt`, name: String(i), bytes: Buffer.from(t), mediaType: 'text/plain' });
};

async function entries(dir: string): Promise<CustodyEntry[]> {
  const a = await openArchive(dir);
  const out: CustodyEntry[] = [];
  for await (const e of a.entries()) out.push(e);
  await a.close();
  return out;
}

describe('ingestItems with custody', () => {
  it('archives before analysing, records ingest after the commit, and a rerun after a death between the two records it once', async () => {
    const root = mkdtempSync(join(tmpdir(), 'claimtrail-ingest-items-'));
    const dir = join(root, 'store.db.archive');
    const store = await openSqliteStore(join(root, 'store.db'));
    const ctx = createStageContext();
    // the process "dies" right after the store committed the second document
    let adds = 0;
    const dying: Store = new Proxy(store, {
      get(target, prop, receiver) {
        if (prop !== 'addDocument') return Reflect.get(target, prop, receiver);
        return async (...args: Parameters<Store['addDocument']>) => {
          const r = await target.addDocument(...args);
          if (++adds === 2) throw new Error('killed');
          return r;
        };
      },
    });
    const archive = await openArchive(dir);
    await assert.rejects(ingestItems(items(), dying, ctx, { custody: { archive, who: 'ana', store: '/cases/velm/store.db' } }), /killed/);
    await archive.close();
    assert.deepEqual(
      (await entries(dir)).map((e) => e.action),
      ['capture', 'ingest', 'capture'],
    );
    assert.equal((await store.stats()).documents, 2);

    const again = await openArchive(dir);
    const summary = await ingestItems(items(), store, ctx, { custody: { archive: again, who: 'bruno', store: '/cases/velm/store.db' } });
    await again.close();
    assert.deepEqual([summary.added, summary.unchanged], [0, 2]);
    const after = await entries(dir);
    assert.deepEqual(
      after.map((e) => [e.action, e.who]),
      [
        ['capture', 'ana'],
        ['ingest', 'ana'],
        ['capture', 'ana'],
        ['ingest', 'bruno'],
      ],
    );
    assert.equal(after[3]?.docId, after[2]?.sha256);
    await store.close();
  });
});
