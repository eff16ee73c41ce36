/**
 * Work distribution over PostgreSQL, measured: `npx node bench/workers.ts [CORPUS] [--times 10]
 * [--runs 1] [--kills 10] [--pg URL] [--no-sqlite] [--no-fault] [--concurrency 2] [--batch 8]`.
 *
 * CORPUS is the BBC news folder (default ../shared/data/bbc-news/bbc: 2,225 .txt files in
 * topic folders). It is copied `--times` times, each copy made distinct by a last line
 * naming its number (so every copy has its own SHA-256, while near-duplicate detection
 * still sees the copies as copies). Then, as child processes running the real CLI:
 *
 * 1. the reference: `claimtrail ingest` into a new SQLite store, one process, inline;
 * 2. for 1 and then 2 worker processes (alternating, `--runs` times each): `claimtrail
 *    ingest --queue` into a fresh PostgreSQL schema, then the workers with
 *    --exit-when-drained; timed from the workers' start to the last job done (extraction)
 *    and to their exit (extraction and the final linking); documents/s and the ratio of
 *    2 workers to 1, medians over the runs; each ledger compared with the reference;
 * 3. the fault run: one worker, SIGKILLed `--kills` times at even intervals over the
 *    extraction time measured in 2, restarted each time, then left to finish; its ledger
 *    compared with the undisturbed one's, and extract_done checked for jobs applied twice.
 *
 * Linking runs once, when the queue has drained (--link-after is set past the run). Each
 * measurement first waits (up to --quiet-wait seconds, default 1800) for the machine to be
 * idle, since it is shared, and says how busy it was.
 * Not part of npm test: a ×10 run takes most of an hour on a 2-core machine.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { parseArgs } from 'node:util';
import { ledgerDigest, type LedgerDigest } from '../src/app/ledger-digest.ts';
import { openStore } from '../src/app/open-store.ts';
import { dropTestSchema, testSchemaName, withTestServer } from '../src/store/postgres/open-test-postgres-store.ts';

const { values, positionals } = parseArgs({
  options: {
    times: { type: 'string', default: '10' },
    runs: { type: 'string', default: '1' },
    kills: { type: 'string', default: '10' },
    pg: { type: 'string', default: process.env['CLAIMTRAIL_TEST_POSTGRES'] ?? 'postgres://postgres@127.0.0.1:5432/test' },
    'no-sqlite': { type: 'boolean' },
    'no-fault': { type: 'boolean' },
    'quiet-wait': { type: 'string', default: '1800' },
    concurrency: { type: 'string', default: '2' },
    batch: { type: 'string', default: '8' },
  },
  allowPositionals: true,
});
const corpus = resolve(positionals[0] ?? '../shared/data/bbc-news/bbc');
if (!existsSync(corpus)) {
  process.stderr.write(`workers bench: the BBC corpus is not at ${corpus} (pass its folder: the one holding business/, entertainment/, politics/, sport/, tech/)\n`);
  process.exit(2);
}
const times = Number(values.times);
const runs = Number(values.runs);
const kills = Number(values.kills);
const BIN = resolve('bin/claimtrail.mjs');
const work = mkdtempSync(join(tmpdir(), 'claimtrail-workers-'));
const cache = join(work, 'compile-cache');
const env = { ...process.env, NODE_COMPILE_CACHE: cache };
const log = (line: string): void => void process.stdout.write(`${line}\n`);
const load = (): string => loadavg().map((l) => l.toFixed(2)).join(' ');
/** The share of CPU time busy over `ms`, from /proc/stat (every core). */
async function busy(ms: number): Promise<number> {
  const read = (): number[] => (readFileSync('/proc/stat', 'utf8').split('\n')[0] ?? '').trim().split(/\s+/).slice(1).map(Number);
  const a = read();
  await sleep(ms);
  const b = read();
  const d = b.map((v, i) => v - (a[i] ?? 0));
  const total = d.reduce((n, v) => n + v, 0);
  return total === 0 ? 0 : 1 - ((d[3] ?? 0) + (d[4] ?? 0)) / total;
}
/** Waits (up to --quiet-wait seconds) until the machine is idle: under 10 % busy over 5 s, as other work shares it. */
async function quiet(): Promise<string> {
  const until = Date.now() + Number(values['quiet-wait']) * 1000;
  let b = await busy(5000);
  while (b > 0.1 && Date.now() < until) b = await busy(5000);
  return `${(b * 100).toFixed(0)} % busy before, load average ${load()}`;
}
const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
};

