import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { appendFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { RawDocument } from '../domain/raw-document.ts';
import { objectPath } from './object-path.ts';
import { openArchive } from './open-archive.ts';

const fresh = (): string => join(mkdtempSync(join(tmpdir(), 'claimtrail-archive-')), 'store.db.archive');
const raw = (text: string, extra: Partial<RawDocument> = {}): RawDocument => ({ uri: `/cases/velm/${text.slice(0, 8)}.txt`, name: 'x', bytes: Buffer.from(text), mediaType: 'text/plain', ...extra });
const sha = (s: string): string => createHash('sha256').update(s).digest('hex');
const lines = (dir: string): string[] => readFileSync(join(dir, 'custody.jsonl'), 'utf8').split('\n').filter((l) => l !== '');

describe('openArchive', () => {
  it('keeps originals under their hash, records each capture once, and chains the log', async () => {
    const dir = fresh();
    const a = await openArchive(dir);
    const first = await a.put(raw('The harbour board met on Tuesday.', { capturedAt: '2024-03-01T09:00:00Z', hints: { url: 'https://velm.example/a' } }), 'ana');
    assert.deepEqual(first, { sha256: sha('The harbour board met on Tuesday.'), added: true, recorded: true });
    assert.deepEqual(await a.put(raw('The harbour board met on Tuesday.', { capturedAt: '2024-03-01T09:00:00Z', hints: { url: 'https://velm.example/a' } }), 'bruno'), { ...first, added: false, recorded: false });
    // the same bytes from elsewhere are another capture, not another object
    assert.deepEqual(await a.put(raw('The harbour board met on Tuesday.', { uri: '/elsewhere.txt' }), 'ana'), { ...first, added: false, recorded: true });
    assert.equal(Buffer.from((await a.get(first.sha256)) ?? []).toString(), 'The harbour board met on Tuesday.');
    assert.ok(await a.has(first.sha256));
    assert.equal(await a.has(sha('nothing')), false);
    assert.equal(await a.get(sha('nothing')), undefined);
    const entries = [];
    for await (const e of a.entries()) entries.push(e);
    assert.deepEqual(
      entries.map((e) => [e.seq, e.action, e.who, e.url]),
      [
        [1, 'capture', 'ana', 'https://velm.example/a'],
        [2, 'capture', 'ana', undefined],
      ],
    );
    assert.equal(entries[1]?.prev, entries[0]?.hash);
    assert.deepEqual((await a.verify()).problems, []);
    await a.close();
    assert.ok(existsSync(join(dir, objectPath(first.sha256))));
  });

  it('refuses an entry that would not read back, and a tampered object on get', async () => {
    const dir = fresh();
    const a = await openArchive(dir);
    await assert.rejects(a.record({ who: 'ana', action: 'verify', uri: dir, note: '' }), /not a valid custody entry/);
    await assert.rejects(a.record({ who: 'ana', action: 'ingest', uri: '/s.db' }), /needs sha256, size and mediaType/);
    const { sha256 } = await a.put(raw('Mira Oddny runs the bakery.'), 'ana');
    writeFileSync(join(dir, objectPath(sha256)), 'Mira Oddny runs the baker!');
    await assert.rejects(a.get(sha256), /altered/);
    await a.close();
  });

  it('cuts a torn last line on open, keeps its bytes as an object and records the repair', async () => {
    const dir = fresh();
    const a = await openArchive(dir);
    await a.put(raw('Orrin Tate chairs the board.'), 'ana');
    await a.close();
    const torn = '{"action":"capture","at":"2024-05-0';
    appendFileSync(join(dir, 'custody.jsonl'), torn);
    const b = await openArchive(dir, { who: 'repairer' });
    const report = await b.verify();
    assert.deepEqual(report.problems, []);
    assert.equal(report.repairs.length, 1);
    assert.match(report.repairs[0]?.note ?? '', /line 2 was torn by a crash: its 35 bytes from byte \d+ were cut/);
    assert.equal(Buffer.from((await b.get(sha(torn))) ?? []).toString(), torn);
    await b.put(raw('Residents wrote twice.'), 'ana');
    assert.deepEqual((await b.verify()).problems, []);
    await b.close();
    const repair = JSON.parse(lines(dir)[1] as string) as { action: string; who: string };
    assert.deepEqual([repair.action, repair.who], ['repair', 'repairer']);
  });

  it('adds a newline a crash kept from a whole last line; leaves an altered one for verify', async () => {
    const dir = fresh();
    const a = await openArchive(dir);
    await a.put(raw('The ferry runs hourly.'), 'ana');
    await a.put(raw('The ferry runs twice a day.'), 'ana');
    await a.close();
    const log = join(dir, 'custody.jsonl');
    truncateSync(log, readFileSync(log).length - 1);
    const b = await openArchive(dir);
    assert.deepEqual((await b.verify()).problems, []);
    assert.equal(lines(dir).length, 3);
    await b.close();
    // not a crash: the newline replaced by another byte
    const bytes = readFileSync(log);
    bytes[bytes.length - 1] = 0x20;
    writeFileSync(log, bytes);
    const c = await openArchive(dir);
    const report = await c.verify();
    assert.match(report.problems.map((p) => `${p.where}: ${p.message}`).join('\n'), /custody\.jsonl line 3 \(.*\): has no closing newline/);
    await assert.rejects(c.put(raw('Anything new.'), 'ana'), /altered, not torn/);
    await c.close();
  });

  it('moves a recorded temp file into place on open and drops an unrecorded one', async () => {
    const dir = fresh();
    const a = await openArchive(dir);
    const { sha256 } = await a.put(raw('The flood barrier was delayed.'), 'ana');
    await a.close();
    // as if killed between the log append and the rename
    const final = join(dir, objectPath(sha256));
    writeFileSync(join(dir, 'tmp', sha256), readFileSync(final));
    rmSync(final);
    writeFileSync(join(dir, 'tmp', sha('half')), 'ha');
    const b = await openArchive(dir);
    assert.deepEqual(readdirSync(join(dir, 'tmp')), []);
    assert.equal(Buffer.from((await b.get(sha256)) ?? []).toString(), 'The flood barrier was delayed.');
    assert.deepEqual((await b.verify()).problems, []);
    await b.close();
  });

  it('keeps one chain when two writers take turns', async () => {
    const dir = fresh();
    const a = await openArchive(dir);
    const b = await openArchive(dir);
    for (let i = 0; i < 5; i++) {
      await a.put(raw(`From writer a, report ${i}.`), 'ana');
      await b.put(raw(`From writer b, report ${i}.`), 'bruno');
    }
    // b knows what a recorded: the same capture is not repeated
    assert.equal((await b.put(raw('From writer a, report 0.'), 'bruno')).recorded, false);
    const report = await a.verify();
    assert.deepEqual(report.problems, []);
    assert.equal(report.entries, 10);
    await a.close();
    await b.close();
  });

  it('names what is missing or unexpected', async () => {
    const dir = fresh();
    const a = await openArchive(dir);
    const { sha256 } = await a.put(raw('The tram extension was approved.'), 'ana');
    await a.close();
    rmSync(join(dir, objectPath(sha256)));
    mkdirSync(join(dir, 'objects', 'zz'));
    writeFileSync(join(dir, 'objects', 'zz', 'planted'), 'x');
    const b = await openArchive(dir);
    const found = (await b.verify()).problems.map((p) => `${p.where}: ${p.message}`);
    await b.close();
    assert.deepEqual(found.sort(), [`${objectPath(sha256)}: is missing (named by custody.jsonl line 1, seq 1)`, 'objects/zz: is not where an object can be: a file was added or renamed']);
  });
});
