/**
 * Measures stance on held-out data, through the same code path as `claimtrail stance
 * --jsonl`: `node scripts/eval-stance.ts [DATA_DIR] [--emergent | --all] [--out DIR]`.
 *
 * FNC-1 (default): the distinct Body IDs of train_stances.csv, sorted numerically; the last
 * 20 % are dev, the rest train (no body on both sides). A model is trained on the train
 * bodies with the committed model's recipe, written to a file (so quantisation counts), and
 * `stance --jsonl --model FILE` runs on the dev pairs; ../shared/eval/score-stance.mjs
 * scores the predictions.
 * Emergent (--emergent): 5-fold cross-validation grouped by claim (the claim ids, sorted
 * then shuffled with a fixed seed, dealt round-robin into folds); each fold's model is
 * trained on the other four folds; all predictions are scored together.
 * DATA_DIR defaults to ../shared/data; the scorer is looked for in DATA_DIR/../eval.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { main } from '../src/cli/main.ts';
import { emergentPairs } from '../src/link/stance/emergent-pairs.ts';
import { encodeStanceModel } from '../src/link/stance/encode-stance-model.ts';
import { fnc1Pairs, type CorpusPair } from '../src/link/stance/fnc1-pairs.ts';
import { seededRandom } from '../src/link/stance/seeded-random.ts';
import { STANCE_RECIPES } from '../src/link/stance/stance-recipes.ts';
import { trainStanceModel } from '../src/link/stance/train-stance-model.ts';

const { values, positionals } = parseArgs({
  options: {
    emergent: { type: 'boolean' },
    all: { type: 'boolean' },
    out: { type: 'string', default: join(tmpdir(), 'claimtrail-eval-stance') },
    scorer: { type: 'string' },
    folds: { type: 'string', default: '5' },
  },
  allowPositionals: true,
});
const dataDir = resolve(positionals[0] ?? '../shared/data');
const scorer = resolve(values.scorer ?? join(dataDir, '..', 'eval', 'score-stance.mjs'));
const outDir = resolve(values.out ?? '');
mkdirSync(outDir, { recursive: true });
const t0 = performance.now();
const log = (line: string): void =>
  console.log(`eval-stance: ${line} (${((performance.now() - t0) / 1000).toFixed(1)} s)`);

function need(files: readonly string[], what: string): void {
  const missing = files.filter((f) => !existsSync(f));
  if (!missing.length) return;
  process.stderr.write(
    `eval-stance: not found: ${missing.join(', ')}\n(${what}; pass the data folder, e.g. ../shared/data)\n`,
  );
  process.exit(2);
}

const jsonl = (pairs: readonly CorpusPair[]): string =>
  pairs.map((p) => JSON.stringify({ id: p.id, claim: p.claim, text: p.text, stance: p.stance })).join('\n') +
  '\n';

/** Trains on `train`, then predicts `test` with `claimtrail stance --jsonl --model FILE`. */
async function trainAndPredict(
  name: 'fnc1' | 'emergent',
  train: readonly CorpusPair[],
  test: readonly CorpusPair[],
  tag: string,
): Promise<string> {
  const model = trainStanceModel(train, {
    ...STANCE_RECIPES[name],
    trainedOn: `${tag}: ${train.length} pairs`,
  });
  const modelFile = join(outDir, `${tag}-model.bin`);
  writeFileSync(modelFile, encodeStanceModel(model));
  const goldFile = join(outDir, `${tag}-gold.jsonl`);
  writeFileSync(goldFile, jsonl(test));
  let out = '';
  let err = '';
  const started = performance.now();
  const code = await main(['stance', '--jsonl', '--model', modelFile, goldFile], {
    stdout: { write: (s: string) => (out += s) },
    stderr: { write: (s: string) => (err += s) },
    env: {},
    cwd: process.cwd(),
  });
  const seconds = (performance.now() - started) / 1000;
  if (code !== 0) throw new Error(`stance exited ${code}: ${err}`);
  log(
    `${tag}: trained on ${train.length} pairs, predicted ${test.length} pairs at ${Math.round(test.length / seconds)} pairs/s`,
  );
  return out;
}

