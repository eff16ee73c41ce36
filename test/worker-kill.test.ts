/**
 * A worker process SIGKILLed mid-batch (its documents written, its transaction not yet
 * committed: CLAIMTRAIL_FAULT_HOLD_MS holds each batch open before COMMIT) loses no job
 * and applies none twice: what it wrote vanishes with its transaction, its jobs are taken
 * by the next worker at once, and the ledger in the end is the one an undisturbed inline
 * ingest makes. The CLI runs whole, as child processes: `claimtrail ingest --queue`, then
 * `claimtrail worker`, killed, then another to the end.
 */
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { after, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { ledgerDigest } from '../src/app/ledger-digest.ts';
import { openStore } from '../src/app/open-store.ts';
import { main } from '../src/cli/main.ts';
import { withTestServer } from '../src/store/postgres/open-test-postgres-store.ts';
import { fakeIo } from './fake-io.ts';
import { articleFolder, inlineLedger, queueCounts, testPostgres } from './queue-fixture.ts';

const BIN = fileURLToPath(new URL('../bin/claimtrail.mjs', import.meta.url));
const BATCH = 4;

function startWorker(url: string, cache: string, env: Record<string, string> = {}): { child: ChildProcess; exit: Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }> } {
  const child = spawn(process.execPath, [BIN, 'worker', '--store', url, '--batch', String(BATCH), '--concurrency', '1', '--exit-when-drained'], {
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, NODE_COMPILE_CACHE: cache, ...env },
  });
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
  const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stderr }));
  });
  return { child, exit };
}

/** Transactions of this schema's workers that have written everything and not committed (their last statement is a take's last). */
const openTransactions = (schema: string): Promise<number> =>
  withTestServer(async (c) => {
    const { rows } = await c.query(
      `SELECT count(*)::int AS n FROM pg_stat_activity WHERE starts_with(application_name, $1) AND state = 'idle in transaction'
         AND position('INSERT INTO extract_done' in query) > 0`,
      [`cw:${schema}:`],
    );
    return (rows[0] as { n: number }).n;
  });

describe('a worker killed mid-batch', () => {
  const folder = articleFolder(31, 99);
  const cache = mkdtempSync(join(tmpdir(), 'claimtrail-cache-'));
  after(() => {
    folder.remove();
    rmSync(cache, { recursive: true, force: true });
  });

  it('loses no job, applies none twice, and the ledger equals an undisturbed run', async () => {
    const reference = await inlineLedger(folder.dir);
    const pg = testPostgres();
    try {
      const io = fakeIo(folder.dir);
      assert.equal(await main(['ingest', '--queue', '--store', pg.url, folder.dir], io), 0, io.err());

      // Each batch waits 300 ms with its documents written before it commits.
      const doomed = startWorker(pg.url, cache, { CLAIMTRAIL_FAULT_HOLD_MS: '300' });
      let before = await queueCounts(pg.schema);
      const deadline = Date.now() + 60_000;
      // Once a batch has committed, wait for the next one to be written and held open, then kill.
      while ((before.done < BATCH || (await openTransactions(pg.schema)) === 0) && Date.now() < deadline) {
        await sleep(20);
        before = await queueCounts(pg.schema);
      }
      assert.ok(before.done >= BATCH && before.done < folder.count, `killed with ${before.done} of ${folder.count} jobs done`);
      doomed.child.kill('SIGKILL');
      const killed = await doomed.exit;
      assert.equal(killed.signal, 'SIGKILL');

      // What the killed batch wrote is gone with its transaction; its jobs are all still queued.
      const afterKill = await queueCounts(pg.schema);
      assert.equal(afterKill.documents, afterKill.done);
      assert.equal(afterKill.doneDistinct, afterKill.done);
      assert.equal(afterKill.jobs, folder.count - afterKill.done);
      assert.ok(afterKill.done >= before.done && afterKill.done < folder.count);

      const survivor = startWorker(pg.url, cache);
      const done = await survivor.exit;
      assert.equal(done.code, 0, done.stderr);

      const end = await queueCounts(pg.schema);
      assert.deepEqual(end, { documents: folder.count, jobs: 0, dead: 0, done: folder.count, doneDistinct: folder.count, wanted: end.wanted, linked: end.wanted });
      const store = await openStore(pg.url);
      try {
        assert.deepEqual(await ledgerDigest(store), reference);
      } finally {
        await store.close();
      }
    } finally {
      await pg.drop();
    }
  });
});
