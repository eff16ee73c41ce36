import { setTimeout as sleep } from 'node:timers/promises';
import { z } from 'zod';
import { custodianName } from '../../app/custodian-name.ts';
import { ingestPaths } from '../../app/ingest-paths.ts';
import { linkStoreExclusively } from '../../app/link-store-exclusively.ts';
import { openCustody } from '../../app/open-custody.ts';
import { openStore } from '../../app/open-store.ts';
import { UsageError } from '../../domain/errors.ts';
import { createStageContext } from '../../extract/create-stage-context.ts';
import { pollFeeds, type FeedPoll } from '../../ingest/feeds/poll-feeds.ts';
import { watchStateFile } from '../../ingest/feeds/watch-state.ts';
import type { CliIo } from '../cli-io.ts';
import type { Command } from '../command.ts';
import { maxBytesOption, parseMaxBytes } from '../shared-options.ts';
import { STORE_HELP, storeLocation, storeOption } from '../store-option.ts';
import { writeDiagnostic } from '../write-diagnostic.ts';

const seconds = z.coerce.number().min(1).max(7 * 24 * 3600);

export const watchCommand: Command = {
  name: 'watch',
  summary: 'poll RSS/Atom feeds and ingest their new items as they appear',
  usage: `usage: claimtrail watch [--store PATH] [--interval SECONDS] [--once] [--fetch-pages] FEED...

Polls each feed (an http(s) URL or a file: RSS 0.9x/2.0, RSS 1.0, Atom) and ingests the
items it has not seen before, as \`claimtrail ingest\` would: each item's content with its
title, date, author and link, or with --fetch-pages the page the item links to. Polls use
conditional GET (ETag, Last-Modified); a feed that fails, or answers 429 or 503, is polled
again later and later (exponential backoff with jitter, Retry-After respected), the other
feeds on time. The items seen and each feed's validators are kept in a state file beside
the store, written atomically, so a restart does not ingest anything twice. One line is
logged per round of polls. Ctrl-C (SIGINT) or SIGTERM stops it cleanly.

options:
${STORE_HELP}
  --state PATH          the state file (default STORE.watch.json)
  --interval SECONDS    time between polls of a feed (default 900)
  --once                poll each feed once and stop (a feed backing off after errors is
                        skipped until its time: for runs from cron)
  --fetch-pages         ingest the page each item links to instead of its feed content
  --as USER             who the custody entries name (default $USER)
  --no-link             do not re-link the store after a round that added documents
  --max-bytes N         largest feed or page, in bytes (default 20971520)
  -h, --help            this text

Exit codes: 0 ok (stopped by a signal, or --once without failures), 1 with --once when a
feed or document failed, 2 usage error.
`,
  options: {
    ...storeOption,
    state: { type: 'string' },
    interval: { type: 'string' },
    once: { type: 'boolean' },
    'fetch-pages': { type: 'boolean' },
    as: { type: 'string' },
    'no-link': { type: 'boolean' },
    ...maxBytesOption,
  },
  async run(args, io) {
    const feeds = args.positionals;
    if (feeds.length === 0) throw new UsageError('watch needs at least one feed URL or file (see claimtrail watch --help)');
    const interval = seconds.safeParse(args.values.interval ?? 900);
    if (!interval.success) throw new UsageError(`--interval needs a number of seconds from 1 to 604800, got '${String(args.values.interval)}'`);
    const maxBytes = parseMaxBytes(args);
    const location = storeLocation(args, io);
    const statePath = typeof args.values.state === 'string' ? args.values.state : defaultStatePath(location);
    const stateFile = watchStateFile(statePath);
    const state = await stateFile.load();
    const controller = new AbortController();
    const stop = (): void => controller.abort();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
    // reads or writes the whole store: no memory map, so resident memory stays bounded
    const store = await openStore(location, { memoryMap: false });
    const custody = await openCustody(location, custodianName(args.values.as, io.env)).catch(async (err: unknown) => {
      await store.close();
      throw err;
    });
    try {
      const ctx = createStageContext();
      const intervalMs = interval.data * 1000;
      let anyFailed = false;
      while (!controller.signal.aborted) {
        const polls: FeedPoll[] = [];
        const summary = await ingestPaths(
          pollFeeds(feeds, state, {
            intervalMs,
            maxBytes,
            signal: controller.signal,
            ...(args.values['fetch-pages'] ? { fetchPages: true } : {}),
            ...(args.values.once ? { ignoreInterval: true } : {}),
            onPoll: (p) => {
              polls.push(p);
              if (p.outcome === 'error') io.stderr.write(`warning: ${p.message ?? p.feed} (next try ${clock(p.nextPollAt)})\n`);
            },
            onWarning: (d) => writeDiagnostic(io, d),
            save: () => stateFile.save(state),
          }),
          store,
          ctx,
          { ...(custody ? { custody } : {}), onProblem: (d) => writeDiagnostic(io, d) },
        );
        await stateFile.save(state);
        const linked = summary.added > 0 && !args.values['no-link'] ? await linkStoreExclusively(location, store) : undefined;
        const next = nextDue(state.feeds, feeds);
        logRound(io, polls, feeds.length, summary, next, Boolean(linked));
        anyFailed ||= summary.failed > 0 || polls.some((p) => p.outcome === 'error');
        if (args.values.once || controller.signal.aborted) break;
        await sleep(Math.max(0, next - Date.now()), undefined, { signal: controller.signal }).catch(() => undefined);
      }
      if (controller.signal.aborted) io.stdout.write(`${new Date().toISOString()} stopped; state saved in ${statePath}\n`);
      return args.values.once && anyFailed ? 1 : 0;
    } finally {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      await custody?.archive.close();
      await store.close();
    }
  },
};

/** STORE.watch.json beside a store file; in the working directory for a database URL or an in-memory store. */
function defaultStatePath(store: string): string {
  const path = store.replace(/^sqlite:/, '');
  return /^[a-z]+:\/\//i.test(path) || path === ':memory:' || path === '' ? 'claimtrail.watch.json' : `${path}.watch.json`;
}

/** When the earliest feed is next due (ms since the epoch). */
function nextDue(states: Readonly<Record<string, { nextPollAt?: string | undefined }>>, feeds: readonly string[]): number {
  const times = feeds.map((f) => Date.parse(states[f]?.nextPollAt ?? '')).filter((t) => !Number.isNaN(t));
  return times.length ? Math.min(...times) : Date.now();
}

function logRound(
  io: CliIo,
  polls: readonly FeedPoll[],
  feeds: number,
  s: { added: number; unchanged: number; failed: number; seen: number },
  next: number,
  linked: boolean,
): void {
  const count = (o: FeedPoll['outcome']): number => polls.filter((p) => p.outcome === o).length;
  const waiting = feeds - polls.length;
  const fresh = polls.reduce((n, p) => n + p.fresh, 0);
  io.stdout.write(
    `${new Date().toISOString()} polled ${polls.length}/${feeds} feeds: ${count('new')} with new items, ${count('unchanged')} unchanged, ` +
      `${count('not-modified')} not modified, ${count('error')} failed${waiting ? `, ${waiting} not due` : ''}` +
      ` · ${fresh} new items: ${s.added} added, ${s.unchanged} already stored, ${s.failed} failed${linked ? ', linked' : ''}` +
      ` · next poll ${clock(new Date(next).toISOString())}\n`,
  );
}

function clock(iso: string): string {
  return iso.replace(/\.\d{3}Z$/, 'Z');
}
