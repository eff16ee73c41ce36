/**
 * The work queue on PostgreSQL, in this process: originals queued by `claimtrail ingest
 * --queue` and extracted by workers give the very ledger an inline SQLite ingest gives
 * (documents, attributions, figures, entities, claims, links), with one worker or two
 * at once; a job that throws is retried with backoff and then becomes a dead letter with
 * its reason; a job whose workers keep dying ends as one too. (A worker killed mid-batch,
 * as a separate process: test/worker-kill.test.ts.)
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { articleFolder, inlineLedger, queueCounts, testPostgres } from './queue-fixture.ts';
import { fakeIo } from './fake-io.ts';
import { main } from '../src/cli/main.ts';
import { createStageContext } from '../src/extract/create-stage-context.ts';
import { withTestServer } from '../src/store/postgres/open-test-postgres-store.ts';
import type { LedgerDigest } from '../src/app/ledger-digest.ts';
import { ledgerDigest } from '../src/app/ledger-digest.ts';
import { openQueue } from '../src/app/open-queue.ts';
import { openStore } from '../src/app/open-store.ts';
import { extractJob } from '../src/app/extract-job.ts';
import { runWorker, type WorkerOptions } from '../src/app/run-worker.ts';

const ctx = createStageContext();
const folder = articleFolder(16);
let reference: LedgerDigest;

before(async () => {
  reference = await inlineLedger(folder.dir);
  // a ledger worth comparing: the story's speakers are entities with claims between them
  assert.equal(reference.counts.documents, folder.count);
  assert.ok(reference.counts.entities > 0 && reference.counts.claims > 0 && reference.counts.attributions > 0);
});
after(() => folder.remove());

/** A fresh schema with the folder queued in it, by the CLI. */
async function queued(): Promise<ReturnType<typeof testPostgres>> {
  const pg = testPostgres();
  const io = fakeIo(folder.dir);
  assert.equal(await main(['ingest', '--queue', '--store', pg.url, folder.dir], io), 0, io.err());
  assert.match(io.out(), new RegExp(`${folder.count} queued, 0 queued already, 0 already stored, 0 failed`));
  return pg;
}

/** One worker with its own connections, run until the queue is drained and the store linked. */
async function worker(url: string, name: string, options: Partial<WorkerOptions> = {}) {
  const queue = await openQueue(url, { worker: name, poolSize: 5 });
  const store = await openStore(url);
  try {
    return await runWorker(queue, store, ctx, { worker: name, concurrency: 2, batch: 3, pollMs: 20, exitWhenDrained: true, ...options });
  } finally {
    await store.close();
    await queue.close();
  }
}

async function ledgerOf(url: string): Promise<LedgerDigest> {
  const store = await openStore(url);
  try {
    return await ledgerDigest(store);
  } finally {
    await store.close();
  }
}

