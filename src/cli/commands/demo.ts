import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildReport } from '../../app/build-report.ts';
import { ingestPaths } from '../../app/ingest-paths.ts';
import { linkStore } from '../../app/link-store.ts';
import { openCustody } from '../../app/open-custody.ts';
import { openStore } from '../../app/open-store.ts';
import { UsageError } from '../../domain/errors.ts';
import { createStageContext } from '../../extract/create-stage-context.ts';
import type { Command } from '../command.ts';
import { demoServe } from '../demo-serve.ts';
import { renderReport } from '../render-report.ts';
import { STORE_HELP } from '../store-option.ts';
import { writeDiagnostic } from '../write-diagnostic.ts';

/** The bundled example story, beside the sources. */
export const EXAMPLE_STORY = fileURLToPath(new URL('../../../examples/story', import.meta.url));

export const demoCommand: Command = {
  name: 'demo',
  summary: 'ingest the bundled example story and print its ledger, or (--serve) open it in the web UI',
  usage: `usage: claimtrail demo [--store PATH] [--json]
       claimtrail demo --serve [--port 8080] [--no-open] [--store PATH]

Ingests the bundled example corpus (examples/story: a fictional developing story
told by nine articles from six outlets, with quotes, denials, confirmations and a
changing death toll) and prints the report: what each speaker said, and the
figures over time. Running it again adds nothing.

With --serve, it then serves the story in the web UI instead of printing the report:
the originals are archived with custody entries, an admin account 'demo' is made with
a new random password that is printed (on the demo's own store, each run gives 'demo'
a new one), the UI is built into web/dist when it is missing or out of date, and the
server listens on 127.0.0.1 only. The URL is printed and opened in the desktop's
browser when there is one. Ctrl-C stops it.

options:
${STORE_HELP.replace('./claimtrail.db', './.claimtrail/demo.db')}
  --json            print the report as one JSON object
  --serve           serve the demo in the web UI (until Ctrl-C)
  --port N          with --serve: the port (default 8080; 0 picks a free one)
  --no-open         with --serve: do not open a browser
  --web DIR         with --serve: serve this built UI instead of web/dist
  -h, --help        this text
`,
  options: { store: { type: 'string', short: 's' }, json: { type: 'boolean' }, serve: { type: 'boolean' }, port: { type: 'string' }, 'no-open': { type: 'boolean' }, web: { type: 'string' } },
  async run(args, io) {
    const ownStore = typeof args.values.store !== 'string';
    const location = typeof args.values.store === 'string' ? args.values.store : join(io.cwd, '.claimtrail', 'demo.db');
    const serve = Boolean(args.values.serve);
    const port = Number(args.values.port ?? 8080);
    if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port needs a port number, got '${String(args.values.port)}'`);
    if (!serve && (args.values.port !== undefined || args.values['no-open'] || args.values.web !== undefined)) throw new UsageError('--port, --no-open and --web go with --serve');
    if (serve && args.values.json) throw new UsageError('--json prints the report, which --serve does not');
    const store = await openStore(location);
    // served, the originals are archived too, for the source viewer's custody and download
    const custody = serve ? await openCustody(location, 'claimtrail demo') : undefined;
    let failed: boolean;
    try {
      const summary = await ingestPaths([EXAMPLE_STORY], store, createStageContext(), { ...(custody ? { custody } : {}), onProblem: (d) => writeDiagnostic(io, d) });
      if (summary.added > 0) await linkStore(store);
      failed = summary.failed > 0;
      const added = `demo: ${summary.added} articles added to ${location} (${summary.unchanged} already there)\n`;
      if (serve) io.stdout.write(added);
      else {
        const report = await buildReport(store);
        if (args.values.json) io.stdout.write(`${JSON.stringify(report)}\n`);
        else io.stdout.write(`${added}\n${renderReport(report, 3)}`);
      }
    } finally {
      await custody?.archive.close();
      await store.close();
    }
    if (failed || !serve) return failed ? 1 : 0;
    return demoServe({ location, ownStore, port, open: !args.values['no-open'], ...(typeof args.values.web === 'string' ? { web: args.values.web } : {}) }, io);
  },
};