function score(gold: string, pred: string): void {
  if (!existsSync(scorer)) {
    console.log(`eval-stance: the scorer ${scorer} is absent; predictions are in ${pred}, gold in ${gold}`);
    console.log(`eval-stance: own count, not the official scorer: ${roughScore(gold, pred)}`);
    return;
  }
  const r = spawnSync(process.execPath, [scorer, '--gold', gold, '--pred', pred], { encoding: 'utf8' });
  process.stdout.write(r.stdout);
  process.stderr.write(r.stderr);
  if (r.status !== 0) process.exitCode = 1;
}

/** Accuracy and the FNC-1 relative score, for when the official scorer is not at hand. */
function roughScore(goldFile: string, predFile: string): string {
  const read = (f: string): { id: string; stance: string }[] =>
    readFileSync(f, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { id: string; stance: string });
  const related = (s: string | undefined): boolean => s !== undefined && s !== 'unrelated';
  const pred = new Map(read(predFile).map((p) => [p.id, p.stance]));
  const gold = read(goldFile);
  let right = 0;
  let score = 0;
  let max = 0;
  for (const g of gold) {
    const p = pred.get(g.id);
    max += related(g.stance) ? 1 : 0.25;
    if (p === g.stance) {
      right++;
      score += related(g.stance) ? 0.75 : 0.25;
    }
    if (related(g.stance) && related(p)) score += 0.25;
  }
  return `accuracy ${(right / gold.length).toFixed(3)}, FNC score ${((100 * score) / max).toFixed(2)} %`;
}

async function fnc1(): Promise<void> {
  const stances = join(dataDir, 'fnc-1', 'train_stances.csv');
  const bodies = join(dataDir, 'fnc-1', 'train_bodies.csv');
  need([stances, bodies], 'the FNC-1 training data');
  const pairs = fnc1Pairs(readFileSync(stances, 'utf8'), readFileSync(bodies, 'utf8'));
  const ids = [...new Set(pairs.map((p) => Number(p.group)))].sort((a, b) => a - b);
  const dev = new Set(ids.slice(Math.floor(ids.length * 0.8)));
  const train = pairs.filter((p) => !dev.has(Number(p.group)));
  const test = pairs.filter((p) => dev.has(Number(p.group)));
  log(
    `FNC-1: ${ids.length} bodies; dev = the last ${dev.size} by id (${Math.min(...dev)} and up): ${test.length} pairs; train: ${train.length} pairs`,
  );
  const predFile = join(outDir, 'fnc1-dev-pred.jsonl');
  writeFileSync(predFile, await trainAndPredict('fnc1', train, test, 'fnc1-dev'));
  score(join(outDir, 'fnc1-dev-gold.jsonl'), predFile);
}

async function emergent(): Promise<void> {
  const csv = join(dataDir, 'emergent', 'emergent-train-derived.csv');
  need([csv], 'the Emergent training data');
  const pairs = emergentPairs(readFileSync(csv, 'utf8'));
  const k = Number(values.folds);
  const claims = [...new Set(pairs.map((p) => p.group))].sort();
  const rand = seededRandom(7);
  for (let i = claims.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [claims[i], claims[j]] = [claims[j] as string, claims[i] as string];
  }
  const fold = new Map(claims.map((c, i) => [c, i % k]));
  log(`Emergent: ${pairs.length} pairs, ${claims.length} claims, ${k} folds grouped by claim`);
  let preds = '';
  const gold: CorpusPair[] = [];
  for (let f = 0; f < k; f++) {
    const test = pairs.filter((p) => fold.get(p.group) === f);
    const out = await trainAndPredict(
      'emergent',
      pairs.filter((p) => fold.get(p.group) !== f),
      test,
      `emergent-fold${f + 1}`,
    );
    const right = out
      .trim()
      .split('\n')
      .filter((l, i) => (JSON.parse(l) as { stance: string }).stance === test[i]?.stance).length;
    log(`emergent fold ${f + 1}: accuracy ${(right / test.length).toFixed(3)} on ${test.length} pairs`);
    preds += out;
    gold.push(...test);
  }
  const goldFile = join(outDir, 'emergent-cv-gold.jsonl');
  const predFile = join(outDir, 'emergent-cv-pred.jsonl');
  writeFileSync(goldFile, jsonl(gold));
  writeFileSync(predFile, preds);
  score(goldFile, predFile);
}

if (!values.emergent || values.all) await fnc1();
if (values.emergent || values.all) await emergent();
log(`done; files in ${outDir}`);
