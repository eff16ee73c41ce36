/**
 * Trains the attribution taggers on PolNeAR train and writes models/attribution-tagger.bin:
 * `node scripts/train-attributions.ts [DATA_DIR] [--epochs N] [--bits B] [--out FILE]
 * [--holdout N]`. DATA_DIR defaults to ../shared/data; only DATA_DIR/polnear/train is read
 * (dev is for evaluation). Two averaged perceptrons: cues over sentences, then sources and
 * contents over paragraphs around the cues. Fixed seeds: the same data gives the same bytes.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Analysis } from '../src/domain/analysis.ts';
import type { Span } from '../src/domain/span.ts';
import type { Token } from '../src/domain/token.ts';
import { createStageContext, WORD_CLUSTERS } from '../src/extract/create-stage-context.ts';
import { parseWordClusters } from '../src/extract/tagger/word-clusters.ts';
import { analyse, pipeline } from '../src/extract/pipeline.ts';
import { CUE_FEATURES, cueFeatures } from '../src/extract/tagger/cue-features.ts';
import type { CueSpan } from '../src/extract/tagger/cue-relations.ts';
import { mix } from '../src/extract/tagger/hash.ts';
import { encodeModels } from '../src/extract/tagger/model-file.ts';
import type { TaggerModel } from '../src/extract/tagger/perceptron.ts';
import { ROLE_FEATURES } from '../src/extract/tagger/role-features.ts';
import { paragraphRanges, paragraphRoleFeatures, tagCues } from '../src/extract/tagger/tag-document.ts';
import { bioTransitions, CUE_TAGS, ROLE_TAGS } from '../src/extract/tagger/tag-sets.ts';
import { tokenAttributes, type TokenAttributes } from '../src/extract/tagger/token-attributes.ts';
import { trainPerceptron, type TrainingSequence } from '../src/extract/tagger/train-perceptron.ts';
import { readPolnear, type GoldDocument } from './polnear/read-polnear.ts';

const { values, positionals } = parseArgs({
  options: {
    epochs: { type: 'string', default: '8' },
    bits: { type: 'string', default: '18' },
    out: { type: 'string', default: 'models/attribution-tagger.bin' },
    limit: { type: 'string' },
    holdout: { type: 'string' },
    'holdout-dir': { type: 'string', default: '/tmp/polnear-holdout' },
    'cue-bias': { type: 'string', default: '10' },
    'role-bias': { type: 'string', default: '0' },
    folds: { type: 'string', default: '4' },
  },
  allowPositionals: true,
});
const dataDir = resolve(positionals[0] ?? '../shared/data');
const trainDir = join(dataDir, 'polnear', 'train');
if (!existsSync(trainDir)) {
  process.stderr.write(`train-attributions: ${trainDir} not found (the PolNeAR train split; pass the data folder, e.g. ../shared/data)\n`);
  process.exit(2);
}
const t0 = performance.now();
const log = (line: string): void => console.log(`${line} (${((performance.now() - t0) / 1000).toFixed(1)} s)`);
const epochs = Number(values.epochs);
const bits = Number(values.bits);
const folds = Number(values.folds);

/** Token range [first, last] a span covers. */
function tokenRange(tokens: readonly Token[], sp: Span): CueSpan | undefined {
  let first = -1;
  let last = -1;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.end <= sp.start || t.start >= sp.end) continue;
    if (first < 0) first = i;
    last = i;
  }
  return first < 0 ? undefined : { first, last };
}

function markBio(tags: Uint8Array, r: CueSpan | undefined, begin: number): void {
  if (!r) return;
  for (let i = r.first; i <= r.last; i++) tags[i] = i === r.first ? begin : begin + 1;
}

/**
 * A bias towards finding something rather than nothing, tuned on held-out train articles:
 * the perceptron's equal-cost updates leave the cue tagger's precision well above its recall.
 */
function addBias(model: TaggerModel, b: number): void {
  const row = (mix(1, 0) & ((1 << model.bits) - 1)) * model.tags;
  for (let k = 1; k < model.tags; k++) model.weights[row + k] = (model.weights[row + k] ?? 0) + b;
}

/** Leaves the latest N train articles out, linked into a split of their own for the scorer. */
function holdOut(docs: GoldDocument[], n: number, dir: string): GoldDocument[] {
  const byDate = [...docs].sort((x, y) => (x.name.split('_')[1] ?? '').localeCompare(y.name.split('_')[1] ?? '') || x.name.localeCompare(y.name));
  const held = new Set(byDate.slice(-n).map((d) => d.name));
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'text'), { recursive: true });
  mkdirSync(join(dir, 'attributions'), { recursive: true });
  for (const f of readdirSync(join(trainDir, 'text'))) if (held.has(f.replace(/\.txt$/, ''))) symlinkSync(join(trainDir, 'text', f), join(dir, 'text', f));
  for (const f of readdirSync(join(trainDir, 'attributions'))) if ([...held].some((h) => f.startsWith(`${h}_`))) symlinkSync(join(trainDir, 'attributions', f), join(dir, 'attributions', f));
  log(`held out ${held.size} articles in ${dir}`);
  return docs.filter((d) => !held.has(d.name));
}

