import { existsSync } from 'node:fs';
import { migrateStore } from '../../app/migrate-store.ts';
import type { MigrateReport } from '../../app/migrate-store.ts';
import { openStore } from '../../app/open-store.ts';
import { UsageError } from '../../domain/errors.ts';
import type { Command, ParsedArgs } from '../command.ts';
import { progressBar } from '../progress-bar.ts';

const POSTGRES = /^postgres(ql)?:\/\//;

/** A location as it may be shown: a URL's password never is. */
function shown(location: string): string {
  return location.replace(/\/\/([^:/@]*):[^@/]*@/u, '//$1:***@');
}

function location(args: ParsedArgs, name: 'from' | 'to'): string {
  const v = args.values[name];
  if (typeof v !== 'string' || v === '')
    throw new UsageError(`migrate: --${name} STORE is required (see claimtrail migrate --help)`);
  return v;
}

function render(r: MigrateReport): string {
  const short = (hash: string) => `${hash.slice(0, 16)}…`;
  const pair = (a: number, b: number) => `${a} = ${b}`.padEnd(13);
  const l = r.links;
  return [
    `copied ${r.documents.copied} documents (${r.documents.added} added, ${r.documents.present} already there), ` +
      `${r.overrides.added} overrides (${r.overrides.present} already there), links: ${l.entities} entities, ` +
      `${l.members} members, ${l.speakers} speaker links, ${l.claims} claims, ${l.copies} copies, ${l.events} events ` +
      `(${r.seconds.toFixed(1)} s)`,
    r.verified ? 'verified: the target holds everything the source held' : 'verification FAILED:',
    ...r.problems.map((p) => `  ${p}`),
    `  documents     ${pair(r.source.stats.documents, r.target.stats.documents)} sha256 ${short(r.source.documents)} ${short(r.target.documents)}`,
    `  attributions  ${pair(r.source.stats.attributions, r.target.stats.attributions)}`,
    `  figures       ${pair(r.source.stats.figures, r.target.stats.figures)}`,
    `  mentions      ${pair(r.source.stats.mentions, r.target.stats.mentions)}`,
    `  links         ${''.padEnd(13)} sha256 ${short(r.source.links)} ${short(r.target.links)}`,
    `  overrides     ${pair(r.source.overrides, r.target.overrides)} sha256 ${short(r.source.overridesHash)} ${short(r.target.overridesHash)}`,
    ...(r.targetWasEmpty
      ? []
      : ['the target held documents before: run `claimtrail link --store TARGET` to link them all']),
    '',
  ]
    .map((line) => line.trimEnd())
    .join('\n');
}

export const migrateCommand: Command = {
  name: 'migrate',
  summary: 'move a store to another database (SQLite to PostgreSQL or back), verified',
  usage: `usage: claimtrail migrate --from STORE --to STORE [--force] [--json]

Moves a store to another database without loss: every document with its analysis and
the time it was added, what linking found (entities, speakers, claims, copies, events)
and the entity overrides with who made them and when. A STORE is an SQLite file
(sqlite:FILE, or a path) or a PostgreSQL URL (postgres://USER@HOST:PORT/DB, with
?schema=NAME for a schema other than public). The source is only read.

Afterwards the target is read back whole and compared with what was read from the
source: the counts, and SHA-256 hashes of every document (its analysis, its summary and
links), of all documents in listing order, of the links and of the overrides.

The target must be empty. With --force, documents it holds already (same id) are kept,
overrides it lacks are added, and its links are replaced by the source's: run
\`claimtrail link\` on it afterwards to link the whole collection.

options:
  --from STORE      the store to move
  --to STORE        where to move it
  --force           move into a store that is not empty
  --json            print the report as one JSON object
  -h, --help        this text

Exit codes: 0 moved and verified, 1 the comparison found a difference (listed) or a
store failed, 2 usage error (a target that is not empty, a source that does not exist).
`,
  options: {
    from: { type: 'string' },
    to: { type: 'string' },
    force: { type: 'boolean' },
    json: { type: 'boolean' },
  },
  async run(args, io) {
    const from = location(args, 'from');
    const to = location(args, 'to');
    if (from === to) throw new UsageError('migrate: --from and --to name the same store');
    // Opening an SQLite path that does not exist would make an empty store of it.
    const sourcePath = from.replace(/^sqlite:/, '');
    if (!POSTGRES.test(from) && sourcePath !== ':memory:' && !existsSync(sourcePath)) {
      throw new UsageError(`migrate: there is no store at ${sourcePath}`);
    }
    const source = await openStore(from);
    try {
      const target = await openStore(to);
      try {
        const bar = progressBar(io.stderr, 'migrate');
        const report = await migrateStore(source, target, {
          force: args.values.force === true,
          onProgress: (phase, done, total) => bar.update(`${phase} ${done}/${total} documents`),
        });
        bar.done();
        io.stdout.write(
          args.values.json
            ? `${JSON.stringify({ from: shown(from), to: shown(to), ...report })}\n`
            : `${shown(from)} → ${shown(to)}\n${render(report)}`,
        );
        return report.verified ? 0 : 1;
      } finally {
        await target.close();
      }
    } finally {
      await source.close();
    }
  },
};
