/**
 * How closely the `tokens` stage (src/extract/tokens/) reproduces wink-nlp, on text the
 * tagger's lexicon was not built from (scripts/train-pos.ts holds out polnear/dev and
 * the seeds):
 *
 *   npx node scripts/compare-tokens.ts PATH... [--shared] [--show N]
 *   e.g. ../shared/data/polnear/dev/text ../shared/seeds
 *
 * - tokens: the share of wink's tokens whose exact [start, end) the stage also makes
 *   (and the share of the stage's tokens that wink makes);
 * - tags: on those tokens, the share with wink's part-of-speech tag;
 * - sentences: the share of wink's sentences (in the stage's conventions: line breaks end
 *   them, closing quotes join them) with the same span, and sentence ends found.
 * wink's tokeniser remembers words across documents ("Trump's" stays whole once it has
 * seen "Trump's,"), so by default each document gets a fresh wink; --shared keeps one,
 * as a long-running process had it. --show N lists the N commonest disagreements.
 */
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { Sentence, Token } from '../src/domain/token.ts';
import { emptyAnalysis } from '../src/extract/pipeline.ts';
import type { StageContext } from '../src/extract/stage.ts';
import { loadTokenModel } from '../src/extract/tokens/token-model.ts';
import { tokenize } from '../src/extract/tokens/tokenize.ts';
import { createWinkReference } from '../src/extract/tokens/wink-reference.ts';
import { readDocuments } from '../src/ingest/read-documents.ts';

const { values, positionals } = parseArgs({ options: { shared: { type: 'boolean', default: false }, show: { type: 'string', default: '0' } }, allowPositionals: true });
const missing = positionals.filter((p) => !existsSync(p));
if (positionals.length === 0 || missing.length > 0) {
  process.stderr.write(`usage: npx node scripts/compare-tokens.ts PATH... [--shared] [--show N]\n${missing.map((p) => `no such file or directory: ${p}\n`).join('')}(held-out text: ../shared/data/polnear/dev/text and ../shared/seeds beside a checkout)\n`);
  process.exit(2);
}
const show = Number(values.show);
const ctx = { tokens: loadTokenModel() } as StageContext;
let shared = values.shared ? createWinkReference() : undefined;

const n = { docs: 0, wink: 0, ours: 0, same: 0, tagged: 0, sentences: 0, oursSentences: 0, sameSentences: 0, ends: 0, oursEnds: 0, sameEnds: 0, paragraphs: 0 };
const boundaryMisses = new Map<string, number>();
const tagMisses = new Map<string, number>();
const sentenceMisses = new Map<string, number>();
const count = (m: Map<string, number>, k: string): void => void m.set(k, (m.get(k) ?? 0) + 1);
const snip = (text: string, at: number): string => JSON.stringify(`${text.slice(Math.max(0, at - 35), at)} ‖ ${text.slice(at, at + 25)}`);

for await (const item of readDocuments(positionals, { accept: (p) => /\.txt$/i.test(p) && !/readme/i.test(p) })) {
  if (!item.ok) continue;
  const text = item.doc.text;
  const wink = (shared ?? createWinkReference()).analyse(text);
  const ours = tokenize.run(emptyAnalysis(item.doc), ctx);
  n.docs++;
  compareTokens(text, wink.tokens, ours.tokens);
  compareSentences(text, wink.sentences, ours.sentences);
  if (!values.shared) shared = undefined;
}

const pct = (a: number, b: number): string => `${((100 * a) / Math.max(1, b)).toFixed(2)} %`;
console.log(`${n.docs} documents${values.shared ? ' (one wink for all)' : ' (a fresh wink for each)'}`);
console.log(`tokens:    ${pct(n.same, n.wink)} of wink's ${n.wink} tokens found exactly; ${pct(n.same, n.ours)} of our ${n.ours} are wink's`);
console.log(`tags:      ${pct(n.tagged, n.same)} of those ${n.same} tokens have wink's tag`);
console.log(`sentences: ${pct(n.sameSentences, n.sentences)} of wink's ${n.sentences} sentences found exactly (we make ${n.oursSentences}); sentence ends: ${pct(n.sameEnds, n.ends)} of wink's found, ${pct(n.sameEnds, n.oursEnds)} of ours are wink's; paragraph numbers agree on ${pct(n.paragraphs, n.sameSentences)} of the same sentences`);
for (const [title, m] of [['token boundaries', boundaryMisses], ['tags (wink → ours)', tagMisses], ['sentences', sentenceMisses]] as const) {
  if (show === 0 || m.size === 0) continue;
  console.log(`\n${title}:`);
  for (const [k, v] of [...m].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, show)) console.log(`${String(v).padStart(6)}  ${k}`);
}

function compareTokens(text: string, wink: readonly Token[], ours: readonly Token[]): void {
  const bySpan = new Map<number, Token>();
  for (const t of ours) bySpan.set(t.start * 1e7 + t.end, t);
  n.wink += wink.length;
  n.ours += ours.length;
  for (const w of wink) {
    const o = bySpan.get(w.start * 1e7 + w.end);
    if (!o) {
      if (show) count(boundaryMisses, `${JSON.stringify(w.text)} in ${chunkAround(text, w.start, w.end)}: ours ${ours.filter((t) => t.end > w.start && t.start < w.end).map((t) => JSON.stringify(t.text)).join(' ')}`);
      continue;
    }
    n.same++;
    if (o.pos === w.pos) n.tagged++;
    else if (show) count(tagMisses, `${w.text} ${w.pos} → ${o.pos}`);
  }
}

function compareSentences(text: string, wink: readonly Sentence[], ours: readonly Sentence[]): void {
  const bySpan = new Map<number, Sentence>();
  for (const s of ours) bySpan.set(s.start * 1e7 + s.end, s);
  const ourEnds = new Set(ours.map((s) => s.end));
  const winkEnds = new Set(wink.map((s) => s.end));
  n.sentences += wink.length;
  n.oursSentences += ours.length;
  n.ends += winkEnds.size;
  n.oursEnds += ourEnds.size;
  for (const e of winkEnds) {
    if (ourEnds.has(e)) n.sameEnds++;
    else if (show) count(sentenceMisses, `wink ends, we do not: ${snip(text, e)}`);
  }
  if (show) for (const e of ourEnds) if (!winkEnds.has(e)) count(sentenceMisses, `we end, wink does not: ${snip(text, e)}`);
  for (const s of wink) {
    const o = bySpan.get(s.start * 1e7 + s.end);
    if (!o) continue;
    n.sameSentences++;
    if (o.paragraph - ours[0]!.paragraph === s.paragraph - wink[0]!.paragraph) n.paragraphs++;
  }
}

function chunkAround(text: string, s: number, e: number): string {
  while (s > 0 && !/\s/.test(text[s - 1] ?? ' ')) s--;
  while (e < text.length && !/\s/.test(text[e] ?? ' ')) e++;
  return JSON.stringify(text.slice(s, e));
}
