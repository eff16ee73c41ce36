/**
 * Throughput of the extraction pipeline against the tokeniser alone, on the same files
 * in the same run: `npm run bench -- DIR [--runs N]` (e.g. ../shared/data/bbc-news/bbc).
 * Three contenders run in turn (tokeniser; the rule pipeline, without the trained
 * attribution tagger; the whole pipeline), so machine noise hits all alike. It prints each
 * run, the medians, the ratios, and where the whole pipeline's time goes.
 */
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { Document } from '../src/domain/document.ts';
import { createStageContext } from '../src/extract/create-stage-context.ts';
import type { StageContext } from '../src/extract/stage.ts';
import { emptyAnalysis, pipeline } from '../src/extract/pipeline.ts';
import { readDocuments } from '../src/ingest/read-documents.ts';

const { values, positionals } = parseArgs({ options: { runs: { type: 'string', default: '5' } }, allowPositionals: true });
const dir = positionals[0];
if (!dir || !existsSync(dir)) {
  process.stderr.write(`usage: npm run bench -- DIR [--runs N]\n${dir ? `no such directory: ${dir}\n` : ''}(the BBC corpus is at ../shared/data/bbc-news/bbc beside a checkout)\n`);
  process.exit(2);
}
const runs = Number(values.runs);
const docs: Document[] = [];
// every article file: .txt below DIR, but not the corpus's README
for await (const item of readDocuments([dir])) if (item.ok && !/^readme$/i.test(item.doc.name)) docs.push(item.doc);
const chars = docs.reduce((n, d) => n + d.text.length, 0);
const full = createStageContext();
const rules = createStageContext({ rulesOnly: true });
console.log(`${docs.length} articles, ${(chars / 1e6).toFixed(2)} M characters, ${runs} runs each, Node ${process.version}`);

const stageMs = new Map<string, number>();
function tokeniser(): number {
  const t0 = performance.now();
  let n = 0;
  for (const d of docs) n += full.nlp.tokenCount(d.text);
  if (n === 0) throw new Error('no tokens');
  return performance.now() - t0;
}
function run(ctx: StageContext, timed: boolean): number {
  const t0 = performance.now();
  for (const d of docs) {
    let a = emptyAnalysis(d);
    for (const s of pipeline) {
      const s0 = timed ? performance.now() : 0;
      a = s.run(a, ctx);
      if (timed) stageMs.set(s.name, (stageMs.get(s.name) ?? 0) + performance.now() - s0);
    }
  }
  return performance.now() - t0;
}

// warm up all three (JIT, caches)
tokeniser();
run(rules, false);
run(full, false);
stageMs.clear();
const tok: number[] = [];
const rul: number[] = [];
const all: number[] = [];
const rate = (ms: number): number => docs.length / (ms / 1000);
for (let r = 0; r < runs; r++) {
  tok.push(rate(tokeniser()));
  rul.push(rate(run(rules, false)));
  all.push(rate(run(full, true)));
  console.log(`run ${r + 1}: tokeniser ${tok[r]?.toFixed(0)} articles/s, rule pipeline ${rul[r]?.toFixed(0)} articles/s, whole pipeline ${all[r]?.toFixed(0)} articles/s`);
}
const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? (s[(s.length - 1) / 2] as number) : ((s[s.length / 2 - 1] as number) + (s[s.length / 2] as number)) / 2;
};
const mt = median(tok);
const mr = median(rul);
const ma = median(all);
console.log(`\nmedian tokeniser only (wink-nlp, no sentences or tags): ${mt.toFixed(0)} articles/s`);
console.log(`median rule pipeline (no attribution tagger):           ${mr.toFixed(0)} articles/s  (${((100 * mr) / mt).toFixed(1)} % of the tokeniser)`);
console.log(`median whole extraction pipeline:                       ${ma.toFixed(0)} articles/s  (${((100 * ma) / mt).toFixed(1)} % of the tokeniser)`);
console.log(`whole pipeline's ratio / rule pipeline's ratio: ${((100 * ma) / mr).toFixed(1)} %`);
const total = [...stageMs.values()].reduce((a, b) => a + b, 0);
console.log('\nwhole pipeline time by stage:');
for (const [name, ms] of stageMs) console.log(`  ${name.padEnd(14)} ${((100 * ms) / total).toFixed(1).padStart(5)} %  ${((1000 * ms) / runs / docs.length).toFixed(1)} µs/article`);
