import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { openArchive } from '../src/archive/open-archive.ts';
import type { CustodyEntry } from '../src/archive/custody-entry.ts';
import { verifyCustody } from '../src/app/verify-custody.ts';
import { openSqliteStore } from '../src/store/sqlite/open-sqlite-store.ts';
import { fictionalArticle } from './fictional-articles.ts';
import { seededRandom } from './seeded-random.ts';

const SEED = 7321;
const ARTICLES = 40;
const KILLS = 20;
const BIN = fileURLToPath(new URL('../bin/claimtrail.mjs', import.meta.url));

interface Run {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stderr: string;
}

/**
 * Runs `claimtrail ingest` in a child process and, unless `kill` is undefined, SIGKILLs
 * it: once the custody log has grown by `kill.lines` lines, after `kill.ms` more
 * milliseconds (or after `kill.ms` alone when `lines` is 0, which can land in start-up).
 */
function ingest(input: string, store: string, cache: string, kill?: { lines: number; ms: number }): Promise<Run> {
  const log = `${store}.archive/custody.jsonl`;
  const linesNow = (): number => (existsSync(log) ? readFileSync(log).reduce((n, b) => n + (b === 10 ? 1 : 0), 0) : 0);
  const base = linesNow();
  return new Promise((resolve, reject) => {
    // --no-link: linking runs after ingest and touches no original; the compile cache
    // spares each of the 21 starts recompiling the sources
    const child = spawn(process.execPath, [BIN, 'ingest', '--no-link', '--store', store, '--as', 'crash-test', input], {
      stdio: ['ignore', 'ignore', 'pipe'],
      env: { ...process.env, NODE_COMPILE_CACHE: cache },
    });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    let timer: NodeJS.Timeout | undefined;
    if (kill) {
      const fire = (): void => {
        timer = setTimeout(() => child.kill('SIGKILL'), kill.ms);
      };
      if (kill.lines === 0) fire();
      else {
        const poll = (): void => {
          if (child.exitCode !== null || child.signalCode !== null) return;
          if (linesNow() - base >= kill.lines) fire();
          else timer = setTimeout(poll, 1);
        };
        poll();
      }
    }
    child.on('error', reject);
    child.on('close', (code, signal) => {
      if (timer) clearTimeout(timer);
      resolve({ code, signal, stderr });
    });
  });
}

function entriesOf(store: string): CustodyEntry[] {
  const path = `${store}.archive/custody.jsonl`;
  if (!existsSync(path)) return [];
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => JSON.parse(l) as CustodyEntry);
}

/**
 * Which crash window a kill left behind, looked at before anything reopens the archive:
 * a temp file in tmp/, an entry whose object is still in tmp/ (killed between append and
 * rename), a stored document whose 'ingest' entry is not yet written.
 */
async function windowsHit(store: string): Promise<string[]> {
  const hit: string[] = [];
  const tmp = `${store}.archive/tmp`;
  const temps = existsSync(tmp) ? readdirSync(tmp) : [];
  if (temps.length > 0) hit.push('temp file left');
  const entries = entriesOf(store);
  if (entries.some((e) => e.sha256 && !existsSync(`${store}.archive/objects/${e.sha256.slice(0, 2)}/${e.sha256.slice(2, 4)}/${e.sha256}`))) hit.push('entry before rename');
  if (existsSync(store)) {
    const s = await openSqliteStore(store);
    try {
      const ingested = new Set(entries.filter((e) => e.action === 'ingest').map((e) => e.docId));
      const stored = (await s.listDocuments({ limit: 1000 })).items.map((d) => d.id);
      if (stored.some((id) => !ingested.has(id))) hit.push('stored before its ingest entry');
      const captured = new Set(entries.filter((e) => e.action === 'capture').map((e) => e.sha256));
      if ([...captured].some((id) => !stored.includes(id as string))) hit.push('captured, not yet stored');
    } finally {
      await s.close();
    }
  }
  return hit;
}