// The input: --times distinct copies of every article.
const input = join(work, 'input');
let files = 0;
for (const topic of readdirSync(corpus).filter((d) => statSync(join(corpus, d)).isDirectory())) {
  const names = readdirSync(join(corpus, topic)).filter((f) => f.endsWith('.txt'));
  for (let k = 1; k <= times; k++) {
    const dir = join(input, `copy-${String(k).padStart(2, '0')}`, topic);
    mkdirSync(dir, { recursive: true });
    for (const f of names) {
      writeFileSync(join(dir, f), `${readFileSync(join(corpus, topic, f), 'latin1')}\n\nCopy ${k} of ${times}.\n`, 'latin1');
      files++;
    }
  }
}
log(`${files} files (${times} copies of ${files / times} BBC articles) in ${input}; load average ${load()}`);

interface Exit {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
}
function cli(args: readonly string[], script = BIN): { child: ChildProcess; exit: Promise<Exit> } {
  const child = spawn(process.execPath, [script, ...args], { stdio: ['ignore', 'pipe', 'pipe'], env });
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
  const exit = new Promise<Exit>((res, rej) => {
    child.on('error', rej);
    child.on('close', (code, signal) => res({ code, signal, stdout, stderr }));
  });
  return { child, exit };
}
async function ok(args: readonly string[], script = BIN): Promise<Exit> {
  const r = await cli(args, script).exit;
  if (r.code !== 0) throw new Error(`claimtrail ${args.join(' ')} failed (${r.code ?? r.signal}): ${r.stderr}`);
  return r;
}
const pgUrl = (schema: string): string => `${values.pg}${values.pg.includes('?') ? '&' : '?'}schema=${schema}`;
const doneCount = (schema: string): Promise<{ done: number; distinct: number; jobs: number; dead: number }> =>
  withTestServer(async (c) => {
    const { rows } = await c.query(`SELECT (SELECT count(*) FROM ${schema}.extract_done)::int AS done,
      (SELECT count(DISTINCT doc_id) FROM ${schema}.extract_done)::int AS distinct,
      (SELECT count(*) FROM ${schema}.extract_jobs WHERE state = 'ready')::int AS jobs,
      (SELECT count(*) FROM ${schema}.extract_jobs WHERE state = 'dead')::int AS dead`);
    return rows[0] as { done: number; distinct: number; jobs: number; dead: number };
  }, values.pg);
async function ledgerAt(location: string): Promise<LedgerDigest> {
  const store = await openStore(location);
  try {
    return await ledgerDigest(store);
  } finally {
    await store.close();
  }
}
const same = (a: LedgerDigest, b: LedgerDigest): string => {
  const parts = (Object.keys(a.hashes) as (keyof LedgerDigest['hashes'])[]).filter((k) => a.hashes[k] !== b.hashes[k]);
  return parts.length === 0 ? 'identical' : `DIFFERENT in ${parts.join(', ')}`;
};
/** CPU seconds a process has used so far (user + system) from /proc, or undefined once it is gone. */
function cpuSeconds(pid: number): number | undefined {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return undefined;
  }
}
/** CPU used by a set of processes between their first and last sample. */
function cpuMeter() {
  const seen = new Map<number, { first: number; last: number }>();
  return {
    sample(pids: readonly number[]): void {
      for (const pid of pids) {
        const now = cpuSeconds(pid);
        if (now === undefined) continue;
        const s = seen.get(pid);
        if (s) s.last = now;
        else seen.set(pid, { first: now, last: now });
      }
    },
    seconds: (): number => [...seen.values()].reduce((n, s) => n + s.last - s.first, 0),
  };
}
const serverPids = (schema: string): Promise<number[]> =>
  withTestServer(async (c) => {
    const { rows } = await c.query('SELECT pid FROM pg_stat_activity WHERE starts_with(application_name, $1)', [`cw:${schema}:`]);
    return rows.map((r: { pid: number }) => r.pid);
  }, values.pg);

