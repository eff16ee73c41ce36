// Acceptance check for streaming web archives: generates a WARC of the given size from the
// BBC articles (a request and a response record per capture, each gzipped alone as crawlers
// do; every response's text unique, so the store keeps them all; a third of bodies sent
// gzip-encoded, a fifth chunked), then runs the whole `claimtrail ingest` on it as a child
// process and prints its wall time and peak RSS (from /usr/bin/time -v when present, and
// from polling /proc/PID/status), with an RSS timeline to show whether memory grows with the
// number of documents. Deterministic: the same size gives the same file.
//
//   node scripts/warc-gigabyte.ts [--mb 1024] [--data ../shared/data/bbc-news/bbc] [--no-link] [--keep] [--read-only] [--archive FILE]
//
// --mb is the size of the .warc.gz file; --no-link passes --no-link to ingest (ingest only);
// --keep leaves the temp directory (archive and store) in place; --read-only measures the
// WARC reader alone (every record read and turned into a Document, nothing extracted or stored);
// --archive reuses a file generated before (with --keep) instead of generating one.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  closeSync,
  existsSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { httpResponseBytes } from '../src/ingest/warc/http-response-bytes.ts';
import { warcRecordBytes } from '../src/ingest/warc/warc-record-bytes.ts';

/** The reader alone, as a child process printing a summary like ingest's. */
const READ_ONLY = `
import { readDocuments } from '${new URL('../src/ingest/read-documents.ts', import.meta.url).pathname}';
const t0 = performance.now();
let read = 0, added = 0, failed = 0;
for await (const item of readDocuments([process.argv[1]])) { read++; if (item.ok) added++; else failed++; }
console.log(JSON.stringify({ read, added, failed, seconds: (performance.now() - t0) / 1000 }));
`;