/** What must hold whenever no process runs, however the last one ended. */
async function assertConsistent(store: string, context: string): Promise<string[]> {
  if (!existsSync(`${store}.archive`)) return [];
  const check = await verifyCustody(store, 'crash-test', { record: false });
  assert.deepEqual(check.problems, [], `${context}: verify found problems`);
  // every stored document's original is archived and hashes to its id
  const ids: string[] = [];
  if (existsSync(store)) {
    const s = await openSqliteStore(store);
    try {
      for (let page = await s.listDocuments({ limit: 1000 }); ; page = await s.listDocuments({ limit: 1000, cursor: page.next })) {
        ids.push(...page.items.map((d) => d.id));
        if (!page.next) break;
      }
      assert.equal((await s.stats()).documents, ids.length, `${context}: stats and list disagree`);
    } finally {
      await s.close();
    }
  }
  assert.equal(new Set(ids).size, ids.length, `${context}: a document is stored twice`);
  const archive = await openArchive(`${store}.archive`, { who: 'crash-test' });
  try {
    for (const id of ids) {
      const bytes = await archive.get(id);
      assert.ok(bytes, `${context}: stored document ${id} has no original in the archive`);
      assert.equal(createHash('sha256').update(bytes).digest('hex'), id);
    }
  } finally {
    await archive.close();
  }
  // nothing recorded twice: one capture per original read, one ingest per document
  const entries = entriesOf(store);
  const captures = entries.filter((e) => e.action === 'capture').map((e) => `${e.uri} ${e.sha256}`);
  assert.equal(new Set(captures).size, captures.length, `${context}: a capture is recorded twice`);
  const ingests = entries.filter((e) => e.action === 'ingest').map((e) => e.docId as string);
  assert.equal(new Set(ingests).size, ingests.length, `${context}: an ingest is recorded twice`);
  for (const d of ingests) assert.ok(ids.includes(d), `${context}: 'ingest' entry for ${d}, which the store does not hold`);
  return ids;
}

describe('crash safety of ingest with the archive', () => {
  const root = mkdtempSync(join(tmpdir(), 'claimtrail-crash-'));
  after(() => rmSync(root, { recursive: true, force: true }));

  it(`SIGKILLed ${KILLS} times at random moments, ingest leaves store and archive consistent and loses nothing`, { timeout: 180_000 }, async (t) => {
    const rnd = seededRandom(SEED);
    const input = join(root, 'articles');
    mkdirSync(input);
    const expected = new Set<string>();
    for (let i = 0; i < ARTICLES; i++) {
      const text = fictionalArticle(i, rnd);
      writeFileSync(join(input, `velm-${String(i).padStart(2, '0')}.txt`), text);
      expected.add(createHash('sha256').update(text).digest('hex'));
    }
    const store = join(root, 'store.db');
    const cache = join(root, 'compile-cache');
    let killed = 0;
    const windows = new Map<string, number>();
    for (let k = 0; k < KILLS; k++) {
      // mostly in the thick of it (after a few more custody lines), sometimes anywhere from start-up on
      const kill = rnd() < 0.2 ? { lines: 0, ms: Math.floor(rnd() * 1500) } : { lines: 1 + Math.floor(rnd() * 6), ms: Math.floor(rnd() * 25) };
      const run = await ingest(input, store, cache, kill);
      for (const w of await windowsHit(store)) windows.set(w, (windows.get(w) ?? 0) + 1);
      if (run.signal === 'SIGKILL') killed++;
      else assert.ok(run.code === 0, `run ${k} ended with ${run.code}: ${run.stderr}`);
      await assertConsistent(store, `after kill ${k} (${JSON.stringify(kill)}, ${run.signal ?? `exit ${run.code}`})`);
    }
    t.diagnostic(`${killed} of ${KILLS} runs killed; crash windows left: ${JSON.stringify(Object.fromEntries(windows))}`);
    assert.ok(killed >= KILLS / 2, `only ${killed} of ${KILLS} runs were killed before they finished`);

    const final = await ingest(input, store, cache);
    assert.equal(final.code, 0, final.stderr);
    const ids = await assertConsistent(store, 'after the final run');
    assert.deepEqual(new Set(ids), expected, 'the store holds exactly the articles');
    const entries = entriesOf(store);
    assert.equal(entries.filter((e) => e.action === 'capture').length, ARTICLES);
    assert.equal(entries.filter((e) => e.action === 'ingest').length, ARTICLES);
    assert.ok(entries.every((e) => e.action !== 'capture' || e.who === 'crash-test'));
  });
});