const WORKER = ['--exit-when-drained', '--json', '--link-after', '600000', '--concurrency', values.concurrency, '--batch', values.batch];

/** Queues the input in a fresh schema and drains it with `n` worker processes; `kill` SIGKILLs and restarts worker 0 at those times (ms after start). */
async function queueRun(n: number, killAt: readonly number[], ready: () => Promise<void>) {
  const schema = testSchemaName();
  try {
    return await queueRunIn(schema, n, killAt, ready);
  } catch (err) {
    await dropTestSchema(schema, values.pg).catch(() => undefined);
    throw err;
  }
}
async function queueRunIn(schema: string, n: number, killAt: readonly number[], ready: () => Promise<void>) {
  const url = pgUrl(schema);
  const q0 = performance.now();
  const queued = JSON.parse((await ok(['ingest', '--queue', '--json', '--store', url, input])).stdout) as { queued: number };
  const enqueueS = (performance.now() - q0) / 1000;
  const total = queued.queued;
  await ready();
  const t0 = performance.now();
  const start = (): ReturnType<typeof cli> => cli(['worker', '--store', url, ...WORKER]);
  const started = Array.from({ length: n }, start);
  let killed = 0;
  let extractS = 0;
  const workerCpu = cpuMeter();
  const serverCpu = cpuMeter();
  for (;;) {
    workerCpu.sample(started.map((w) => w.child.pid ?? 0));
    serverCpu.sample(await serverPids(schema));
    const c = await doneCount(schema);
    const ms = performance.now() - t0;
    if (killed < killAt.length && ms >= (killAt[killed] as number) && c.done < total) {
      const victim = started[0] as ReturnType<typeof cli>;
      victim.child.kill('SIGKILL');
      await victim.exit;
      killed++;
      log(`    kill ${killed} at ${(ms / 1000).toFixed(1)} s (${c.done}/${total} done), restarted`);
      started[0] = start();
    }
    if (c.done + c.dead >= total && extractS === 0) {
      extractS = (performance.now() - t0) / 1000;
      workerCpu.sample(started.map((w) => w.child.pid ?? 0));
      serverCpu.sample(await serverPids(schema));
    }
    if (extractS > 0 || started.every((w) => w.child.exitCode !== null)) break;
    await sleep(250);
  }
  const exits = await Promise.all(started.map((w) => w.exit));
  const totalS = (performance.now() - t0) / 1000;
  for (const e of exits) if (e.code !== 0) throw new Error(`a worker failed (${e.code ?? e.signal}): ${e.stderr}`);
  const summaries = exits.map((e) => JSON.parse(e.stdout.trim().split('\n').pop() as string) as { done: number; linkSeconds: number });
  const counts = await doneCount(schema);
  const ledger = await ledgerAt(url);
  return {
    schema,
    total,
    enqueueS,
    extractS,
    totalS,
    killed,
    counts,
    ledger,
    perWorker: summaries.map((s) => s.done),
    linkS: Math.max(...summaries.map((s) => s.linkSeconds)),
    // CPU ms per document while extracting: the worker processes (start-up included), and their database connections
    workerMs: (workerCpu.seconds() * 1000) / total,
    serverMs: (serverCpu.seconds() * 1000) / total,
  };
}

