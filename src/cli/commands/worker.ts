import { hostname } from 'node:os';
import { z } from 'zod';
import { openQueue } from '../../app/open-queue.ts';
import { openStore } from '../../app/open-store.ts';
import { runWorker, type WorkerEvent } from '../../app/run-worker.ts';
import { UsageError } from '../../domain/errors.ts';
import { createStageContext } from '../../extract/create-stage-context.ts';
import type { CliIo } from '../cli-io.ts';
import type { Command, ParsedArgs } from '../command.ts';
import { progressBar } from '../progress-bar.ts';
import { storeLocation, storeOption } from '../store-option.ts';

const whole = (min: number, max: number) => z.coerce.number().int().min(min).max(max);
const seconds = z.coerce.number().min(0).max(7 * 24 * 3600);

/** A numeric option, checked: a usage error says what was wrong. */
function numberOption(args: ParsedArgs, name: string, schema: z.ZodType<number>, fallback: number, what: string): number {
  const v = args.values[name];
  if (v === undefined) return fallback;
  const r = schema.safeParse(v);
  if (!r.success) throw new UsageError(`--${name} needs ${what}, got '${String(v)}'`);
  return r.data;
}

function describe(e: WorkerEvent, io: CliIo): void {
  if (e.kind === 'linked') {
    const s = e.summary;
    io.stdout.write(`${new Date().toISOString()} linked ${s.documents} documents: ${s.stories} stories, ${s.copies} copies, ${s.entities} entities, ${s.claims} claims (${s.seconds.toFixed(1)} s)\n`);
  } else if (e.kind === 'error') {
    const message = e.error instanceof Error ? [e.error.message, e.error.cause instanceof Error ? e.error.cause.message : ''].filter(Boolean).join(': caused by: ') : String(e.error);
    io.stderr.write(`claimtrail: store error: ${message} (trying again in ${(e.retryInMs / 1000).toFixed(0)} s)\n`);
  } else io.stderr.write(`${e.kind === 'dead' ? 'dead letter' : 'will retry'}: ${e.name} (${e.id.slice(0, 12)}): ${e.reason}\n`);
}

