import type { AnalysedSentence, AnalysedText } from './analyse-text.ts';
import { STANCE_LEXICONS } from './stance-lexicons.ts';
import type { StanceVectoriser } from './stance-model.ts';

/** The names of the dense features, in the order denseFeatures returns them. */
export const DENSE_FEATURES: readonly string[] = [
  'cosine',
  'idf-coverage',
  'word-coverage',
  'lead-coverage',
  'best-sentence-coverage',
  'top3-sentence-coverage',
  'bigram-coverage',
  'bm25',
  'shared-words',
  'jaccard',
  'lead-cosine',
  'text-refuting',
  'near-refuting',
  'text-hedging',
  'near-hedging',
  'text-confirming',
  'near-confirming',
  'near-negation',
  'near-reporting',
  'near-question',
  'near-quote',
  'claim-refuting',
  'claim-hedging',
  'claim-negation',
  'claim-question',
  'refuting-parity',
  'text-length',
  'claim-length',
  'first-sentence-coverage',
  'text-question',
  'text-negation',
  'negated-shared',
  'novel-refuting',
  'novel-hedging',
  'novel-confirming',
  'text-reporting',
  'lead-hedging',
  'lead-refuting',
  'novel-reporting',
  'text-attributed',
  'near-attributed',
];

const K1 = 1.2;
const B = 0.75;
/** How many of the sentences that share most words with the claim count as "near" it. */
const NEAR = 3;

/**
 * Dense features of a (claim, text) pair. Most measure how much of the claim the text
 * covers, which separates unrelated pairs (a body about another story shares few rare
 * words with the headline); the rest count refuting, hedging and confirming words in the
 * text, above all in the sentences nearest the claim, which is where a body says whether
 * the story is true ("The picture, however, is a hoax").
 */