const results: { n: number; extractRate: number; totalRate: number }[] = [];
try {
  // The ceiling: extraction alone, no database, one process and then two at once (they share caches and memory bandwidth).
  const alone = async (n: number): Promise<number> => {
    const outs = await Promise.all(Array.from({ length: n }, () => ok([corpus, '1200'], resolve('bench/extract-rate.ts'))));
    return outs.reduce((sum, o) => sum + (JSON.parse(o.stdout) as { perSecond: number }).perSecond, 0);
  };
  const ceiling: { one: number; two: number }[] = [];
  for (let run = 1; run <= runs; run++) {
    log(`extraction alone, 1 process then 2 at once, run ${run}/${runs} (${await quiet()})`);
    ceiling.push({ one: await alone(1), two: await alone(2) });
    const c = ceiling[ceiling.length - 1] as { one: number; two: number };
    log(`  ${c.one.toFixed(1)} → ${c.two.toFixed(1)} documents/s, ratio ${(c.two / c.one).toFixed(2)}`);
  }
  log(`  median ratio ${median(ceiling.map((c) => c.two / c.one)).toFixed(2)}: what two worker processes could reach on this machine if the database cost nothing`);

  let reference: LedgerDigest | undefined;
  if (!values['no-sqlite']) {
    log(`sqlite: inline ingest and link, one process (${await quiet()})`);
    const t0 = performance.now();
    const db = join(work, 'reference.db');
    const r = JSON.parse((await ok(['ingest', '--json', '--store', db, input])).stdout) as { added: number; seconds: number; linked: { seconds: number } };
    const s = (performance.now() - t0) / 1000;
    reference = await ledgerAt(db);
    log(`  ${r.added} documents: ${s.toFixed(1)} s in all (${r.seconds.toFixed(1)} s reading and extracting, ${r.linked.seconds.toFixed(1)} s linking): ${(r.added / s).toFixed(1)} documents/s`);
  }
  let undisturbed: LedgerDigest | undefined;
  let extract1 = 0;
  for (let run = 1; run <= runs; run++) {
    for (const n of [1, 2]) {
      const r = await queueRun(n, [], async () => log(`postgres, ${n} worker process${n > 1 ? 'es' : ''}, run ${run}/${runs} (${await quiet()})`));
      results.push({ n, extractRate: r.total / r.extractS, totalRate: r.total / r.totalS });
      if (n === 1) extract1 = r.extractS;
      undisturbed ??= r.ledger;
      log(
        `  ${r.total} queued in ${r.enqueueS.toFixed(1)} s; extracted in ${r.extractS.toFixed(1)} s (${(r.total / r.extractS).toFixed(1)} documents/s), ` +
          `linked and exited at ${r.totalS.toFixed(1)} s (${(r.total / r.totalS).toFixed(1)} documents/s end to end; last linking ${r.linkS.toFixed(1)} s); ` +
          `jobs per worker ${r.perWorker.join(' + ')}; extract_done ${r.counts.done} rows, ${r.counts.distinct} documents, ${r.counts.dead} dead; ` +
          `CPU while extracting ${r.workerMs.toFixed(2)} ms/document in workers, ${r.serverMs.toFixed(2)} ms/document in their PostgreSQL connections`,
      );
      log(`  ledger vs the sqlite run: ${reference ? same(r.ledger, reference) : 'not compared (--no-sqlite)'}; vs the first postgres run: ${same(r.ledger, undisturbed)}`);
      await dropTestSchema(r.schema, values.pg);
    }
  }
  const rate = (n: number, k: 'extractRate' | 'totalRate') => median(results.filter((r) => r.n === n).map((r) => r[k]));
  log(`medians over ${runs} run(s): extraction ${rate(1, 'extractRate').toFixed(1)} → ${rate(2, 'extractRate').toFixed(1)} documents/s, ratio ${(rate(2, 'extractRate') / rate(1, 'extractRate')).toFixed(2)}; ` +
    `end to end ${rate(1, 'totalRate').toFixed(1)} → ${rate(2, 'totalRate').toFixed(1)} documents/s, ratio ${(rate(2, 'totalRate') / rate(1, 'totalRate')).toFixed(2)}`);

  if (!values['no-fault'] && kills > 0 && undisturbed) {
    const every = (extract1 * 1000) / (kills + 1);
    const r = await queueRun(
      1,
      Array.from({ length: kills }, (_, i) => every * (i + 1)),
      async () => log(`fault run: 1 worker, SIGKILLed ${kills} times every ${(every / 1000).toFixed(1)} s and restarted (${await quiet()})`),
    );
    log(`  ${r.killed} kills; finished at ${r.totalS.toFixed(1)} s; extract_done ${r.counts.done} rows for ${r.counts.distinct} documents of ${r.total} (${r.counts.done === r.counts.distinct && r.counts.distinct === r.total ? 'none lost, none applied twice' : 'MISMATCH'}); ${r.counts.jobs} jobs left, ${r.counts.dead} dead`);
    log(`  ledger vs the undisturbed run: ${same(r.ledger, undisturbed)}${reference ? `; vs the sqlite run: ${same(r.ledger, reference)}` : ''}`);
    await dropTestSchema(r.schema, values.pg);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
