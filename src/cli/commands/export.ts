import { custodianName } from '../../app/custodian-name.ts';
import { exportWacz } from '../../app/export-wacz.ts';
import { openCustody } from '../../app/open-custody.ts';
import { openStore } from '../../app/open-store.ts';
import { UsageError } from '../../domain/errors.ts';
import type { Command } from '../command.ts';
import { STORE_HELP, storeLocation, storeOption } from '../store-option.ts';

export const exportCommand: Command = {
  name: 'export',
  summary: 'pack archived originals with their custody as a WACZ file',
  usage: `usage: claimtrail export --wacz FILE [--from DATE] [--to DATE] [--claim ID] [--doc ID]... [--store PATH]

Packs originals from the archive beside the store into a WACZ 1.1.1 file (a zip that
ReplayWeb.page and other web-archive tools open): a WARC resource record per original,
its bytes unaltered with their SHA-256 digest, its custody entries in a metadata record,
and a manifest with the SHA-256 of every file. Each original exported is recorded in
the custody log ('export', with the file's SHA-256). claimtrail import takes it back.

Without --claim or --doc every archived original is packed; --from and --to narrow any
choice to originals captured in that span (dates are whole days, UTC).

options:
  --wacz FILE       the file to write (required)
  --from DATE       captured on or after DATE (YYYY-MM-DD or an ISO 8601 time)
  --to DATE         captured on or before DATE
  --claim ID        the documents a claim's positions stand in
  --doc ID          a document by id (its SHA-256, or 8+ characters of it); repeatable
${STORE_HELP}
  --as USER         who the custody entries name (default $USER)
  --json            print the result as one JSON object
  -h, --help        this text
`,
  options: {
    ...storeOption,
    wacz: { type: 'string' },
    from: { type: 'string' },
    to: { type: 'string' },
    claim: { type: 'string' },
    doc: { type: 'string', multiple: true },
    as: { type: 'string' },
    json: { type: 'boolean' },
  },
  async run(args, io) {
    const file = args.values.wacz;
    if (typeof file !== 'string' || file === '') throw new UsageError('export needs --wacz FILE (see claimtrail export --help)');
    if (args.positionals.length > 0) throw new UsageError(`export takes no arguments besides its options, got '${args.positionals.join(' ')}'`);
    const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
    const docs = (args.values.doc as string[] | undefined) ?? [];
    const location = storeLocation(args, io);
    const who = custodianName(args.values.as, io.env);
    const store = await openStore(location);
    try {
      const custody = await openCustody(location, who);
      if (!custody) throw new UsageError(`the store ${location} keeps no archive to export from`);
      try {
        const selection = { from: str(args.values.from), to: str(args.values.to), claim: str(args.values.claim), docs };
        const r = await exportWacz(custody.archive, store, file, selection, who, 'claimtrail');
        io.stdout.write(args.values.json ? `${JSON.stringify(r)}\n` : `exported ${r.originals} originals to ${r.file} (${r.bytes} bytes, sha256 ${r.sha256})\n`);
        return 0;
      } finally {
        await custody.archive.close();
      }
    } finally {
      await store.close();
    }
  },
};