interface Prepared {
  readonly a: Analysis;
  readonly t: TokenAttributes;
  readonly words: readonly string[];
  readonly cueSeqs: readonly TrainingSequence[];
  readonly goldCues: readonly CueSpan[];
  readonly roleTags: Uint8Array;
}

/** A document through the rule stages, with its gold tags and its cue tagger sequences. */
function prepare(g: GoldDocument): Prepared {
  const stages = pipeline.slice(0, pipeline.findIndex((s) => s.name === 'tagger'));
  const a = analyse({ id: g.name, name: g.name, uri: g.name, mediaType: 'text/plain', text: g.text, encoding: 'utf-8', byteLength: g.text.length }, ctx, stages);
  const { tokens } = a;
  const t = tokenAttributes(a, clusters);
  const words = tokens.map((x) => x.lower);
  const cueTags = new Uint8Array(tokens.length);
  const roleTags = new Uint8Array(tokens.length);
  const goldCues: CueSpan[] = [];
  for (const at of g.attributions) {
    const cue = at.cue ? tokenRange(tokens, at.cue) : undefined;
    if (cue) goldCues.push(cue);
    markBio(cueTags, cue, 1);
    markBio(roleTags, at.source ? tokenRange(tokens, at.source) : undefined, 1);
    for (const c of at.contents) markBio(roleTags, tokenRange(tokens, c), 3);
  }
  goldCues.sort((x, y) => x.first - y.first);
  const cueSeqs: TrainingSequence[] = [];
  for (const s of a.sentences) {
    const n = s.tokenEnd - s.tokenStart;
    if (n <= 0) continue;
    const feats = new Uint32Array(n * CUE_FEATURES);
    cueFeatures(t, words, s.tokenStart, s.tokenEnd, feats);
    cueSeqs.push({ n, feats, gold: cueTags.slice(s.tokenStart, s.tokenEnd) });
  }
  return { a, t, words, cueSeqs, goldCues, roleTags };
}

/** Role sequences of one document, around the given cues. */
function roleSequences(p: Prepared, cues: readonly CueSpan[]): TrainingSequence[] {
  const out: TrainingSequence[] = [];
  for (const [from, to] of paragraphRanges(p.a)) {
    const n = to - from;
    if (n <= 0) continue;
    const local = cues.filter((c) => c.first >= from && c.first < to);
    const feats = new Uint32Array(n * ROLE_FEATURES);
    paragraphRoleFeatures(p.t, p.words, p.a, from, to, local, feats);
    out.push({ n, feats, gold: p.roleTags.slice(from, to) });
  }
  return out;
}

const ctx = createStageContext({ rulesOnly: true });
const clusters = existsSync(WORD_CLUSTERS) ? parseWordClusters(readFileSync(WORD_CLUSTERS, 'utf8')) : new Map<string, number>();
let docs = readPolnear(trainDir, values.limit ? Number(values.limit) : Infinity);
if (values.holdout) docs = holdOut(docs, Number(values.holdout), values['holdout-dir']);
const prepared = docs.map(prepare);
const cueShape = { tags: CUE_TAGS.length, features: CUE_FEATURES, bits, allowed: bioTransitions(CUE_TAGS.length) };
const roleShape = { tags: ROLE_TAGS.length, features: ROLE_FEATURES, bits, allowed: bioTransitions(ROLE_TAGS.length) };
log(`${docs.length} documents prepared`);

// The role tagger learns around gold cues and around the cues the cue tagger will give it:
// in K folds, a cue model trained on the other folds tags each fold (jackknifing).
const roleSeqs: TrainingSequence[] = prepared.flatMap((p) => roleSequences(p, p.goldCues));
for (let f = 0; f < folds; f++) {
  const m = trainPerceptron(prepared.flatMap((p, i) => (i % folds === f ? [] : p.cueSeqs)), cueShape, epochs);
  addBias(m, Number(values['cue-bias']));
  prepared.forEach((p, i) => {
    if (i % folds === f) roleSeqs.push(...roleSequences(p, tagCues(m, p.t, p.words, p.a)));
  });
  log(`fold ${f + 1}/${folds}: cues tagged by a model that did not see them`);
}
const cue = trainPerceptron(prepared.flatMap((p) => p.cueSeqs), cueShape, epochs, (l) => log(`cues ${l}`));
const role = trainPerceptron(roleSeqs, roleShape, epochs, (l) => log(`roles ${l}`));
addBias(cue, Number(values['cue-bias']));
addBias(role, Number(values['role-bias']));
const bytes = encodeModels([cue, role]);
mkdirSync(dirname(values.out), { recursive: true });
writeFileSync(values.out, bytes);
log(`wrote ${values.out}: ${(bytes.length / 1024).toFixed(0)} KiB`);
