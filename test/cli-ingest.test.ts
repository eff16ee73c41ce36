import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { main } from '../src/cli/main.ts';
import { openSqliteStore } from '../src/store/sqlite/open-sqlite-store.ts';
import { fakeIo } from './fake-io.ts';

const GOOD_A = `Harbour board denies dredging caused flooding

The harbour board of the fictional port town of Velm denied on Tuesday that its dredging works had caused the floods that reached the old quarter last week.

"The works were finished a month before the rain began," board chairman Orrin Tate said.
`;
const GOOD_B = `Residents dispute the board's account

Residents of Velm's old quarter said the board had ignored warnings about the river wall.

“We wrote to them twice,” said Mira Oddny, who runs a bakery on the quay. “Nobody answered.”
`;

/** A folder with two good articles and four bad files: empty, binary, 50 MB, invalid UTF-8. */
function badInputFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'claimtrail-bad-'));
  writeFileSync(join(dir, 'a-good.txt'), GOOD_A);
  writeFileSync(join(dir, 'b-good.txt'), GOOD_B);
  writeFileSync(join(dir, 'empty.txt'), '');
  writeFileSync(join(dir, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]));
  writeFileSync(join(dir, 'huge.txt'), Buffer.alloc(50 * 1024 * 1024, 'a'));
  // valid UTF-8 (a curly quote) followed by a lone continuation byte: damaged, not Latin-1
  writeFileSync(join(dir, 'broken.txt'), Buffer.concat([Buffer.from('He said \u201cyes\u201d and then '), Buffer.from([0x80, 0xbf]), Buffer.from(' left.\n')]));
  return dir;
}

describe('claimtrail ingest on bad input', () => {
  it('reports each bad document, stores the good ones, exits 1, and stores nothing twice on a rerun', async () => {
    const dir = badInputFolder();
    const db = join(dir, 'store.db');
    const io = fakeIo(dir);
    const code = await main(['ingest', '--store', db, dir], io);
    assert.equal(code, 1);
    const err = io.err();
    assert.match(err, /empty\.txt: empty file/);
    assert.match(err, /binary\.txt: binary content/);
    assert.match(err, /huge\.txt: 50\.0 MB is over the 20\.0 MB limit/);
    assert.match(err, /broken\.txt: invalid UTF-8 at byte \d+/);
    assert.equal(err.trim().split('\n').length, 4, err);
    assert.match(io.out(), /2 added, 0 already stored, 4 failed/);

    const again = fakeIo(dir);
    assert.equal(await main(['ingest', '--store', db, '--json', dir], again), 1);
    const summary = JSON.parse(again.out()) as { added: number; unchanged: number; failed: number };
    assert.deepEqual({ added: summary.added, unchanged: summary.unchanged, failed: summary.failed }, { added: 0, unchanged: 2, failed: 4 });

    const store = await openSqliteStore(db);
    try {
      assert.equal((await store.stats()).documents, 2);
      const speakers = (await store.attributions()).items.map((a) => a.speaker);
      assert.ok(speakers.includes('Orrin Tate'), speakers.join(', '));
    } finally {
      await store.close();
    }
  });

  it('exits 2 on a usage error and 0 when every document is good', async () => {
    const dir = badInputFolder();
    const io = fakeIo(dir);
    assert.equal(await main(['ingest', '--store', join(dir, 's.db')], io), 2);
    assert.match(io.err(), /needs at least one file or directory/);
    assert.equal(await main(['ingest', '--bogus', 'x'], fakeIo(dir)), 2);
    const ok = fakeIo(dir);
    assert.equal(await main(['ingest', '--store', join(dir, 's.db'), join(dir, 'a-good.txt')], ok), 0, ok.err());
  });
});
