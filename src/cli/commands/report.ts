import { buildReport } from '../../app/build-report.ts';
import { openStore } from '../../app/open-store.ts';
import type { Command } from '../command.ts';
import { renderReport } from '../render-report.ts';
import { STORE_HELP, storeLocation, storeOption } from '../store-option.ts';

export const reportCommand: Command = {
  name: 'report',
  summary: 'print the ledger: what each speaker said, and figures over time',
  usage: `usage: claimtrail report [--store PATH] [--json] [--limit N]

Prints, per speaker, what they said, where and with which stance (most quoted
first), and per counted quantity its values over time with their sources.

options:
${STORE_HELP}
  --json            the whole report as one JSON object
  --limit N         statements shown per speaker (default 5; 0 for all)
  -h, --help        this text
`,
  options: { ...storeOption, json: { type: 'boolean' }, limit: { type: 'string' } },
  async run(args, io) {
    const store = await openStore(storeLocation(args, io));
    try {
      const report = await buildReport(store);
      if (args.values.json) io.stdout.write(`${JSON.stringify(report)}\n`);
      else io.stdout.write(renderReport(report, Number(args.values.limit ?? 5) || Infinity));
      return 0;
    } finally {
      await store.close();
    }
  },
};