export function denseFeatures(v: StanceVectoriser, claim: AnalysedText, text: AnalysedText): Float32Array {
  const idf = (w: string): number => v.idf.get(w) ?? v.unseenIdf;
  const claimSet = [...claim.counts.keys()];
  const claimIdf = claimSet.reduce((s, w) => s + idf(w), 0) || 1;
  const coverage = (has: (w: string) => boolean): number =>
    claimSet.reduce((s, w) => s + (has(w) ? idf(w) : 0), 0) / claimIdf;

  const shared = claimSet.filter((w) => text.counts.has(w));
  const union = claimSet.length + text.counts.size - shared.length || 1;
  // whether the text has the word in its first `n` sentences
  const has = (w: string, n: number): boolean => (text.sentencesOf.get(w)?.[0] ?? Infinity) < n;
  // how much of the claim each sentence covers, summed in the claim's word order as coverage sums
  const sentCov = new Float64Array(text.sentences.length);
  for (const w of claimSet)
    for (const i of text.sentencesOf.get(w) ?? []) sentCov[i] = (sentCov[i] as number) + idf(w);
  // the sentences by how much of the claim each covers, best first, earlier first on ties
  const ranked = [...sentCov].map((c, i) => ({ i, c: c / claimIdf })).sort((a, b) => b.c - a.c || a.i - b.i);
  const near = ranked
    .slice(0, NEAR)
    .filter((r) => r.c > 0)
    .map((r) => text.sentences[r.i] as AnalysedSentence);
  const top = ranked.slice(0, NEAR).reduce((s, r) => s + r.c, 0) / NEAR;

  let bm25 = 0;
  const len = text.words.length;
  for (const w of claimSet) {
    const tf = text.counts.get(w) ?? 0;
    bm25 += (idf(w) * tf * (K1 + 1)) / (tf + K1 * (1 - B + (B * len) / (v.avgTextLength || 1)));
  }
  const claimBigrams = [...claim.bigrams];
  const bigramCov = claimBigrams.length
    ? claimBigrams.filter((b) => text.bigrams.has(b)).length / claimBigrams.length
    : 0;

  const count = (words: Iterable<string>, lex: ReadonlySet<string>): number => {
    let n = 0;
    for (const w of words) if (lex.has(w)) n++;
    return n;
  };
  const nearWords = near.flatMap((s) => s.words);
  const L = STANCE_LEXICONS;
  const log = (x: number): number => Math.log1p(x);
  const claimRefuting = count(claim.words, L.refuting);
  // stance words the text adds to the claim's own: "Man claims X" reported as "Man claims X" is no hedge
  const novel = text.words.filter((w) => !claim.counts.has(w));

  return Float32Array.from([
    cosine(v, claim.counts, text.counts),
    coverage((w) => text.counts.has(w)),
    claimSet.length ? shared.length / claimSet.length : 0,
    coverage((w) => has(w, 2)),
    ranked[0]?.c ?? 0,
    top,
    bigramCov,
    bm25 / ((K1 + 1) * claimIdf),
    log(shared.length),
    shared.length / union,
    cosine(v, claim.counts, countWords(text.sentences.slice(0, 3))),
    log(count(text.words, L.refuting)),
    log(count(nearWords, L.refuting)),
    log(count(text.words, L.hedging)),
    log(count(nearWords, L.hedging)),
    log(count(text.words, L.confirming)),
    log(count(nearWords, L.confirming)),
    log(count(nearWords, L.negation)),
    log(count(nearWords, L.reporting)),
    near.filter((s) => s.question).length,
    near.filter((s) => s.quote).length,
    log(claimRefuting),
    log(count(claim.words, L.hedging)),
    log(count(claim.words, L.negation)),
    claim.sentences.some((s) => s.question) ? 1 : 0,
    (claimRefuting + count(text.words, L.refuting)) % 2,
    log(len),
    log(claim.words.length),
    coverage((w) => has(w, 1)),
    text.sentences.some((s) => s.question) ? 1 : 0,
    log(count(text.words, L.negation)),
    log(negatedShared(claim, text)),
    log(count(novel, L.refuting)),
    log(count(novel, L.hedging)),
    log(count(novel, L.confirming)),
    log(count(text.words, L.reporting)),
    count(text.words.slice(0, 4), L.hedging),
    count(text.words.slice(0, 4), L.refuting),
    log(count(novel, L.reporting)),
    text.sentences.filter((s) => s.attributed).length / (text.sentences.length || 1),
    near.filter((s) => s.attributed).length,
  ]);
}

/**
 * Claim words that the text negates and the claim does not: "Woman detained in Lebanon is
 * not al-Baghdadi's wife" against "... wife detained": a negation up to three content words
 * before a shared word.
 */
function negatedShared(claim: AnalysedText, text: AnalysedText): number {
  const negatedIn = (t: AnalysedText): Set<string> => {
    const out = new Set<string>();
    for (const s of t.sentences) {
      for (let i = 0; i < s.words.length; i++) {
        if (!STANCE_LEXICONS.negation.has(s.words[i] as string)) continue;
        for (let k = i + 1; k <= i + 3 && k < s.words.length; k++) out.add(s.words[k] as string);
      }
    }
    return out;
  };
  const inClaim = negatedIn(claim);
  let n = 0;
  for (const w of negatedIn(text)) if (claim.counts.has(w) && !inClaim.has(w)) n++;
  return n;
}

function countWords(sentences: readonly AnalysedSentence[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const s of sentences) for (const w of s.words) m.set(w, (m.get(w) ?? 0) + 1);
  return m;
}

/** Cosine of the TF-IDF vectors of two word counts. */
function cosine(v: StanceVectoriser, a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (const [w, c] of a) {
    const x = c * (v.idf.get(w) ?? v.unseenIdf);
    na += x * x;
    const y = b.get(w);
    if (y !== undefined) dot += x * y * (v.idf.get(w) ?? v.unseenIdf);
  }
  for (const [w, c] of b) {
    const y = c * (v.idf.get(w) ?? v.unseenIdf);
    nb += y * y;
  }
  return na > 0 && nb > 0 ? dot / Math.sqrt(na * nb) : 0;
}
