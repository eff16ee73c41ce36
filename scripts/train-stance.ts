/**
 * Trains the stance models and writes them to models/: `node scripts/train-stance.ts
 * [DATA_DIR] [--out-dir DIR]`. DATA_DIR defaults to ../shared/data; it reads
 * DATA_DIR/fnc-1/train_{stances,bodies}.csv for models/stance-fnc1.bin (all of FNC-1 train:
 * claim against article, four labels) and DATA_DIR/emergent/emergent-train-derived.csv for
 * models/stance-emergent.bin (claim against headline). Seeded: same data, same bytes.
 * The held-out figures come from scripts/eval-stance.ts, which trains its own models.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { emergentPairs } from '../src/link/stance/emergent-pairs.ts';
import { encodeStanceModel } from '../src/link/stance/encode-stance-model.ts';
import { fnc1Pairs } from '../src/link/stance/fnc1-pairs.ts';
import { STANCE_RECIPES } from '../src/link/stance/stance-recipes.ts';
import { trainStanceModel, type StancePair } from '../src/link/stance/train-stance-model.ts';

const { values, positionals } = parseArgs({
  options: { 'out-dir': { type: 'string', default: 'models' } },
  allowPositionals: true,
});
const dataDir = resolve(positionals[0] ?? '../shared/data');
const files = {
  stances: join(dataDir, 'fnc-1', 'train_stances.csv'),
  bodies: join(dataDir, 'fnc-1', 'train_bodies.csv'),
  emergent: join(dataDir, 'emergent', 'emergent-train-derived.csv'),
};
const missing = Object.values(files).filter((f) => !existsSync(f));
if (missing.length) {
  process.stderr.write(
    `train-stance: not found: ${missing.join(', ')}\n(the FNC-1 and Emergent training data; pass the data folder, e.g. ../shared/data)\n`,
  );
  process.exit(2);
}
const outDir = resolve(values['out-dir'] ?? 'models');
mkdirSync(outDir, { recursive: true });
const t0 = performance.now();
const log = (line: string): void =>
  console.log(`train-stance: ${line} (${((performance.now() - t0) / 1000).toFixed(1)} s)`);

function train(name: 'fnc1' | 'emergent', pairs: readonly StancePair[], trainedOn: string): void {
  log(`${name}: training on ${pairs.length} pairs`);
  const model = trainStanceModel(pairs, {
    ...STANCE_RECIPES[name],
    trainedOn,
    onEpoch: (e, loss) => {
      if ((e + 1) % 5 === 0) log(`${name}: epoch ${e + 1}, loss ${loss.toFixed(4)}`);
    },
  });
  const bytes = encodeStanceModel(model);
  const out = join(outDir, `stance-${name}.bin`);
  writeFileSync(out, bytes);
  log(`${name}: wrote ${out}, ${(bytes.length / 1e6).toFixed(2)} MB`);
}

const fnc = fnc1Pairs(readFileSync(files.stances, 'utf8'), readFileSync(files.bodies, 'utf8'));
train('fnc1', fnc, `FNC-1 train, all ${fnc.length} pairs, ${new Set(fnc.map((p) => p.group)).size} bodies`);
const em = emergentPairs(readFileSync(files.emergent, 'utf8'));
train(
  'emergent',
  em,
  `Emergent train, all ${em.length} pairs, ${new Set(em.map((p) => p.group)).size} claims`,
);
