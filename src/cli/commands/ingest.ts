import { ingestPaths } from '../../app/ingest-paths.ts';
import { custodianName } from '../../app/custodian-name.ts';
import { linkStoreExclusively } from '../../app/link-store-exclusively.ts';
import { openCustody } from '../../app/open-custody.ts';
import { openStore } from '../../app/open-store.ts';
import { createStageContext } from '../../extract/create-stage-context.ts';
import type { Command } from '../command.ts';
import { progressBar } from '../progress-bar.ts';
import { queuedIngest } from '../queued-ingest.ts';
import { maxBytesOption, parseMaxBytes, requirePaths } from '../shared-options.ts';
import { STORE_HELP, storeLocation, storeOption } from '../store-option.ts';
import { writeDiagnostic } from '../write-diagnostic.ts';

export const ingestCommand: Command = {
  name: 'ingest',
  summary: 'read articles, extract who said what, and keep them in the store',
  usage: `usage: claimtrail ingest [--store PATH] [--as USER] [--json] [--max-bytes N] [--fetch-pages] [--queue] FILE_OR_DIR_OR_URL...

Reads text files (.txt; directories are searched), extracts attributions, figures and
dates, and adds each document to the store. A document already in the store (same
content, by SHA-256) is not added again. A file that is empty, binary, too large or
not decodable is reported and the run goes on.

Also takes http(s) URLs (fetched with timeouts, a size limit and at most 5 redirects),
JSON Lines files named explicitly (.jsonl, .jsonl.gz: one article a line, {url?, title?,
text? | html?, published?, author?, publisher?, id?}) and feeds (.rss, .atom, an .xml
file or URL that is RSS or Atom): a feed stands for its items, each item's content
with its title, date, author and link, or with --fetch-pages the page it links to.

Each original is first kept unaltered in the archive beside the store (PATH.archive/),
under its SHA-256, with a custody entry saying who captured it from where and when;
an 'ingest' entry follows once the store holds the document (claimtrail verify).

With --queue (a PostgreSQL store only), originals are not extracted here but queued,
bytes unaltered, for \`claimtrail worker\` processes to extract and link, on this machine
or others (\`claimtrail status\` shows the queue). PostgreSQL stores keep no archive of
originals yet: the queue holds each original until its document is stored.

options:
${STORE_HELP}
  --as USER         who the custody entries name (default $USER)
  --json            print the summary as one JSON object
  --no-link         do not re-link the store afterwards (claimtrail link does it)
  --max-bytes N     skip files larger than N bytes (default 20971520)
  --fetch-pages     for feeds: ingest the page each item links to, not its feed content
  --queue           queue the originals for \`claimtrail worker\` instead of extracting them here
  -h, --help        this text

Progress is drawn on stderr when it is a terminal.
Exit codes: 0 ok, 1 some documents failed, 2 usage error.
`,
  options: { ...storeOption, as: { type: 'string' }, json: { type: 'boolean' }, 'no-link': { type: 'boolean' }, 'fetch-pages': { type: 'boolean' }, queue: { type: 'boolean' }, ...maxBytesOption },
  async run(args, io) {
    const paths = requirePaths(args, 'ingest');
    const maxBytes = parseMaxBytes(args);
    const location = storeLocation(args, io);
    if (args.values.queue) return queuedIngest(paths, location, maxBytes, args, io);
    // reads or writes the whole store: no memory map, so resident memory stays bounded
    const store = await openStore(location, { memoryMap: false });
    const custody = await openCustody(location, custodianName(args.values.as, io.env)).catch(async (err: unknown) => {
      await store.close();
      throw err;
    });
    try {
      const bar = progressBar(io.stderr, 'ingest');
      const summary = await ingestPaths(paths, store, createStageContext(), {
        maxBytes,
        ...(custody ? { custody } : {}),
        ...(args.values['fetch-pages'] ? { fetchPages: true } : {}),
        onWarning: (d) => {
          bar.done();
          writeDiagnostic(io, d);
        },
        onProgress: (p) => bar.update(`${p.seen} read · ${p.added} added · ${p.unchanged} unchanged · ${p.failed} failed · ${p.current}`),
        onProblem: (d) => {
          bar.done();
          writeDiagnostic(io, d);
        },
      });
      bar.done();
      // new documents change the stories: link the store again (copies, entities, claims)
      const linked = summary.added > 0 && !args.values['no-link'] ? await linkStoreExclusively(location, store) : undefined;
      if (args.values.json) {
        io.stdout.write(
          `${JSON.stringify({
            store: location,
            read: summary.seen,
            added: summary.added,
            unchanged: summary.unchanged,
            failed: summary.failed,
            attributions: summary.attributions,
            figures: summary.figures,
            seconds: Number(summary.seconds.toFixed(3)),
            problems: summary.problems,
            ...(linked ? { linked } : {}),
          })}\n`,
        );
      } else {
        io.stdout.write(
          `ingested into ${location}: ${summary.added} added, ${summary.unchanged} already stored, ${summary.failed} failed ` +
            `(${summary.seen} read, ${summary.attributions} attributions, ${summary.figures} figures, ${summary.seconds.toFixed(1)} s)\n` +
            (linked ? `linked: ${linked.stories} stories, ${linked.copies} copies, ${linked.entities} entities, ${linked.claims} claims\n` : ''),
        );
      }
      return summary.failed > 0 ? 1 : 0;
    } finally {
      await custody?.archive.close();
      await store.close();
    }
  },
};