export const workerCommand: Command = {
  name: 'worker',
  summary: 'extract queued articles and link the store (PostgreSQL; several at once)',
  usage: `usage: claimtrail worker --store postgres://... [--concurrency N] [--batch N] [--exit-when-drained] [--json]

Takes the articles \`claimtrail ingest --queue\` queued in a PostgreSQL store, extracts
them and adds them to the store; run one worker per core, on as many machines as the
database bears. Each job is applied once however often it is delivered: its document,
its removal from the queue and its record commit together, and a worker that dies
mid-batch (killed, out of memory, a lost machine) leaves its jobs to the others at
once, nothing of them written. A job that fails is retried after 2 s, 4 s, 8 s, ...;
after --max-attempts tries it becomes a dead letter with its reason (claimtrail status).

Linking (copies, events, entities, claims) is collection-wide: one worker at a time
links (a PostgreSQL advisory lock), once the queue has drained or the oldest unlinked
document is --link-after seconds old, and again while documents arrived meanwhile.

Ctrl-C (SIGINT) or SIGTERM stops it after the batches in hand.

options:
  -s, --store URL         the PostgreSQL store (postgres://USER@HOST:PORT/DB[?schema=NAME]; default $CLAIMTRAIL_STORE)
  --concurrency N         batches in flight at once in this process (default 2): one batch's
                          database round trips overlap another's extraction; extraction
                          itself uses one core, so run a process per core
  --batch N               jobs taken at once (default 8)
  --max-attempts N        tries before a job becomes a dead letter (default 5)
  --retry-delay SECONDS   wait before the first retry, doubled each time (default 2)
  --link-after SECONDS    link even while jobs wait once unlinked documents are this old (default 300)
  --no-link               extract only; \`claimtrail link\` links later
  --exit-when-drained     stop once no job is left and the store is linked (for batch runs)
  --requeue-dead          make every dead letter a fresh job before starting
  --json                  print the summary as one JSON object
  -h, --help              this text

Progress is drawn on stderr when it is a terminal; each linking is logged on stdout,
each retry and dead letter on stderr. (For tests, CLAIMTRAIL_FAULT_HOLD_MS=N makes each
batch wait N ms with its documents written, before it commits.)
Exit codes: 0 ok, 1 jobs became dead letters or the database failed for good, 2 usage error.
`,
  options: {
    ...storeOption,
    concurrency: { type: 'string' },
    batch: { type: 'string' },
    'max-attempts': { type: 'string' },
    'retry-delay': { type: 'string' },
    'link-after': { type: 'string' },
    'no-link': { type: 'boolean' },
    'exit-when-drained': { type: 'boolean' },
    'requeue-dead': { type: 'boolean' },
    json: { type: 'boolean' },
  },
  async run(args, io) {
    const location = storeLocation(args, io);
    const concurrency = numberOption(args, 'concurrency', whole(1, 64), 2, 'a whole number from 1 to 64');
    const batch = numberOption(args, 'batch', whole(1, 1000), 8, 'a whole number from 1 to 1000');
    const maxAttempts = numberOption(args, 'max-attempts', whole(1, 100), 5, 'a whole number from 1 to 100');
    const retryDelay = numberOption(args, 'retry-delay', seconds, 2, 'a number of seconds');
    const linkAfter = numberOption(args, 'link-after', seconds, 300, 'a number of seconds');
    const hold = whole(0, 600_000).safeParse(io.env.CLAIMTRAIL_FAULT_HOLD_MS ?? 0);
    if (!hold.success) throw new UsageError(`CLAIMTRAIL_FAULT_HOLD_MS needs a whole number of milliseconds, got '${String(io.env.CLAIMTRAIL_FAULT_HOLD_MS)}'`);
    const holdMs = hold.data;
    if (args.positionals.length > 0) throw new UsageError(`worker takes no files: queue them with \`claimtrail ingest --queue\` (see claimtrail worker --help)`);
    const name = `${hostname()}:${process.pid}`;
    const queue = await openQueue(location, { worker: name, poolSize: 2 * concurrency + 1, ...(holdMs ? { hooks: { holdMs } } : {}) });
    const controller = new AbortController();
    const stop = (): void => controller.abort();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
    try {
      // reads or writes the whole store: no memory map, so resident memory stays bounded
      const store = await openStore(location, { memoryMap: false });
      try {
        const requeued = args.values['requeue-dead'] ? await queue.requeueDead() : 0;
        if (requeued > 0) io.stderr.write(`requeued ${requeued} dead letters\n`);
        const bar = progressBar(io.stderr, 'worker');
        const t0 = Date.now();
        const summary = await runWorker(queue, store, createStageContext(), {
          worker: name,
          concurrency,
          batch,
          maxAttempts,
          backoffMs: retryDelay * 1000,
          linkAfterMs: linkAfter * 1000,
          link: !args.values['no-link'],
          exitWhenDrained: args.values['exit-when-drained'] === true,
          signal: controller.signal,
          onProgress: (p) => bar.update(`${p.done} done · ${(p.done / Math.max(1, (Date.now() - t0) / 1000)).toFixed(1)}/s · ${p.retried} retried · ${p.dead} dead · ${p.links} links`),
          onEvent: (e) => {
            bar.done();
            describe(e, io);
          },
        });
        bar.done();
        io.stdout.write(
          args.values.json
            ? `${JSON.stringify({ worker: name, ...summary, seconds: Number(summary.seconds.toFixed(3)), linkSeconds: Number(summary.linkSeconds.toFixed(3)) })}\n`
            : `worker ${name} ${controller.signal.aborted ? 'stopped' : 'done'}: ${summary.done} jobs done (${summary.added} added), ${summary.retried} retried, ` +
                `${summary.dead} dead letters, ${summary.links} links (${summary.seconds.toFixed(1)} s, ${summary.linkSeconds.toFixed(1)} s linking)\n`,
        );
        return summary.dead > 0 ? 1 : 0;
      } finally {
        await store.close();
      }
    } finally {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      await queue.close();
    }
  },
};
