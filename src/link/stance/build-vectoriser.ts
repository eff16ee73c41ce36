import type { AnalysedText } from './analyse-text.ts';
import type { CountBlock, StanceVectoriser } from './stance-model.ts';

/**
 * Learns the vocabulary and IDF from the distinct training claims and texts (each counted
 * once, however many pairs it is in, so a body with forty headlines does not weigh forty
 * times). The vocabulary is the `size` most frequent content words, as the FNC-1 baseline
 * kept the top 5,000 terms; ties go alphabetically so that the result is deterministic.
 */
export function buildVectoriser(
  docs: readonly AnalysedText[],
  size: number,
  blocks: readonly CountBlock[],
): StanceVectoriser {
  const df = new Map<string, number>();
  const tf = new Map<string, number>();
  let totalLength = 0;
  for (const d of docs) {
    totalLength += d.words.length;
    for (const [w, c] of d.counts) {
      df.set(w, (df.get(w) ?? 0) + 1);
      tf.set(w, (tf.get(w) ?? 0) + c);
    }
  }
  const N = docs.length;
  const idfOf = (n: number): number => Math.log((N + 1) / (n + 1)) + 1;
  const ranked = [...tf.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const vocab = new Map<string, number>();
  for (const [w] of ranked.slice(0, size)) vocab.set(w, vocab.size);
  const idf = new Map<string, number>();
  // Words in one training text only are left out: an unknown word gets the same IDF anyway.
  for (const [w, n] of [...df.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1)))
    if (n >= 2) idf.set(w, idfOf(n));
  return { vocab, idf, unseenIdf: idfOf(1), avgTextLength: N ? totalLength / N : 1, blocks };
}
