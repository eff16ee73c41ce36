/**
 * Duplicate detection on the BBC News corpus: `npm run eval:duplicates -- [DATA]` (DATA
 * defaults to ../shared/data; the corpus is DATA/bbc-news/bbc). Options: --threshold T,
 * --shingle K, --permutations P, --bands B (default: the library's), --sources N (200),
 * --seed S (2005), --sweep (also compare shingle sizes and band layouts).
 *
 * (a) Exact duplicates: the corpus holds 98 byte-identical pairs, found here from the
 *     bytes, independently of the library. Reports how many the index finds, and every
 *     other pair it reports, with the share of sentences the two have verbatim in common
 *     as an independent check.
 * (b) Syndication: copies of N source articles made by simulateSyndication (edited
 *     headline, paragraphs cut and added, rewording, boilerplate), mixed with every other
 *     article, including hard negatives (each source's three nearest articles by TF-IDF
 *     in its section). Reports precision and recall over thresholds, linking to the
 *     earliest source, speed and memory per document.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { Span } from '../src/domain/span.ts';
import { findBoilerplate } from '../src/extract/boilerplate/find-boilerplate.ts';
import { createDuplicateIndex } from '../src/link/duplicates/create-duplicate-index.ts';
import { duplicateFamilies } from '../src/link/duplicates/duplicate-families.ts';
import type { DuplicateOptions } from '../src/link/duplicates/duplicate-settings.ts';
import { buildSyndicationSet, type SyndicationItem } from '../src/link/duplicates/build-syndication-set.ts';
import { sentenceSet } from '../src/link/duplicates/sentence-set.ts';
import { sharedSentenceShare } from '../src/link/duplicates/shared-sentence-share.ts';

const { values, positionals } = parseArgs({
  options: {
    threshold: { type: 'string' },
    shingle: { type: 'string' },
    permutations: { type: 'string' },
    bands: { type: 'string' },
    sources: { type: 'string', default: '200' },
    seed: { type: 'string', default: '2005' },
    sweep: { type: 'boolean' },
  },
  allowPositionals: true,
});
const bbcDir = join(resolve(positionals[0] ?? '../shared/data'), 'bbc-news', 'bbc');
if (!existsSync(bbcDir)) {
  process.stderr.write(
    `BBC News corpus not found: ${bbcDir} does not exist.\nusage: npm run eval:duplicates -- [DATA] (DATA holds bbc-news/bbc; default ../shared/data beside a checkout)\n`,
  );
  process.exit(2);
}
const num = (v: string | undefined) => (v === undefined ? undefined : Number(v));
const base: DuplicateOptions = {
  ...(values.threshold ? { threshold: num(values.threshold) } : {}),
  ...(values.shingle ? { shingleSize: num(values.shingle) } : {}),
  ...(values.permutations ? { permutations: num(values.permutations) } : {}),
  ...(values.bands ? { bands: num(values.bands) } : {}),
};
const threshold = createDuplicateIndex(base).settings.threshold;

interface Doc {
  id: string;
  section: string;
  text: string;
  bytes: Buffer;
}
const docs: Doc[] = [];
const sections = readdirSync(bbcDir).filter((d) => !d.includes('.'));
for (const section of sections.sort())
  for (const file of readdirSync(join(bbcDir, section)).sort()) {
    if (!file.endsWith('.txt')) continue;
    const bytes = readFileSync(join(bbcDir, section, file));
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      text = bytes.toString('latin1'); // sport/199.txt: "£" as the single byte 0xA3
    }
    docs.push({ id: `${section}/${file}`, section, text, bytes });
  }
const byId = new Map(docs.map((d) => [d.id, d]));
const pairKey = (a: string, b: string) => (a < b ? `${a} ${b}` : `${b} ${a}`);
const headline = (id: string) => (byId.get(id)?.text.split('\n')[0] ?? id).slice(0, 40);
const f2 = (x: number) => x.toFixed(2);
const f3 = (x: number) => x.toFixed(3);

/** Pairs of documents with the same key. */
function pairsBy(key: (d: Doc) => string): Set<string> {
  const groups = new Map<string, string[]>();
  for (const d of docs) groups.set(key(d), [...(groups.get(key(d)) ?? []), d.id]);
  const out = new Set<string>();
  for (const g of groups.values())
    for (let i = 0; i < g.length; i++)
      for (let j = i + 1; j < g.length; j++) out.add(pairKey(g[i] ?? '', g[j] ?? ''));
  return out;
}

