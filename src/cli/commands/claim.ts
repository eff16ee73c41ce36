import { findClaim } from '../../app/find-claim.ts';
import { openStore } from '../../app/open-store.ts';
import { UsageError } from '../../domain/errors.ts';
import type { Command } from '../command.ts';
import { STORE_HELP, storeLocation, storeOption } from '../store-option.ts';

export const claimCommand: Command = {
  name: 'claim',
  summary: 'pose a claim in words: every related statement with its position',
  usage: `usage: claimtrail claim "TEXT" [--limit N] [--json] [--store PATH]

Finds the stored statements related to a claim you pose in words and gives each
speaker's position on it: supports (asserts, confirms), opposes (denies, disputes)
or neutral (reports), with where it was said.

options:
${STORE_HELP}
  --limit N         at most N statements (default 30)
  --json            one JSON object per line
  -h, --help        this text
`,
  options: { ...storeOption, limit: { type: 'string' }, json: { type: 'boolean' } },
  async run(args, io) {
    const text = args.positionals.join(' ').trim();
    if (!text) throw new UsageError('claim needs the claim in words (see claimtrail claim --help)');
    const limit = args.values.limit === undefined ? 30 : Number(args.values.limit);
    if (!Number.isInteger(limit) || limit < 1) throw new UsageError(`--limit needs a positive whole number, got '${String(args.values.limit)}'`);
    const store = await openStore(storeLocation(args, io));
    try {
      const matches = await findClaim(store, text, { limit });
      if (!args.values.json) io.stdout.write(`claim: “${text}”: ${matches.length} related statements\n`);
      for (const m of matches) {
        const a = m.attribution;
        if (args.values.json) {
          io.stdout.write(`${JSON.stringify({ speaker: a.speaker, position: m.position, stance: a.stance, similarity: Number(m.similarity.toFixed(3)), doc: a.docName, span: a.content, text: a.contentText })}\n`);
          continue;
        }
        io.stdout.write(`  ${m.position.padEnd(8)} ${a.speaker ?? 'unknown'} [${a.stance}] ${a.published ?? ''} ${a.publisher ?? a.docName}\n      “${a.contentText.replace(/\s+/g, ' ').slice(0, 160)}”\n`);
      }
      return 0;
    } finally {
      await store.close();
    }
  },
};
