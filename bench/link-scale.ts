/**
 * How linking scales: `node bench/link-scale.ts [DATA_DIR] [--sizes 1000,2000,4000,8000]`.
 * The AllSides articles (DATA_DIR/allsides/articles-crossoutlet.jsonl.gz) are extracted once;
 * for each size a fresh store gets the first N, then `claimtrail link` runs on it in a child process
 * whose wall time and peak resident memory (VmHWM) are measured. Time should grow no faster
 * than n log n and memory stay bounded.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gunzipSync } from 'node:zlib';
import { openStore } from '../src/app/open-store.ts';
import { toStoredDocument } from '../src/app/to-stored-document.ts';
import { createStageContext } from '../src/extract/create-stage-context.ts';
import { analyse } from '../src/extract/pipeline.ts';
import { sha256 } from '../src/ingest/sha256.ts';

const { values, positionals } = parseArgs({ options: { sizes: { type: 'string', default: '1000,2000,4000,8000' }, keep: { type: 'string' } }, allowPositionals: true });
const data = resolve(positionals[0] ?? '../shared/data');
const file = join(data, 'allsides', 'articles-crossoutlet.jsonl.gz');
if (!existsSync(file)) {
  process.stderr.write(`link-scale: ${file} not found (pass the data folder, e.g. ../shared/data)\n`);
  process.exit(2);
}
interface Article {
  title?: string;
  date?: string;
  source?: string;
  content_original?: string;
}
const articles = gunzipSync(readFileSync(file))
  .toString('utf8')
  .split('\n')
  .filter(Boolean)
  .map((l) => JSON.parse(l) as Article)
  .filter((a) => (a.content_original ?? '').length > 200);
const sizes = values.sizes.split(',').map(Number).sort((a, b) => a - b);
const largest = Math.min(sizes.at(-1) ?? 0, articles.length);
const ctx = createStageContext();
const bin = resolve('bin/claimtrail.mjs');
console.log(`${articles.length} AllSides articles available; sizes ${sizes.join(', ')}`);
// Each article is extracted once; a store of the first n is filled from those analyses, so
// that the sizes differ only in how many documents the linking sees.
// --keep DIR keeps the stores there and reuses them on the next run (extraction is skipped)
const dir = values.keep ?? mkdtempSync(join(tmpdir(), 'claimtrail-link-'));
const t0 = performance.now();
const missing = sizes.some((n) => !existsSync(join(dir, `store-${n}.db`)));
const analysed = (missing ? articles.slice(0, largest) : []).map((a, i) => {
  const text = `${a.title ?? ''}\n\n${a.content_original ?? ''}`;
  const doc = { id: sha256(text), name: `allsides-${i}`, uri: `allsides:${i}`, mediaType: 'text/plain', text, encoding: 'utf-8', byteLength: text.length, ...(a.title ? { title: a.title } : {}), ...(a.date ? { published: a.date } : {}), ...(a.source ? { publisher: a.source } : {}) };
  if (i % 500 === 499) process.stderr.write(`  ${i + 1}/${largest} extracted (${((performance.now() - t0) / 1000).toFixed(0)} s)\n`);
  return toStoredDocument(analyse(doc, ctx));
});
if (missing) console.log(`extracted ${largest} articles in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
console.log('size   link s   peak RSS MB (anon+file)   link s / (n log2 n) x 1e6   entities   claims   copies');
for (const n of sizes) {
  const db = join(dir, `store-${n}.db`);
  if (!existsSync(db)) {
    const store = await openStore(db);
    for (const d of analysed.slice(0, n)) await store.addDocument(d);
    await store.close();
  }
  const { seconds, peakMb, anonMb, fileMb, stdout } = await timed(process.execPath, [bin, 'link', '--json', '--store', db]);
  const s = JSON.parse(stdout) as { entities?: number; claims?: number; copies?: number };
  console.log(`${String(n).padStart(5)}   ${seconds.toFixed(1).padStart(6)}   ${`${peakMb.toFixed(0)} (${anonMb.toFixed(0)}+${fileMb.toFixed(0)})`.padStart(16)}   ${((seconds / (n * Math.log2(n))) * 1e6).toFixed(2).padStart(25)}   ${String(s.entities).padStart(8)}   ${String(s.claims).padStart(6)}   ${String(s.copies).padStart(6)}`);
}
if (!values.keep) rmSync(dir, { recursive: true, force: true });

/** Runs a command, polling its peak resident set size from /proc. */
function timed(cmd: string, args: string[]): Promise<{ seconds: number; peakMb: number; anonMb: number; fileMb: number; stdout: string }> {
  return new Promise((done, fail) => {
    const t0 = performance.now();
    const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'inherit'] });
    let stdout = '';
    child.stdout.on('data', (b: Buffer) => (stdout += b.toString('utf8')));
    let peak = 0;
    let peakAnon = 0;
    let peakFile = 0;
    const poll = setInterval(() => {
      try {
        const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
        const m = /VmHWM:\s+(\d+) kB/.exec(status);
        if (m) peak = Math.max(peak, Number(m[1]) / 1024);
        const anon = /RssAnon:\s+(\d+) kB/.exec(status);
        const file = /RssFile:\s+(\d+) kB/.exec(status);
        if (anon) peakAnon = Math.max(peakAnon, Number(anon[1]) / 1024);
        if (file) peakFile = Math.max(peakFile, Number(file[1]) / 1024);
      } catch {
        // the process has just ended
      }
    }, 50);
    child.on('error', fail);
    child.on('exit', (code) => {
      clearInterval(poll);
      if (code !== 0) fail(new Error(`${cmd} exited ${code}`));
      else done({ seconds: (performance.now() - t0) / 1000, peakMb: peak, anonMb: peakAnon, fileMb: peakFile, stdout });
    });
  });
}
