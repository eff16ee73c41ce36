import assert from 'node:assert/strict';
import { appendFileSync, cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { openArchive } from '../src/archive/open-archive.ts';
import { main } from '../src/cli/main.ts';
import { fakeIo } from './fake-io.ts';
import { fictionalArticle } from './fictional-articles.ts';
import { seededRandom } from './seeded-random.ts';

const FLIPS = 200;
const SEED = 20240611;
const TEMPLATES = 4;

/** A thing a flip can land in: an object file, or one custody line (with its newline). */
type Target = { kind: 'object'; path: string; rel: string; start: number; end: number } | { kind: 'line'; path: string; line: number; start: number; end: number };

/**
 * Small archives, made once with openArchive as ingest would make them: a few originals
 * (with and without URL and capture time), ingest, export and verify entries, and in
 * one a torn line repaired on open. Copies of them are what each flip damages.
 */
async function makeTemplate(dir: string, k: number, rnd: () => number): Promise<void> {
  const archiveDir = join(dir, 'store.db.archive');
  const a = await openArchive(archiveDir, { who: 'template' });
  const n = 2 + Math.floor(rnd() * 4);
  for (let i = 0; i < n; i++) {
    const bytes = Buffer.from(fictionalArticle(k * 10 + i, rnd));
    const web = rnd() < 0.5;
    const raw = {
      uri: web ? `https://velm-courier.example/news/${k}-${i}` : `/cases/velm/article-${k}-${i}.txt`,
      name: `article-${k}-${i}`,
      bytes,
      mediaType: web ? 'text/html' : 'text/plain',
      ...(web ? { capturedAt: `2024-0${1 + (i % 9)}-1${i}T08:00:00Z`, hints: { url: `https://velm-courier.example/news/${k}-${i}` } } : {}),
    };
    const { sha256 } = await a.put(raw, rnd() < 0.5 ? 'ana' : 'bruno');
    if (rnd() < 0.7) await a.record({ who: 'ana', action: 'ingest', uri: '/cases/velm/store.db', sha256, size: bytes.length, mediaType: raw.mediaType, docId: sha256 });
    if (rnd() < 0.2) await a.record({ who: 'ana', action: 'export', uri: '/cases/velm/out.wacz', sha256, size: bytes.length, mediaType: raw.mediaType, note: 'WACZ sha256:' + '0'.repeat(64) });
  }
  await a.close();
  if (k === 0) {
    // a crash in mid-append: the next open cuts the torn line, keeps it and records a repair
    appendFileSync(join(archiveDir, 'custody.jsonl'), '{"action":"capture","at":"2024-');
    const again = await openArchive(archiveDir, { who: 'template' });
    await again.record({ who: 'ana', action: 'verify', uri: archiveDir, note: 'checked after the crash' });
    await again.close();
  }
}

function targets(archiveDir: string): Target[] {
  const out: Target[] = [];
  const log = join(archiveDir, 'custody.jsonl');
  const text = readFileSync(log);
  let start = 0;
  let line = 0;
  while (start < text.length) {
    const nl = text.indexOf(10, start);
    const end = nl === -1 ? text.length : nl + 1;
    out.push({ kind: 'line', path: log, line: ++line, start, end });
    start = end;
  }
  const objects = join(archiveDir, 'objects');
  for (const a of readdirSync(objects)) {
    for (const b of readdirSync(join(objects, a))) {
      for (const name of readdirSync(join(objects, a, b))) {
        const rel = `objects/${a}/${b}/${name}`;
        const size = readFileSync(join(archiveDir, rel)).length;
        out.push({ kind: 'object', path: join(archiveDir, rel), rel, start: 0, end: size });
      }
    }
  }
  return out;
}

describe('tamper evidence', () => {
  const root = mkdtempSync(join(tmpdir(), 'claimtrail-tamper-'));
  before(async () => {
    const rnd = seededRandom(SEED);
    for (let k = 0; k < TEMPLATES; k++) await makeTemplate(join(root, `template-${k}`), k, rnd);
  });
  after(() => rmSync(root, { recursive: true, force: true }));

  it('the templates verify clean (one with a repaired torn line)', async () => {
    for (let k = 0; k < TEMPLATES; k++) {
      const io = fakeIo(root);
      assert.equal(await main(['verify', '--no-record', '--store', join(root, `template-${k}`, 'store.db')], io), 0, io.out() + io.err());
      if (k === 0) assert.match(io.out(), /repaired: custody\.jsonl line \d+ \(seq \d+\): line \d+ was torn by a crash/);
    }
  });

  it(`${FLIPS} single-byte flips in objects and custody lines: verify exits non-zero and names what was altered`, async () => {
    const rnd = seededRandom(SEED + 1);
    const kinds = { object: 0, line: 0 };
    // one working copy per template; after each flip the damaged file is put back, so
    // each flip meets a fresh copy of a clean archive (copying whole folders 200 times
    // is slow here: unlinking is)
    for (let k = 0; k < TEMPLATES; k++) cpSync(join(root, `template-${k}`), join(root, `work-${k}`), { recursive: true });
    for (let i = 0; i < FLIPS; i++) {
      const k = Math.floor(rnd() * TEMPLATES);
      const dir = join(root, `work-${k}`);
      const archiveDir = join(dir, 'store.db.archive');
      const all = targets(archiveDir);
      const t = all[Math.floor(rnd() * all.length)] as Target;
      const at = t.start + Math.floor(rnd() * (t.end - t.start));
      const clean = readFileSync(t.path);
      const bytes = Buffer.from(clean);
      const was = bytes[at] as number;
      bytes[at] = was ^ (1 + Math.floor(rnd() * 255));
      writeFileSync(t.path, bytes);
      kinds[t.kind]++;

      const io = fakeIo(dir);
      const code = await main(['verify', '--store', join(dir, 'store.db')], io);
      const what = `flip ${i}: byte ${at} of ${t.kind === 'object' ? t.rel : `custody.jsonl line ${t.line}`} (0x${was.toString(16)} → 0x${(bytes[at] as number).toString(16)})`;
      assert.equal(code, 1, `${what}: verify exited ${code}\n${io.out()}${io.err()}`);
      const named = t.kind === 'object' ? new RegExp(`^PROBLEM ${t.rel}: `, 'm') : new RegExp(`^PROBLEM custody\\.jsonl line ${t.line} \\(`, 'm');
      assert.match(io.out(), named, `${what}: the report does not name it\n${io.out()}`);
      writeFileSync(t.path, clean);
      assert.deepEqual(readFileSync(join(archiveDir, 'custody.jsonl')), readFileSync(join(root, `template-${k}`, 'store.db.archive', 'custody.jsonl')), `${what}: verify changed the log`);
    }
    // both kinds were hit often enough to mean something
    assert.ok(kinds.object >= 30 && kinds.line >= 30, JSON.stringify(kinds));
  });
});
