import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildReport } from '../../app/build-report.ts';
import { ingestPaths } from '../../app/ingest-paths.ts';
import { linkStore } from '../../app/link-store.ts';
import { openStore } from '../../app/open-store.ts';
import { createStageContext } from '../../extract/create-stage-context.ts';
import type { Command } from '../command.ts';
import { renderReport } from '../render-report.ts';
import { STORE_HELP } from '../store-option.ts';
import { writeDiagnostic } from '../write-diagnostic.ts';

/** The bundled example story, beside the sources. */
export const EXAMPLE_STORY = fileURLToPath(new URL('../../../examples/story', import.meta.url));

export const demoCommand: Command = {
  name: 'demo',
  summary: 'ingest the bundled example story and print its ledger',
  usage: `usage: claimtrail demo [--store PATH] [--json]

Ingests the bundled example corpus (examples/story: a fictional developing story
told by nine articles from six outlets, with quotes, denials, confirmations and a
changing death toll) and prints the report: what each speaker said, and the
figures over time. Running it again adds nothing.

options:
${STORE_HELP.replace('./claimtrail.db', './.claimtrail/demo.db')}
  --json            print the report as one JSON object
  -h, --help        this text
`,
  options: { store: { type: 'string', short: 's' }, json: { type: 'boolean' } },
  async run(args, io) {
    const location = typeof args.values.store === 'string' ? args.values.store : join(io.cwd, '.claimtrail', 'demo.db');
    const store = await openStore(location);
    try {
      const summary = await ingestPaths([EXAMPLE_STORY], store, createStageContext(), { onProblem: (d) => writeDiagnostic(io, d) });
      if (summary.added > 0) await linkStore(store);
      const report = await buildReport(store);
      if (args.values.json) io.stdout.write(`${JSON.stringify(report)}\n`);
      else {
        io.stdout.write(`demo: ${summary.added} articles added to ${location} (${summary.unchanged} already there)\n\n`);
        io.stdout.write(renderReport(report, 3));
      }
      return summary.failed > 0 ? 1 : 0;
    } finally {
      await store.close();
    }
  },
};