const { values } = parseArgs({
  options: {
    mb: { type: 'string', default: '1024' },
    data: { type: 'string', default: '../shared/data/bbc-news/bbc' },
    'no-link': { type: 'boolean' },
    keep: { type: 'boolean' },
    'read-only': { type: 'boolean' },
    archive: { type: 'string' },
  },
});
const targetBytes = Number(values.mb) * 1024 * 1024;
const data = values.data as string;
if (!existsSync(data)) {
  console.error(
    `warc-gigabyte: the BBC articles are not at ${data} (pass --data PATH/TO/shared/data/bbc-news/bbc)`,
  );
  process.exit(2);
}
const articles = readdirSync(data, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .flatMap((d) =>
    readdirSync(join(data, d.name))
      .filter((n) => n.endsWith('.txt'))
      .sort()
      .map((n) => ({
        topic: d.name,
        stem: n.replace(/\.txt$/, ''),
        text: readFileSync(join(data, d.name, n)),
      })),
  )
  .sort((a, b) => `${a.topic}/${a.stem}`.localeCompare(`${b.topic}/${b.stem}`));
if (articles.length === 0) {
  console.error(`warc-gigabyte: no .txt articles under ${data}`);
  process.exit(2);
}

const dir = mkdtempSync(join(tmpdir(), 'claimtrail-warc-gb-'));
const archive = values.archive ?? join(dir, `bbc-${values.mb}mb.warc.gz`);
const t0 = performance.now();
if (values.archive) console.log(`reusing ${archive}: ${mb(statSync(archive).size)}`);
else {
  const generated = generate();
  console.log(
    `generated ${archive}: ${mb(generated.bytes)} gzipped (${mb(generated.raw)} as WARC), ${generated.captures} captures ` +
      `(${generated.captures * 2} records) from ${articles.length} articles in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
  );
}

const args = values['read-only']
  ? ['--input-type=module', '-e', READ_ONLY, archive]
  : [
      'bin/claimtrail.mjs',
      'ingest',
      '--json',
      '--store',
      join(dir, 'store.db'),
      ...(values['no-link'] ? ['--no-link'] : []),
      archive,
    ];
const run = await measure(args);
if (!values.keep) rmSync(dir, { recursive: true, force: true });
else console.log(`kept ${dir}`);

let summary: Record<string, unknown> = {};
try {
  summary = JSON.parse(run.stdout) as Record<string, unknown>;
} catch {
  console.log(`ingest printed no JSON summary:\n${run.stdout.slice(0, 2000)}`);
}
console.log(
  `ingest exit code ${run.code}; ${run.stderrLines} lines on stderr${run.stderrLines ? ` (first: ${run.stderrFirst})` : ''}`,
);
console.log(
  `ingest: read ${String(summary.read)}, added ${String(summary.added)}, unchanged ${String(summary.unchanged)}, failed ${String(summary.failed)}, ` +
    `${String(summary.attributions)} attributions, ingest phase ${String(summary.seconds)} s${summary.linked ? `, link phase ${JSON.stringify(summary.linked)}` : ''}`,
);
console.log('RSS timeline (s: anon+file MB):', run.timeline.map(([t, a, f]) => `${t}: ${a}+${f}`).join(', '));
console.log(
  `wall time ${run.seconds.toFixed(1)} s; peak RSS ${run.timePeakMb ?? '?'} MB (/usr/bin/time -v), ${run.pollPeakMb} MB (VmHWM polled)`,
);
const peak = run.timePeakMb ?? run.pollPeakMb;
console.log(peak < 500 ? `PASS: peak RSS ${peak} MB < 500 MB` : `FAIL: peak RSS ${peak} MB >= 500 MB`);
process.exit(run.code === 0 || run.code === 1 ? (peak < 500 ? 0 : 1) : 1);

/** Writes captures, cycling through the articles, until the file reaches the target size. */
function generate(): { bytes: number; raw: number; captures: number } {
  const fd = openSync(archive, 'w');
  let bytes = 0;
  let raw = 0;
  let n = 0;
  const batch: Buffer[] = [];
  let batched = 0;
  const put = (record: Buffer): void => {
    const member = gzipSync(record, { level: 6 });
    raw += record.length;
    batch.push(member);
    batched += member.length;
    if (batched >= 1 << 20) flush();
  };
  const flush = (): void => {
    const b = Buffer.concat(batch);
    writeSync(fd, b);
    bytes += b.length;
    batch.length = 0;
    batched = 0;
  };
  put(
    warcRecordBytes(
      { type: 'warcinfo', id: uuid('info'), contentType: 'application/warc-fields' },
      'software: claimtrail scripts/warc-gigabyte.ts\r\nformat: WARC File Format 1.1\r\n',
    ),
  );
  while (bytes + batched < targetBytes) {
    const a = articles[n % articles.length] as (typeof articles)[number];
    const uri = `https://news.example/${a.topic}/${a.stem}/copy-${n}`;
    const date = new Date(Date.UTC(2005, 0, 1) + n * 1000).toISOString().replace('.000', '');
    // the copy number makes each text unique (the store keeps one document per distinct text)
    const text = Buffer.concat([a.text, Buffer.from(`\n\nFiled from the archive, copy ${n}.\n`)]);
    const headers: Record<string, string> = { 'Content-Type': 'text/plain; charset=utf-8' };
    let body: Buffer = text;
    if (n % 3 === 1) {
      body = gzipSync(body);
      headers['Content-Encoding'] = 'gzip';
    }
    if (n % 5 === 2) {
      const half = body.length >> 1;
      body = Buffer.concat([
        Buffer.from(`${half.toString(16)}\r\n`),
        body.subarray(0, half),
        Buffer.from(`\r\n${(body.length - half).toString(16)}\r\n`),
        body.subarray(half),
        Buffer.from('\r\n0\r\n\r\n'),
      ]);
      headers['Transfer-Encoding'] = 'chunked';
    } else headers['Content-Length'] = String(body.length);
    const request = `GET /${a.topic}/${a.stem}/copy-${n} HTTP/1.1\r\nHost: news.example\r\nUser-Agent: claimtrail-test\r\nAccept-Encoding: gzip\r\n\r\n`;
    put(
      warcRecordBytes(
        { type: 'request', id: uuid(`q${n}`), uri, date, contentType: 'application/http; msgtype=request' },
        request,
      ),
    );
    put(
      warcRecordBytes(
        { type: 'response', id: uuid(`r${n}`), uri, date, contentType: 'application/http; msgtype=response' },
        httpResponseBytes(200, headers, body),
      ),
    );
    n++;
  }
  flush();
  closeSync(fd);
  return { bytes: statSync(archive).size, raw, captures: n };
}

function uuid(seed: string): string {
  const h = createHash('sha1').update(seed).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
}

function mb(n: number): string {
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}

interface Measured {
  code: number | null;
  seconds: number;
  stdout: string;
  stderrLines: number;
  stderrFirst: string;
  timePeakMb: number | undefined;
  pollPeakMb: number;
  timeline: [number, number, number][];
}

/** Runs node on `args` (under /usr/bin/time -v if there is one), polling the node process's memory every second. */
function measure(args: string[]): Promise<Measured> {
  const useTime = existsSync('/usr/bin/time');
  const child = useTime
    ? spawn('/usr/bin/time', ['-v', process.execPath, ...args])
    : spawn(process.execPath, args);
  const start = performance.now();
  let stdout = '';
  let stderr = '';
  let stderrLines = 0;
  let stderrFirst = '';
  child.stdout.on('data', (b: Buffer) => (stdout += b.toString()));
  child.stderr.on('data', (b: Buffer) => {
    // keep only the tail: time -v prints at the end, and problems may be many
    stderr = (stderr + b.toString()).slice(-20000);
    const lines = b.toString().split('\n').filter(Boolean);
    if (!stderrFirst && lines[0]) stderrFirst = lines[0];
    stderrLines += lines.length;
  });
  let pollPeakKb = 0;
  const timeline: [number, number, number][] = [];
  const status = (pid: number): string | undefined => {
    try {
      return readFileSync(`/proc/${pid}/status`, 'utf8');
    } catch {
      return undefined;
    }
  };
  const nodePid = (): number | undefined => {
    if (!useTime) return child.pid;
    try {
      return (
        Number(
          readFileSync(`/proc/${child.pid}/task/${child.pid}/children`, 'utf8').trim().split(/\s+/)[0],
        ) || undefined
      );
    } catch {
      return undefined;
    }
  };
  let ticks = 0;
  // the store's size as a rough measure of progress (ingest draws no progress when not on a terminal)
  const progress = (): string => {
    const db = args[args.indexOf('--store') + 1];
    return db && args.includes('--store') && existsSync(db)
      ? `, store ${mb(statSync(db).size + (existsSync(`${db}-wal`) ? statSync(`${db}-wal`).size : 0))}`
      : '';
  };
  const timer = setInterval(() => {
    const pid = nodePid();
    const s = pid ? status(pid) : undefined;
    if (!s) return;
    const hwm = Number(/VmHWM:\s+(\d+)/.exec(s)?.[1] ?? 0);
    const kb = (field: string): number => Number(new RegExp(`${field}:\\s+(\\d+)`).exec(s)?.[1] ?? 0);
    pollPeakKb = Math.max(pollPeakKb, hwm);
    // a sample every 10 s in the timeline (every second is polled for the peak); RSS split
    // into anonymous memory (heap) and file pages (SQLite reads its file through mmap)
    if (ticks % 10 === 0)
      timeline.push([
        Math.round((performance.now() - start) / 1000),
        Math.round(kb('RssAnon') / 1024),
        Math.round(kb('RssFile') / 1024),
      ]);
    // a line a minute while it runs: a long run can be watched (and judged if cut short)
    if (ticks++ % 60 === 59)
      console.log(
        `  ${Math.round((performance.now() - start) / 1000)} s: RSS ${Math.round(kb('VmRSS') / 1024)} MB (peak ${Math.round(hwm / 1024)} MB)${progress()}`,
      );
  }, 1000);
  return new Promise((resolve) => {
    child.on('close', (code) => {
      clearInterval(timer);
      const maxKb = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr)?.[1];
      resolve({
        code: useTime ? Number(/Exit status: (\d+)/.exec(stderr)?.[1] ?? code) : code,
        seconds: (performance.now() - start) / 1000,
        stdout,
        stderrLines,
        stderrFirst,
        timePeakMb: maxKb ? Math.round(Number(maxKb) / 1024) : undefined,
        pollPeakMb: Math.round(pollPeakKb / 1024),
        timeline,
      });
    });
  });
}