describe('extraction through the PostgreSQL work queue', () => {
  it('one worker drains the queue into the same ledger as an inline SQLite ingest', async () => {
    const pg = await queued();
    try {
      const summary = await worker(pg.url, 'only');
      assert.equal(summary.done, folder.count);
      assert.equal(summary.added, folder.count);
      assert.ok(summary.links >= 1);
      assert.deepEqual(await ledgerOf(pg.url), reference);
      const counts = await queueCounts(pg.schema);
      assert.deepEqual(counts, { documents: folder.count, jobs: 0, dead: 0, done: folder.count, doneDistinct: folder.count, wanted: counts.wanted, linked: counts.wanted });

      // Queuing the same folder again queues nothing: every document is stored.
      const io = fakeIo(folder.dir);
      assert.equal(await main(['ingest', '--queue', '--store', pg.url, folder.dir], io), 0, io.err());
      assert.match(io.out(), new RegExp(`0 queued, 0 queued already, ${folder.count} already stored`));

      const status = fakeIo(folder.dir);
      assert.equal(await main(['status', '--store', pg.url, '--json'], status), 0, status.err());
      const s = JSON.parse(status.out()) as Record<string, unknown>;
      assert.equal(s['ready'], 0);
      assert.equal(s['done'], folder.count);
      assert.equal(s['doneLastMinute'], folder.count);
      assert.deepEqual(s['deadLetters'], []);
    } finally {
      await pg.drop();
    }
  });

  it('two workers at once give the same ledger, each job applied once', async () => {
    const pg = await queued();
    try {
      const [a, b] = await Promise.all([worker(pg.url, 'a'), worker(pg.url, 'b')]);
      assert.equal((a?.done ?? 0) + (b?.done ?? 0), folder.count);
      assert.deepEqual(await ledgerOf(pg.url), reference);
      const counts = await queueCounts(pg.schema);
      assert.equal(counts.done, folder.count);
      assert.equal(counts.doneDistinct, folder.count);
      assert.equal(counts.linked, counts.wanted);
    } finally {
      await pg.drop();
    }
  });

  it('retries a job that throws with backoff, then makes it a dead letter with its reason', async () => {
    const pg = await queued();
    const tries = new Map<string, number>();
    try {
      const summary = await worker(pg.url, 'flaky', {
        maxAttempts: 3,
        backoffMs: 30,
        extract: (job, c) => {
          const n = (tries.get(job.raw.name) ?? 0) + 1;
          tries.set(job.raw.name, n);
          if (job.raw.name === 'velm-003') throw new Error('the tagger ran out of patience');
          if (job.raw.name === 'velm-007' && n === 1) throw new Error('a passing fault');
          return extractJob(job, c);
        },
      });
      assert.equal(tries.get('velm-003'), 3);
      assert.equal(tries.get('velm-007'), 2);
      assert.equal(summary.dead, 1);
      assert.equal(summary.retried, 3);
      assert.equal(summary.done, folder.count - 1);
      const counts = await queueCounts(pg.schema);
      assert.equal(counts.dead, 1);
      assert.equal(counts.documents, folder.count - 1);

      const io = fakeIo(folder.dir);
      assert.equal(await main(['status', '--store', pg.url], io), 0, io.err());
      assert.match(io.out(), /dead letters {2}1/);
      assert.match(io.out(), /velm-003 \([0-9a-f]{12}\) .*velm-003\.txt: 3 tries, last .*: the tagger ran out of patience/);

      // Requeued and run by a worker that does not throw, the dead letter is extracted after all.
      const again = fakeIo(folder.dir);
      assert.equal(await main(['worker', '--store', pg.url, '--requeue-dead', '--exit-when-drained'], again), 0, again.err());
      assert.match(again.err(), /requeued 1 dead letters/);
      assert.deepEqual(await ledgerOf(pg.url), reference);
    } finally {
      await pg.drop();
    }
  });

  it('fails only its own job when a document cannot be written, and writes it when it can', async () => {
    const pg = await queued();
    let tries = 0;
    try {
      const summary = await worker(pg.url, 'writer', {
        backoffMs: 30,
        extract: (job, c) => {
          const outcome = extractJob(job, c);
          if (job.raw.name !== 'velm-004' || !outcome.ok || ++tries > 1) return outcome;
          // An offset no integer column holds: the database refuses the whole document.
          return { ok: true, stored: { ...outcome.stored, boilerplate: [{ start: 2 ** 40, end: 2 ** 40 + 1 }] } };
        },
      });
      assert.equal(tries, 2);
      assert.equal(summary.retried, 1);
      assert.equal(summary.dead, 0);
      assert.equal(summary.done, folder.count);
      const counts = await queueCounts(pg.schema);
      assert.equal(counts.doneDistinct, folder.count);
      assert.equal(counts.done, folder.count);
      assert.deepEqual(await ledgerOf(pg.url), reference);
    } finally {
      await pg.drop();
    }
  });

  it('makes a job whose workers keep dying a dead letter instead of taking it forever', async () => {
    const pg = await queued();
    try {
      // As if every worker that took velm-005 had died: taken as often as a job may be, never settled.
      await withTestServer((c) =>
        c.query(`INSERT INTO ${pg.schema}.extract_job_starts (doc_id, starts, last_start)
          SELECT doc_id, 4, now() FROM ${pg.schema}.extract_jobs WHERE name = 'velm-005'`),
      );
      const summary = await worker(pg.url, 'survivor', { maxAttempts: 4 });
      assert.equal(summary.dead, 1);
      const queue = await openQueue(pg.url);
      try {
        const [letter] = await queue.deadLetters();
        assert.equal(letter?.name, 'velm-005');
        assert.match(letter?.reason ?? '', /taken 4 times without finishing: the worker died/);
      } finally {
        await queue.close();
      }
    } finally {
      await pg.drop();
    }
  });

  it('lets one process at a time hold the link lock, and records what it linked', async () => {
    const pg = testPostgres();
    const a = await openQueue(pg.url);
    const b = await openQueue(pg.url);
    try {
      let entered!: () => void;
      const inside = new Promise<void>((resolve) => (entered = resolve));
      let release!: () => void;
      const held = new Promise<void>((resolve) => (release = resolve));
      const first = a.exclusiveLink(async (lease) => {
        entered();
        await held;
        await lease.linked(0, 1.5, 0);
        return 'first';
      });
      await inside;
      assert.equal(await b.exclusiveLink(async () => 'second'), undefined);
      release();
      assert.deepEqual(await first, { value: 'first' });
      assert.deepEqual(await b.exclusiveLink(async () => 'second'), { value: 'second' });
      assert.equal((await b.linkState()).linkSeconds, 1.5);
    } finally {
      await a.close();
      await b.close();
      await pg.drop();
    }
  });

  it('refuses a queue on an SQLite store, and a worker given files', async () => {
    const io = fakeIo(folder.dir);
    assert.equal(await main(['ingest', '--queue', '--store', 'x.db', folder.dir], io), 2);
    assert.match(io.err(), /the work queue needs a PostgreSQL store/);
    const w = fakeIo(folder.dir);
    assert.equal(await main(['worker', '--store', 'postgres://nobody@127.0.0.1:1/x', 'file.txt'], w), 2);
    assert.match(w.err(), /worker takes no files/);
    const c = fakeIo(folder.dir);
    assert.equal(await main(['worker', '--store', 'postgres://nobody@127.0.0.1:1/x', '--concurrency', 'many'], c), 2);
    assert.match(c.err(), /--concurrency needs a whole number/);
  });
});
