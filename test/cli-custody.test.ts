import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { unzipSync, zipSync } from 'fflate';
import { main } from '../src/cli/main.ts';
import { openSqliteStore } from '../src/store/sqlite/open-sqlite-store.ts';
import { fakeIo } from './fake-io.ts';
import { fictionalArticle } from './fictional-articles.ts';
import { seededRandom } from './seeded-random.ts';

interface Entry {
  seq: number;
  action: string;
  who: string;
  uri: string;
  sha256?: string;
  via?: string;
  note?: string;
}

const sha = (b: Uint8Array | string): string => createHash('sha256').update(b).digest('hex');
const custody = (store: string): Entry[] =>
  readFileSync(`${store}.archive/custody.jsonl`, 'utf8')
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => JSON.parse(l) as Entry);

async function run(args: string[], cwd: string): Promise<{ code: number; out: string; err: string }> {
  const io = fakeIo(cwd, { USER: 'ana' });
  const code = await main(args, io);
  return { code, out: io.out(), err: io.err() };
}

function folder(n: number): { dir: string; ids: string[] } {
  const dir = mkdtempSync(join(tmpdir(), 'claimtrail-custody-'));
  mkdirSync(join(dir, 'in'));
  const rnd = seededRandom(99);
  const ids: string[] = [];
  for (let i = 0; i < n; i++) {
    const text = fictionalArticle(i, rnd);
    writeFileSync(join(dir, 'in', `velm-${i}.txt`), text);
    ids.push(sha(text));
  }
  return { dir, ids };
}

describe('claimtrail ingest, verify, export and import keep custody', () => {
  it('ingest archives every original with its custody; verify is clean and recorded', async () => {
    const { dir, ids } = folder(3);
    const store = join(dir, 'store.db');
    assert.equal((await run(['ingest', '--store', store, '--as', 'bruno', join(dir, 'in')], dir)).code, 0);
    const entries = custody(store);
    assert.deepEqual(entries.map((e) => e.action), ['capture', 'ingest', 'capture', 'ingest', 'capture', 'ingest']);
    assert.ok(entries.every((e) => e.who === 'bruno'));
    assert.deepEqual(new Set(entries.map((e) => e.sha256)), new Set(ids));
    assert.equal(entries[0]?.uri, join(dir, 'in', 'velm-0.txt'));
    const v = await run(['verify', '--store', store], dir);
    assert.equal(v.code, 0, v.out);
    assert.match(v.out, /6 custody entries, 3 originals; store .*: 3 documents\nhead of the chain: seq 6 [0-9a-f]{64}\nok: .* \(recorded\)/);
    assert.equal(custody(store).at(-1)?.action, 'verify');
    assert.equal(custody(store).at(-1)?.who, 'ana');
    const none = await run(['verify', '--store', join(dir, 'other.db')], dir);
    assert.equal(none.code, 1);
    assert.match(none.err, /no archive at/);
  });

  it('export packs the chosen originals; import checks the package and takes them with an import entry', async () => {
    const { dir, ids } = folder(4);
    const store = join(dir, 'store.db');
    assert.equal((await run(['ingest', '--store', store, join(dir, 'in')], dir)).code, 0);

    const one = join(dir, 'one.wacz');
    const e1 = await run(['export', '--store', store, '--wacz', one, '--doc', (ids[1] as string).slice(0, 10), '--json'], dir);
    assert.equal(e1.code, 0, e1.err);
    const r1 = JSON.parse(e1.out) as { originals: number; sha256: string };
    assert.equal(r1.originals, 1);
    assert.equal(r1.sha256, sha(readFileSync(one)));
    const exported = custody(store).filter((e) => e.action === 'export');
    assert.deepEqual(exported.map((e) => [e.sha256, e.uri, e.note]), [[ids[1], one, `WACZ sha256:${r1.sha256}`]]);

    const today = new Date().toISOString().slice(0, 10);
    assert.match((await run(['export', '--store', store, '--wacz', join(dir, 'all.wacz'), '--from', today, '--to', today], dir)).out, /exported 4 originals/);
    const empty = await run(['export', '--store', store, '--wacz', join(dir, 'none.wacz'), '--to', '2001-01-01'], dir);
    assert.equal(empty.code, 1);
    assert.match(empty.err, /no archived original matches/);
    assert.equal((await run(['export', '--store', store, '--wacz', join(dir, 'x.wacz'), '--from', 'last week'], dir)).code, 2);
    assert.equal((await run(['export', '--store', store], dir)).code, 2);

    // a claim's documents: the positions' docIds
    const s = await openSqliteStore(store);
    const claim = (await s.claims()).items[0];
    await s.close();
    assert.ok(claim, 'linking found a claim');
    const byClaim = await run(['export', '--store', store, '--wacz', join(dir, 'claim.wacz'), '--claim', claim.id, '--json'], dir);
    assert.equal(byClaim.code, 0, byClaim.err);
    assert.equal((JSON.parse(byClaim.out) as { originals: number }).originals, new Set(claim.positions.map((p) => p.docId)).size);
    assert.equal((await run(['export', '--store', store, '--wacz', join(dir, 'c.wacz'), '--claim', 'no-such-claim'], dir)).code, 1);

    const other = join(dir, 'other.db');
    const imp = await run(['import', '--store', other, '--as', 'carla', join(dir, 'all.wacz')], dir);
    assert.equal(imp.code, 0, imp.err);
    assert.match(imp.out, /every digest checked\): 4 added, 0 already stored/);
    const imported = custody(other).filter((e) => e.action === 'import');
    assert.equal(imported.length, 4);
    assert.ok(imported.every((e) => e.who === 'carla' && e.via === join(dir, 'all.wacz') && e.uri.startsWith('file://')));
    assert.deepEqual(new Set(imported.map((e) => e.sha256)), new Set(ids));
    assert.equal((await run(['verify', '--store', other], dir)).code, 0);
    // the same package again adds and records nothing
    const before = custody(other).length;
    assert.match((await run(['import', '--store', other, join(dir, 'all.wacz')], dir)).out, /0 added, 4 already stored/);
    assert.equal(custody(other).length, before);
  });

  it('import refuses an altered package whole and takes nothing', async () => {
    const { dir } = folder(2);
    const store = join(dir, 'store.db');
    assert.equal((await run(['ingest', '--store', store, join(dir, 'in')], dir)).code, 0);
    const pkg = join(dir, 'p.wacz');
    assert.equal((await run(['export', '--store', store, '--wacz', pkg], dir)).code, 0);
    const files = unzipSync(readFileSync(pkg));
    const pages = Buffer.from(files['pages/pages.jsonl'] as Uint8Array);
    pages[pages.length - 3] = (pages[pages.length - 3] as number) ^ 1;
    files['pages/pages.jsonl'] = pages;
    writeFileSync(pkg, zipSync(files));
    const other = join(dir, 'other.db');
    const r = await run(['import', '--store', other, pkg], dir);
    assert.equal(r.code, 1);
    assert.match(r.out, /^PROBLEM pages\/pages\.jsonl does not match its digest sha256:[0-9a-f]{64}: altered$/m);
    assert.match(r.out, /nothing was taken/);
    const s = await openSqliteStore(other);
    assert.equal((await s.stats()).documents, 0);
    await s.close();
    assert.equal(custody(other).length, 0);
  });
});
