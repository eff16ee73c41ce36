/**
 * Word clusters from the development corpora, so the taggers can generalise from cue words
 * seen in training to words like them ("rubbished", "blasted" near "criticised"):
 * `node scripts/train-clusters.ts [DATA_DIR] [--out FILE]` writes models/word-clusters.tsv
 * (word, fine cluster, coarse cluster), sorted, deterministic. Each frequent word gets a
 * vector of its neighbouring words (two on each side, weighted by rarity, sparse random
 * projection), then k-means gives the clusters. Reads BBC, AllSides and PolNeAR train text.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gunzipSync } from 'node:zlib';

const { values, positionals } = parseArgs({
  options: { out: { type: 'string', default: 'models/word-clusters.tsv' }, words: { type: 'string', default: '30000' }, fine: { type: 'string', default: '256' }, coarse: { type: 'string', default: '48' } },
  allowPositionals: true,
});
const dataDir = resolve(positionals[0] ?? '../shared/data');
if (!existsSync(dataDir)) {
  process.stderr.write(`train-clusters: ${dataDir} not found (pass the data folder, e.g. ../shared/data)\n`);
  process.exit(2);
}
const t0 = performance.now();
const log = (s: string): void => console.log(`${s} (${((performance.now() - t0) / 1000).toFixed(1)} s)`);

function* texts(): Generator<string> {
  const bbc = join(dataDir, 'bbc-news', 'bbc');
  if (existsSync(bbc)) for (const d of readdirSync(bbc).sort()) if (!d.includes('.')) for (const f of readdirSync(join(bbc, d)).sort()) yield readFileSync(join(bbc, d, f), 'latin1');
  const pn = join(dataDir, 'polnear', 'train', 'text');
  if (existsSync(pn)) for (const f of readdirSync(pn).sort()) yield readFileSync(join(pn, f), 'utf8');
  const as = join(dataDir, 'allsides', 'articles-crossoutlet.jsonl.gz');
  if (existsSync(as)) for (const line of gunzipSync(readFileSync(as)).toString('utf8').split('\n')) if (line) yield (JSON.parse(line) as { content_original?: string }).content_original ?? '';
}

const WORD = /[a-z]+(?:['’][a-z]+)?/g;
const docs: string[][] = [];
const freq = new Map<string, number>();
for (const t of texts()) {
  const words = t.toLowerCase().match(WORD) ?? [];
  docs.push(words);
  for (const w of words) freq.set(w, (freq.get(w) ?? 0) + 1);
}
const total = docs.reduce((n, d) => n + d.length, 0);
log(`${docs.length} texts, ${total} words, ${freq.size} distinct`);
const ranked = [...freq].filter(([, n]) => n >= 5).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
const vocab = ranked.slice(0, Number(values.words)).map(([w]) => w);
const index = new Map(vocab.map((w, i) => [w, i]));
const CONTEXTS = 4000;
const DIM = 64;
// each context (word x position) a sparse random vector: 6 entries of +-1, from a fixed seed
let seed = 0x9e3779b9;
const rand = (): number => {
  seed ^= seed << 13;
  seed ^= seed >>> 17;
  seed ^= seed << 5;
  return (seed >>> 0) / 4294967296;
};
const projDim = new Uint8Array(CONTEXTS * 4 * 6);
const projSign = new Int8Array(CONTEXTS * 4 * 6);
for (let i = 0; i < projDim.length; i++) {
  projDim[i] = Math.floor(rand() * DIM);
  projSign[i] = rand() < 0.5 ? -1 : 1;
}
const weight = new Float32Array(CONTEXTS);
for (let c = 0; c < CONTEXTS; c++) weight[c] = Math.log(total / (ranked[c]?.[1] ?? 1));
const vec = new Float32Array(vocab.length * DIM);
for (const d of docs) {
  const ids = d.map((w) => index.get(w) ?? -1);
  for (let i = 0; i < ids.length; i++) {
    const w = ids[i] ?? -1;
    if (w < 0) continue;
    for (const [off, slot] of [[-2, 0], [-1, 1], [1, 2], [2, 3]] as const) {
      const c = ids[i + off] ?? -1;
      if (c < 0 || c >= CONTEXTS) continue;
      const base = (slot * CONTEXTS + c) * 6;
      const wt = weight[c] ?? 0;
      for (let k = 0; k < 6; k++) {
        const at = w * DIM + (projDim[base + k] ?? 0);
        vec[at] = (vec[at] ?? 0) + (projSign[base + k] ?? 0) * wt;
      }
    }
  }
}
for (let w = 0; w < vocab.length; w++) {
  let n = 0;
  for (let k = 0; k < DIM; k++) n += (vec[w * DIM + k] ?? 0) ** 2;
  n = Math.sqrt(n) || 1;
  for (let k = 0; k < DIM; k++) vec[w * DIM + k] = (vec[w * DIM + k] ?? 0) / n;
}
log(`${vocab.length} word vectors`);

/** k-means on the unit vectors (cosine), seeded with evenly spaced words by frequency. */
function kmeans(k: number, iterations: number): Int32Array {
  const centers = new Float32Array(k * DIM);
  for (let c = 0; c < k; c++) {
    const w = Math.floor((c * vocab.length) / k);
    for (let d = 0; d < DIM; d++) centers[c * DIM + d] = vec[w * DIM + d] ?? 0;
  }
  const assign = new Int32Array(vocab.length);
  for (let it = 0; it < iterations; it++) {
    for (let w = 0; w < vocab.length; w++) {
      let best = 0;
      let bestS = -Infinity;
      for (let c = 0; c < k; c++) {
        let s = 0;
        for (let d = 0; d < DIM; d++) s += (vec[w * DIM + d] ?? 0) * (centers[c * DIM + d] ?? 0);
        if (s > bestS) [best, bestS] = [c, s];
      }
      assign[w] = best;
    }
    centers.fill(0);
    for (let w = 0; w < vocab.length; w++) {
      for (let d = 0; d < DIM; d++) {
        const at = (assign[w] ?? 0) * DIM + d;
        centers[at] = (centers[at] ?? 0) + (vec[w * DIM + d] ?? 0);
      }
    }
    for (let c = 0; c < k; c++) {
      let n = 0;
      for (let d = 0; d < DIM; d++) n += (centers[c * DIM + d] ?? 0) ** 2;
      n = Math.sqrt(n) || 1;
      for (let d = 0; d < DIM; d++) centers[c * DIM + d] = (centers[c * DIM + d] ?? 0) / n;
    }
    log(`k-means k=${k} iteration ${it + 1}`);
  }
  return assign;
}
const fine = kmeans(Number(values.fine), 8);
const coarse = kmeans(Number(values.coarse), 8);
const lines = vocab.map((w, i) => `${w}\t${fine[i]}\t${coarse[i]}`).sort();
mkdirSync(dirname(values.out), { recursive: true });
writeFileSync(values.out, `${lines.join('\n')}\n`);
log(`wrote ${values.out}: ${lines.length} words`);