const sentenceSets = new Map(docs.map((d) => [d.id, sentenceSet(d.text)]));
const sharedSentences = (a: string, b: string) =>
  sharedSentenceShare(sentenceSets.get(a) ?? new Set(), sentenceSets.get(b) ?? new Set());

// ---- (a) exact duplicates ------------------------------------------------------------
const byteGold = pairsBy((d) => createHash('sha256').update(d.bytes).digest('hex'));
const spaceGold = pairsBy((d) => d.text.replace(/\s+/gu, ' ').trim());
console.log(`BBC News: ${docs.length} articles in ${bbcDir}`);
console.log(
  `exact-duplicate pairs: ${byteGold.size} byte-identical, ${spaceGold.size} identical after collapsing white space (gold: byte-identical)`,
);
{
  const index = createDuplicateIndex(base);
  const found = new Map<string, { exact: boolean; jaccard: number; containment: number }>();
  for (const d of docs)
    for (const m of index.add({ id: d.id, text: d.text })) found.set(pairKey(d.id, m.id), m);
  const hit = [...byteGold].filter((p) => found.has(p));
  const flagged = hit.filter((p) => found.get(p)?.exact).length;
  console.log(`(a) gold pairs found: ${hit.length}/${byteGold.size} (${flagged} of them marked exact)`);
  const extra = [...found]
    .filter(([p]) => !byteGold.has(p))
    .sort((x, y) => y[1].containment - x[1].containment);
  console.log(
    `    other pairs found at threshold ${threshold}: ${extra.length} (${extra.filter(([, m]) => m.exact).length} exact after normalisation)`,
  );
  const bins = [0.9, 0.7, threshold].map((lo, i, xs) => {
    const hi = i === 0 ? 1.01 : (xs[i - 1] ?? 1);
    const n = extra.filter(([, m]) => m.containment >= lo && m.containment < hi).length;
    return `${n} with containment ${f2(lo)}-${f2(Math.min(hi, 1))}`;
  });
  const sentenceCopies = extra.filter(
    ([p]) => sharedSentences(...(p.split(' ') as [string, string])) >= 0.5,
  ).length;
  console.log(`    ${bins.join(', ')}; ${sentenceCopies} share half their sentences verbatim or more`);
  console.log(`    ${'pair'.padEnd(36)} jacc  cont  sentences-shared  headlines`);
  for (const [p, m] of extra) {
    const [a = '', b = ''] = p.split(' ');
    console.log(
      `    ${p.padEnd(36)} ${f2(m.jaccard)}  ${f2(m.containment)}  ${f2(sharedSentences(a, b)).padStart(16)}  ${headline(a)} | ${headline(b)}`,
    );
  }
}

// ---- (b) syndication set ---------------------------------------------------------------
const set = buildSyndicationSet(docs, { sources: Number(values.sources), seed: Number(values.seed) });
const items = set.items;
const familyOf = new Map(items.map((it) => [it.id, it.family]));
const goldPairs = set.duplicatePairs;
const hardNegative = new Set(set.hardNegatives.map(([a, b]) => pairKey(a, b)));
const originals = items.filter((it) => it.id === it.family).length;
console.log(
  `\n(b) syndication set: ${items.length} documents = ${originals} BBC articles (${set.dropped.length} dropped as exact or sentence-level repeats) + ${items.length - originals} copies of ${set.sources.length} sources; ${goldPairs} duplicate pairs, ${hardNegative.size} hard-negative pairs`,
);

