import { custodianName } from '../../app/custodian-name.ts';
import { importWacz } from '../../app/import-wacz.ts';
import { linkStoreExclusively } from '../../app/link-store-exclusively.ts';
import { openCustody } from '../../app/open-custody.ts';
import { openStore } from '../../app/open-store.ts';
import { UsageError } from '../../domain/errors.ts';
import { createStageContext } from '../../extract/create-stage-context.ts';
import type { Command } from '../command.ts';
import { STORE_HELP, storeLocation, storeOption } from '../store-option.ts';
import { writeDiagnostic } from '../write-diagnostic.ts';

export const importCommand: Command = {
  name: 'import',
  summary: 'check a WACZ package whole, then take its originals into the store',
  usage: `usage: claimtrail import FILE.wacz [--store PATH] [--as USER] [--json] [--no-link]

Checks the package before taking anything: datapackage-digest.json, the SHA-256 of
every file datapackage.json lists, every WARC record's digests, and the custody entries
it carries. One altered byte and nothing is taken; every problem is named. Then each
original (text and HTML resource records, plain 200 responses) is kept in the archive
with an 'import' custody entry naming the package and its SHA-256, and ingested.

options:
${STORE_HELP}
  --as USER         who the custody entries name (default $USER)
  --json            print the summary as one JSON object
  --no-link         do not re-link the store afterwards
  -h, --help        this text

Exit codes: 0 ok, 1 the package was refused or some documents failed, 2 usage error.
`,
  options: { ...storeOption, as: { type: 'string' }, json: { type: 'boolean' }, 'no-link': { type: 'boolean' } },
  async run(args, io) {
    const [file, ...extra] = args.positionals;
    if (file === undefined || extra.length > 0) throw new UsageError('import needs exactly one FILE.wacz (see claimtrail import --help)');
    const location = storeLocation(args, io);
    const who = custodianName(args.values.as, io.env);
    // reads or writes the whole store: no memory map, so resident memory stays bounded
    const store = await openStore(location, { memoryMap: false });
    try {
      const custody = await openCustody(location, who);
      try {
        const r = await importWacz(file, store, createStageContext(), custody, { onProblem: (d) => writeDiagnostic(io, d) });
        if (!r.ok) {
          if (args.values.json) io.stdout.write(`${JSON.stringify({ ok: false, file, sha256: r.sha256, problems: r.problems })}\n`);
          else io.stdout.write(`${r.problems.map((p) => `PROBLEM ${p}`).join('\n')}\nrefused ${file}: ${r.problems.length} problem${r.problems.length === 1 ? '' : 's'}; nothing was taken\n`);
          return 1;
        }
        const s = r.summary;
        const linked = s.added > 0 && !args.values['no-link'] ? await linkStoreExclusively(location, store) : undefined;
        if (args.values.json) {
          io.stdout.write(`${JSON.stringify({ ok: true, file, sha256: r.sha256, read: s.seen, added: s.added, unchanged: s.unchanged, failed: s.failed, skipped: r.skipped, problems: s.problems, ...(linked ? { linked } : {}) })}\n`);
        } else {
          io.stdout.write(
            `imported ${file} (sha256 ${r.sha256}, every digest checked): ${s.added} added, ${s.unchanged} already stored, ${s.failed} failed` +
              `${r.skipped.length ? `, ${r.skipped.length} records not text passed over` : ''}\n`,
          );
        }
        return s.failed > 0 ? 1 : 0;
      } finally {
        await custody?.archive.close();
      }
    } finally {
      await store.close();
    }
  },
};
