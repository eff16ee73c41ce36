import { custodianName } from '../../app/custodian-name.ts';
import { verifyCustody } from '../../app/verify-custody.ts';
import type { Command } from '../command.ts';
import { STORE_HELP, storeLocation, storeOption } from '../store-option.ts';

export const verifyCommand: Command = {
  name: 'verify',
  summary: 'check the archived originals and their chain of custody for any alteration',
  usage: `usage: claimtrail verify [--store PATH] [--as USER] [--json] [--no-record]

Checks the archive beside the store (PATH.archive/): every original against the
SHA-256 it is filed under, every custody entry against its own hash and the one
before it, and the store against the archive (each stored document's original is
archived; each 'ingest' entry names a stored document). Every problem is named: the
object's path, or the custody log's line and seq. A torn log line cut after a crash
is shown as a repair, not a problem.

A clean check is recorded in the custody log as a 'verify' entry naming the head of
the chain; note that hash elsewhere (a case file, a message), and a later rewrite or
truncation of the log shows.

options:
${STORE_HELP}
  --as USER         who the 'verify' entry names (default $USER)
  --json            print the report as one JSON object
  --no-record       do not record the check
  -h, --help        this text

Exit codes: 0 nothing altered or missing, 1 problems found, 2 usage error.
`,
  options: { ...storeOption, as: { type: 'string' }, json: { type: 'boolean' }, 'no-record': { type: 'boolean' } },
  async run(args, io) {
    const location = storeLocation(args, io);
    const check = await verifyCustody(location, custodianName(args.values.as, io.env), { record: !args.values['no-record'] });
    if (args.values.json) {
      io.stdout.write(`${JSON.stringify({ ok: check.problems.length === 0, ...check })}\n`);
      return check.problems.length === 0 ? 0 : 1;
    }
    const out: string[] = [`archive ${check.dir}: ${check.entries} custody entries, ${check.objects} originals${check.store ? `; store ${check.store.location}: ${check.store.documents} documents` : ''}`];
    if (check.head) out.push(`head of the chain: seq ${check.head.seq} ${check.head.hash}`);
    for (const r of check.repairs) out.push(`repaired: custody.jsonl line ${r.line} (seq ${r.seq}): ${r.note}`);
    for (const p of check.problems) out.push(`PROBLEM ${p.where}: ${p.message}`);
    out.push(
      check.problems.length === 0
        ? `ok: every original matches its SHA-256 and the custody chain is unbroken${check.recorded ? ' (recorded)' : ''}`
        : `${check.problems.length} problem${check.problems.length === 1 ? '' : 's'}: the archive was altered or is damaged`,
    );
    io.stdout.write(`${out.join('\n')}\n`);
    return check.problems.length === 0 ? 0 : 1;
  },
};
