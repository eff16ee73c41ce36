/**
 * Attribution error analysis on a PolNeAR-style split: `npm run eval:attributions -- DIR
 * [--out FILE] [--scorer PATH] [--rules]`. Runs the pipeline on DIR/text, writes the
 * predictions as JSON Lines, prints the official scorer's figures (../shared/eval/
 * score-attributions.mjs beside a checkout, or --scorer), then matches predictions to gold
 * itself and writes every miss, false positive and boundary error, grouped by category,
 * to FILE.errors.txt, printing the largest categories.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Attribution } from '../src/domain/attribution.ts';
import type { Span } from '../src/domain/span.ts';
import { formatRecords } from '../src/app/format-records.ts';
import { createStageContext } from '../src/extract/create-stage-context.ts';
import { analyse } from '../src/extract/pipeline.ts';
import { readPolnear, type GoldDocument } from './polnear/read-polnear.ts';
import { errorCategories } from './polnear/error-categories.ts';

const { values, positionals } = parseArgs({
  options: {
    out: { type: 'string', default: 'eval-attributions.jsonl' },
    scorer: { type: 'string' },
    rules: { type: 'boolean' },
    model: { type: 'string' },
    top: { type: 'string', default: '20' },
  },
  allowPositionals: true,
});
const dir = positionals[0];
if (!dir || !existsSync(join(dir, 'text'))) {
  process.stderr.write(`usage: npm run eval:attributions -- DIR [--out FILE] [--scorer PATH] [--rules] [--model FILE]\n${dir ? `${dir}/text not found\n` : ''}(PolNeAR dev is ../shared/data/polnear/dev beside a checkout)\n`);
  process.exit(2);
}
const ctx = createStageContext({ rulesOnly: Boolean(values.rules), ...(values.model ? { attributionModel: values.model } : {}) });
const gold = readPolnear(dir);
const lines: string[] = [];
const predicted = new Map<string, { text: string; attributions: readonly Attribution[] }>();
for (const g of gold) {
  const a = analyse({ id: g.name, name: g.name, uri: g.name, mediaType: 'text/plain', text: g.text, encoding: 'utf-8', byteLength: g.text.length }, ctx);
  predicted.set(g.name, { text: g.text, attributions: a.attributions });
  for (const r of formatRecords(a)) if (r.type === 'attribution') lines.push(JSON.stringify(r));
}
writeFileSync(values.out, lines.join('\n') + '\n');
const scorer = values.scorer ?? resolve('../shared/eval/score-attributions.mjs');
if (existsSync(scorer)) {
  const r = spawnSync(process.execPath, [scorer, '--gold', dir, '--pred', values.out], { encoding: 'utf8' });
  process.stdout.write(r.stdout);
} else process.stdout.write(`(official scorer not found at ${scorer}; pass --scorer PATH)\n`);

const errors = errorCategories(gold, predicted);
const ranked = [...errors].sort((a, b) => b[1].length - a[1].length);
const report: string[] = [];
for (const [cat, items] of ranked) {
  report.push(`## ${cat} (${items.length})`, ...items.slice(0, 60).map((x) => `  ${x}`), '');
}
writeFileSync(`${values.out}.errors.txt`, report.join('\n'));
console.log(`\nlargest error categories (all in ${values.out}.errors.txt):`);
for (const [cat, items] of ranked.slice(0, Number(values.top))) console.log(`  ${String(items.length).padStart(5)}  ${cat}`);

export type { GoldDocument, Span };