type Mode = 'raw' | 'found boilerplate' | 'true boilerplate';
const spansFor = (it: SyndicationItem, mode: Mode): readonly Span[] =>
  mode === 'raw' ? [] : mode === 'true boilerplate' ? it.boilerplate : findBoilerplate(it.text);

/** Every candidate pair with its scores (threshold 0), and the time indexing took. */
function run(options: DuplicateOptions, mode: Mode) {
  const spans = items.map((it) => spansFor(it, mode));
  const index = createDuplicateIndex({ ...options, threshold: 0 });
  const scored = new Map<string, { exact: boolean; containment: number }>();
  const t0 = performance.now();
  items.forEach((it, i) => {
    for (const m of index.add({ id: it.id, text: it.text, published: it.published, ignore: spans[i] ?? [] }))
      scored.set(pairKey(it.id, m.id), m);
  });
  return { scored, ms: performance.now() - t0 };
}
function score(scored: Map<string, { exact: boolean; containment: number }>, t: number) {
  let tp = 0;
  let fp = 0;
  let hardFp = 0;
  let copyFp = 0;
  for (const [p, m] of scored) {
    if (!m.exact && m.containment < t) continue;
    const [a = '', b = ''] = p.split(' ');
    if (familyOf.get(a) === familyOf.get(b)) tp++;
    else {
      fp++;
      if (hardNegative.has(p)) hardFp++;
      if (p.includes('#copy')) copyFp++;
    }
  }
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp / goldPairs;
  return {
    tp,
    fp,
    hardFp,
    copyFp,
    precision,
    recall,
    f1: (2 * precision * recall) / (precision + recall || 1),
  };
}

const main = run(base, 'raw');
console.log(`\nprecision/recall over thresholds (raw text, no boilerplate spans):`);
console.log('threshold  precision  recall  F1     TP    FP  hard-neg FP');
for (let t = 0.1; t < 1.001; t += 0.05) {
  const s = score(main.scored, t);
  const mark = Math.abs(t - threshold) < 1e-9 ? ' <- chosen' : '';
  console.log(
    `${f2(t).padStart(9)}  ${f3(s.precision).padStart(9)}  ${f3(s.recall).padStart(6)}  ${f3(s.f1)}  ${String(s.tp).padStart(4)}  ${String(s.fp).padStart(4)}  ${String(s.hardFp).padStart(11)}${mark}`,
  );
}
for (const mode of ['raw', 'found boilerplate', 'true boilerplate'] as const) {
  const s = score(mode === 'raw' ? main.scored : run(base, mode).scored, threshold);
  console.log(
    `at ${threshold}, ${mode.padEnd(17)}: precision ${f3(s.precision)}, recall ${f3(s.recall)} (${s.tp}/${goldPairs}), ${s.fp} false positives (${s.hardFp} hard negatives, ${s.copyFp} involving a generated copy)`,
  );
}
const hardScores = [...hardNegative].map((p) => main.scored.get(p)?.containment ?? 0).sort((a, b) => b - a);
console.log(
  `hard negatives: highest containment ${f2(hardScores[0] ?? 0)}, 99th percentile ${f2(hardScores[Math.floor(hardScores.length / 100)] ?? 0)}`,
);
// Recall by edit strength: which copies are missed.
const copyRecall = [0, 0.25, 0.5, 0.75].map((lo) => {
  const inBin = items.filter((it) => it.id !== it.family && it.strength >= lo && it.strength < lo + 0.25);
  const hit = inBin.filter(
    (it) => (main.scored.get(pairKey(it.id, it.family))?.containment ?? 0) >= threshold,
  ).length;
  return `${f2(lo)}-${f2(lo + 0.25)}: ${hit}/${inBin.length}`;
});
console.log(`copy-to-source recall by edit strength: ${copyRecall.join(', ')}`);
for (const [p, m] of [...main.scored]
  .filter(
    ([p, m]) =>
      m.containment >= threshold &&
      familyOf.get(p.split(' ')[0] ?? '') !== familyOf.get(p.split(' ')[1] ?? ''),
  )
  .slice(0, 10)) {
  const [a = '', b = ''] = p.split(' ');
  console.log(
    `  false positive ${f2(m.containment)}: ${a} (${headline(familyOf.get(a) ?? '')}) ~ ${b} (${headline(familyOf.get(b) ?? '')})`,
  );
}

