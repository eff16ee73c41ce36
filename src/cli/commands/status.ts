import { openQueue } from '../../app/open-queue.ts';
import { UsageError } from '../../domain/errors.ts';
import type { DeadLetter, QueueStatus } from '../../store/work-queue.ts';
import type { Command } from '../command.ts';
import { storeLocation, storeOption } from '../store-option.ts';

/** A location as it may be shown: a URL's password never is. */
const shown = (location: string): string => location.replace(/\/\/([^:/@]*):[^@/]*@/u, '//$1:***@');

function render(location: string, s: QueueStatus, dead: readonly DeadLetter[]): string {
  const l = s.link;
  const linking =
    l.wanted === 0
      ? 'nothing added by workers yet'
      : l.wanted <= l.linked
        ? `up to date: ${l.linkedDocuments ?? '?'} documents linked at ${l.linkedAt ?? '?'} in ${(l.linkSeconds ?? 0).toFixed(1)} s`
        : `behind: ${l.wanted - l.linked} commits of documents since ${l.wantedSince ?? '?'} not linked yet` +
          (l.linkedAt ? ` (last linked ${l.linkedDocuments ?? '?'} documents at ${l.linkedAt} in ${(l.linkSeconds ?? 0).toFixed(1)} s)` : '');
  return [
    `queue of ${shown(location)}`,
    `  waiting       ${s.ready} due now, ${s.retrying} waiting to be retried${s.oldestReady ? ` (oldest queued ${s.oldestReady})` : ''}`,
    `  done          ${s.done} (last minute ${s.doneLastMinute}/min, last 15 minutes ${(s.doneLast15Minutes / 15).toFixed(1)}/min)`,
    `  dead letters  ${s.dead}`,
    `  workers       ${s.workers} connected`,
    `  linking       ${linking}`,
    ...(dead.length > 0
      ? [`dead letters${s.dead > dead.length ? ` (newest ${dead.length} of ${s.dead})` : ''}:`, ...dead.map((d) => `  ${d.name} (${d.id.slice(0, 12)}) ${d.uri}: ${d.attempts} tries, last ${d.failedAt}: ${d.reason}`)]
      : []),
    '',
  ].join('\n');
}

export const statusCommand: Command = {
  name: 'status',
  summary: 'show the work queue: waiting, done per minute, dead letters, linking',
  usage: `usage: claimtrail status --store postgres://... [--dead N] [--json]

Shows the work queue of a PostgreSQL store (claimtrail ingest --queue, claimtrail worker):
jobs due and waiting for a retry, jobs done (all, in the last minute, per minute over
the last 15), dead letters with the reason each failed, worker processes connected, and
whether linking has caught up with what the workers added.

options:
  -s, --store URL   the PostgreSQL store (default $CLAIMTRAIL_STORE)
  --dead N          list at most N dead letters, newest first (default 20)
  --json            print everything as one JSON object
  -h, --help        this text

Exit codes: 0 ok, 1 the store failed, 2 usage error.
`,
  options: { ...storeOption, dead: { type: 'string' }, json: { type: 'boolean' } },
  async run(args, io) {
    const location = storeLocation(args, io);
    const raw = args.values.dead ?? '20';
    const limit = Number(raw);
    if (typeof raw !== 'string' || !/^\d+$/.test(raw) || limit > 10_000) throw new UsageError(`--dead needs a whole number from 0 to 10000, got '${String(raw)}'`);
    const queue = await openQueue(location);
    try {
      const status = await queue.status();
      const dead = limit > 0 ? await queue.deadLetters(limit) : [];
      io.stdout.write(args.values.json ? `${JSON.stringify({ store: shown(location), ...status, deadLetters: dead })}\n` : render(location, status, dead));
      return 0;
    } finally {
      await queue.close();
    }
  },
};
