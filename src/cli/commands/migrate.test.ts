/**
 * claimtrail migrate, run whole: an SQLite store holding the contract's invented story
 * (linked, with overrides) moved into a fresh PostgreSQL schema and back into a new
 * SQLite file; each side compared by canonical dumps of everything a store hands out,
 * hashed, and by the stores' own answers. Also the refusals: a target that is not empty
 * without --force, a source that does not exist.
 */
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { canonicalJson, sortedLinks, storeDigest } from '../../app/store-digest.ts';
import { quarryLinked } from '../../store/contract/quarry-links.ts';
import { linkedStoryDocuments, storyLinks } from '../../store/contract/story-links.ts';
import {
  dropTestSchema,
  TEST_POSTGRES_URL,
  testSchemaName,
} from '../../store/postgres/open-test-postgres-store.ts';
import { openPostgresStore } from '../../store/postgres/open-postgres-store.ts';
import { openSqliteStore } from '../../store/sqlite/open-sqlite-store.ts';
import type { MovableStore, PageRequest, Page } from '../../store/store.ts';
import { fakeIo } from '../../../test/fake-io.ts';
import { main } from '../main.ts';

/** Everything a store hands out, as one canonical JSON text: what "without loss" means. */
async function dump(store: MovableStore): Promise<string> {
  const all = async <T>(listing: (p: PageRequest) => Promise<Page<T>>) => {
    const items: T[] = [];
    let cursor: string | undefined;
    do {
      const page = await listing({ limit: 7, ...(cursor === undefined ? {} : { cursor }) });
      items.push(...page.items);
      cursor = page.next;
    } while (cursor !== undefined);
    return items;
  };
  const summaries = await all((p) => store.listDocuments(p));
  return canonicalJson({
    stats: await store.stats(),
    summaries,
    documents: await Promise.all(summaries.map((s) => store.getDocument(s.id))),
    copies: await Promise.all(summaries.map((s) => store.copyOf(s.id))),
    attributions: await all((p) => store.attributions(p)),
    figures: await all((p) => store.figures(p)),
    entities: await all((p) => store.entities(p)),
    claims: await all((p) => store.claims(p)),
    links: sortedLinks(await store.links()),
    overrides: await store.overrides(),
    search: await all((p) => store.search({ ...p, text: 'the bridge' })),
  });
}

describe('claimtrail migrate', () => {
  let dir = '';
  let source = '';
  const schemas: string[] = [];
  const pgUrl = () => {
    const schema = testSchemaName();
    schemas.push(schema);
    return `${TEST_POSTGRES_URL}${TEST_POSTGRES_URL.includes('?') ? '&' : '?'}schema=${schema}`;
  };

  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'claimtrail-migrate-'));
    source = join(dir, 'story.db');
    const store = await openSqliteStore(source);
    // The story linked, the quarry documents added afterwards and not linked yet.
    const docs = linkedStoryDocuments();
    for (const doc of docs) await store.addDocument(doc);
    await store.replaceLinks(storyLinks(docs));
    for (const doc of quarryLinked(12).docs)
      await store.addDocument(doc, { addedAt: '2031-01-01T00:00:00Z' });
    await store.addOverride({
      kind: 'merge',
      a: 'K. Vell',
      b: 'Kasimir Vell',
      by: 'wren',
      at: '2031-04-10T09:00:00.000Z',
    });
    await store.addOverride({ kind: 'split', a: 'Brand' });
    await store.close();
  });
  after(async () => {
    await rm(dir, { recursive: true, force: true });
    for (const schema of schemas) await dropTestSchema(schema);
  });

  const run = async (...argv: string[]) => {
    const io = fakeIo(dir);
    const code = await main(['migrate', ...argv], io);
    return { code, out: io.out(), err: io.err() };
  };

  it('moves an SQLite store into PostgreSQL and back without losing anything', async () => {
    const pg = pgUrl();
    const there = await run('--from', `sqlite:${source}`, '--to', pg);
    assert.equal(there.code, 0, there.err);
    assert.match(there.out, /verified: the target holds everything the source held/);
    assert.match(there.out, /copied 18 documents \(18 added, 0 already there\), 2 overrides/);
    const back = join(dir, 'back.db');
    const again = await run('--from', pg, '--to', back, '--json');
    assert.equal(again.code, 0, again.err);
    const report = JSON.parse(again.out) as { verified: boolean; source: { documents: string } };
    assert.equal(report.verified, true);

    const stores = [await openSqliteStore(source), await openPostgresStore(pg), await openSqliteStore(back)];
    try {
      const [original, moved, returned] = await Promise.all(stores.map(dump));
      assert.equal(moved, original);
      assert.equal(returned, original);
      const digests = await Promise.all(stores.map((s) => storeDigest.of(s)));
      for (const d of digests) {
        assert.equal(d.documents, report.source.documents);
        assert.equal(d.links, digests[0]?.links);
        assert.equal(d.overridesHash, digests[0]?.overridesHash);
      }
    } finally {
      for (const s of stores) await s.close();
    }
  });

  it('refuses a target that is not empty, unless forced, and then adds only what it lacks', async () => {
    const pg = pgUrl();
    assert.equal((await run('--from', source, '--to', pg)).code, 0);
    const before = await openPostgresStore(pg);
    const first = await dump(before);
    await before.close();

    const refused = await run('--from', source, '--to', pg);
    assert.equal(refused.code, 2);
    assert.match(refused.err, /target store is not empty \(18 documents, 2 overrides\).*--force/);
    const forced = await run('--from', source, '--to', pg, '--force');
    assert.equal(forced.code, 0, forced.err);
    assert.match(forced.out, /\(0 added, 18 already there\), 0 overrides \(2 already there\)/);
    const afterwards = await openPostgresStore(pg);
    try {
      assert.equal(await dump(afterwards), first);
    } finally {
      await afterwards.close();
    }
  });

  it('refuses a source that does not exist, and the same store twice', async () => {
    const missing = await run('--from', join(dir, 'no-such.db'), '--to', join(dir, 'x.db'));
    assert.equal(missing.code, 2);
    assert.match(missing.err, /no store at/);
    assert.equal((await run('--from', source, '--to', source)).code, 2);
    assert.equal((await run('--to', source)).code, 2);
  });
});