// Linking to the earliest source, from the pairs found at the threshold.
const found = [...main.scored]
  .filter(([, m]) => m.exact || m.containment >= threshold)
  .map(([p]) => ({ a: p.split(' ')[0] ?? '', b: p.split(' ')[1] ?? '' }));
const { sourceOf } = duplicateFamilies(items, found);
const copyItems = items.filter((it) => it.id !== it.family);
const linked = copyItems.filter((it) => sourceOf.get(it.id) === it.family).length;
const wrongly = items.filter((it) => it.id === it.family && sourceOf.has(it.id)).length;
console.log(
  `earliest-source links: ${linked}/${copyItems.length} copies linked to their source; ${wrongly} originals marked as copies`,
);

// Speed and memory, at the chosen threshold.
const megabytes = items.reduce((s, it) => s + it.text.length, 0) / 1e6;
console.log(
  `\nspeed: ${items.length} documents (${megabytes.toFixed(1)}M characters) in ${main.ms.toFixed(0)} ms, first pass: ${Math.round((items.length / main.ms) * 1000)} documents/s (normalising, shingling, signing, matching)`,
);
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
const used = () => process.memoryUsage().heapUsed + process.memoryUsage().arrayBuffers;
// Array buffers are released after a collection, not during it: collect until the figure settles.
const settled = async () => {
  for (let i = 0; i < 5; i++) {
    gc();
    await new Promise((done) => setTimeout(done, 50));
  }
  return used();
};
const before = await settled();
const index = createDuplicateIndex(base);
const t0 = performance.now();
for (const it of items) index.add({ id: it.id, text: it.text, published: it.published });
const warmMs = performance.now() - t0;
const after = await settled();
const perDoc = (after - before) / index.size;
console.log(
  `speed, second pass (compiled): ${Math.round((items.length / warmMs) * 1000)} documents/s, ${(megabytes / (warmMs / 1000)).toFixed(1)}M characters/s`,
);
console.log(
  `memory: ${Math.round(perDoc)} bytes per document held by the index (signature ${index.settings.permutations * 4} bytes, ${index.settings.bands} band-table entries, id and exact-hash maps; no text)`,
);

if (values.sweep) {
  console.log('\nsweep: best F1 over thresholds, and precision/recall at the chosen threshold');
  const layouts: DuplicateOptions[] = [
    ...[3, 4, 5, 6, 7, 9].map((k) => ({ shingleSize: k })),
    { permutations: 128, bands: 32 },
    { permutations: 128, bands: 16 },
    { permutations: 256, bands: 128 },
    { permutations: 64, bands: 32 },
  ];
  for (const layout of layouts) {
    const options = { ...base, ...layout };
    const { scored, ms } = run(options, 'raw');
    let best = { t: 0, f1: 0 };
    for (let t = 0.1; t < 1.001; t += 0.05) {
      const s = score(scored, t);
      if (s.f1 > best.f1) best = { t, f1: s.f1 };
    }
    const s = score(scored, threshold);
    console.log(
      `  ${JSON.stringify(layout).padEnd(34)} best F1 ${f3(best.f1)} at ${f2(best.t)}; at ${threshold}: P ${f3(s.precision)} R ${f3(s.recall)} FP ${s.fp} (hard ${s.hardFp}); ${scored.size} candidates; ${Math.round((items.length / ms) * 1000)} docs/s`,
    );
  }
}
