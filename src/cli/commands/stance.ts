import { createReadStream, existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { z } from 'zod';
import { classifyStances, type StanceQuery } from '../../app/classify-stances.ts';
import { InputError, UsageError } from '../../domain/errors.ts';
import type { CliIo } from '../cli-io.ts';
import type { Command } from '../command.ts';

/** One input line: other fields (a gold `stance`, `body_id`) are allowed and ignored. */
const Pair = z.object({
  id: z.union([z.string(), z.number()]).transform(String),
  claim: z.string(),
  text: z.string(),
});

export const stanceCommand: Command = {
  name: 'stance',
  summary: 'print the stance of texts toward claims: agree, disagree, discuss or unrelated',
  usage: `usage: claimtrail stance [--jsonl] [--scores] [--model NAME|FILE] PAIRS.jsonl...

Reads pairs, one JSON object per line: {"id":"...","claim":"...","text":"..."} (other
fields are ignored), and prints the stance of each text toward its claim, in input
order: agree, disagree, discuss or unrelated (the Fake News Challenge labels).

options:
  --jsonl          one JSON object per pair: {"id","stance"} (../shared/eval/FORMAT.md,
                   section 2); without it, a line "ID  STANCE  probabilities"
  --scores         add each label's probability ("scores") to the JSON objects
  --model NAME     fnc1 (default): a claim against an article, trained on FNC-1;
                   emergent: a claim against a headline, trained on Emergent (no
                   'unrelated'); or the path of a model file from npm run train
  -h, --help       this text

A malformed line is reported on stderr with its line number; the run goes on.
Exit codes: 0 ok, 1 some lines failed, 2 usage error.
`,
  options: { jsonl: { type: 'boolean' }, scores: { type: 'boolean' }, model: { type: 'string' } },
  async run(args, io) {
    if (args.positionals.length === 0)
      throw new UsageError('stance needs a file of pairs (see claimtrail stance --help)');
    const files = args.positionals.map((p) => resolve(io.cwd, p));
    for (const [i, f] of files.entries()) {
      if (!existsSync(f)) throw new InputError(`${args.positionals[i]}: no such file`);
      if (statSync(f).isDirectory())
        throw new InputError(`${args.positionals[i]}: is a directory, not a file of pairs`);
    }
    const model = typeof args.values.model === 'string' ? args.values.model : undefined;
    const failures = { count: 0 };
    const queries = readPairs(files, args.positionals, io, failures);
    for await (const a of classifyStances(
      queries,
      model === undefined ? { cwd: io.cwd } : { model, cwd: io.cwd },
    )) {
      if (args.values.jsonl) {
        io.stdout.write(
          `${JSON.stringify(args.values.scores ? { id: a.id, stance: a.stance, scores: a.scores } : { id: a.id, stance: a.stance })}\n`,
        );
        continue;
      }
      const probs = Object.entries(a.scores)
        .map(([l, p]) => `${l} ${p.toFixed(2)}`)
        .join(', ');
      io.stdout.write(`${a.id}  ${a.stance}  (${probs})\n`);
    }
    return failures.count > 0 ? 1 : 0;
  },
};

/** The valid pairs of the files, in order; each bad line is reported with its number and skipped. */
async function* readPairs(
  files: readonly string[],
  names: readonly string[],
  io: CliIo,
  failures: { count: number },
): AsyncIterable<StanceQuery> {
  for (const [f, file] of files.entries()) {
    const name = names[f] ?? file;
    const lines = createInterface({
      input: createReadStream(file, { encoding: 'utf8' }),
      crlfDelay: Infinity,
    });
    let n = 0;
    for await (const line of lines) {
      n++;
      if (line.trim() === '') continue;
      let json: unknown;
      try {
        json = JSON.parse(n === 1 ? line.replace(/^\uFEFF/, '') : line);
      } catch (err) {
        failures.count++;
        io.stderr.write(
          `error: ${name}:${n}: not JSON (${err instanceof Error ? err.message : String(err)})\n`,
        );
        continue;
      }
      const r = Pair.safeParse(json);
      if (!r.success) {
        failures.count++;
        const issue = r.error.issues[0];
        const where = issue && issue.path.length ? `"${issue.path.join('.')}": ` : '';
        io.stderr.write(
          `error: ${name}:${n}: not a pair {"id","claim","text"}: ${where}${issue?.message ?? 'invalid'}\n`,
        );
        continue;
      }
      yield r.data;
    }
  }
}
