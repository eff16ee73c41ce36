import { mix32 } from './mix32.ts';

/**
 * The distinct word k-grams ("shingles") of a normalised text, each hashed to 32 bits,
 * sorted ascending. A text shorter than k words gives one shingle of all its words, so
 * that a short text still matches its own copy; an empty text gives none.
 *
 * Hashing to 32 bits keeps a signature's input compact; two distinct shingles of one
 * text collide with odds of about n²/2³³ (one in 30,000 for a 500-word article), which
 * moves a similarity estimate by a fraction of a percent at most.
 */
export function wordShingles(normalised: string, k: number): Uint32Array {
  if (normalised === '') return new Uint32Array(0);
  const words = normalised.split(' ');
  const hashes = new Uint32Array(words.length);
  for (let i = 0; i < words.length; i++) hashes[i] = hashWord(words[i] ?? '');
  const width = Math.min(k, words.length);
  const out = new Uint32Array(words.length - width + 1);
  for (let i = 0; i < out.length; i++) {
    // Mixing after each word makes the hash depend on word order: "police shot man" and
    // "man shot police" are different shingles.
    let h = 0x2545f491;
    for (let j = 0; j < width; j++) h = mix32(h ^ (hashes[i + j] ?? 0));
    out[i] = h;
  }
  out.sort();
  return unique(out);
}

/** FNV-1a over the UTF-16 code units, then mixed: FNV alone spreads short words poorly. */
function hashWord(word: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), 0x01000193);
  return mix32(h);
}

/** A sorted array without its repeats (a subarray view, no copy). */
function unique(sorted: Uint32Array): Uint32Array {
  if (sorted.length === 0) return sorted;
  let n = 1;
  for (let i = 1; i < sorted.length; i++) if (sorted[i] !== sorted[n - 1]) sorted[n++] = sorted[i] ?? 0;
  return sorted.subarray(0, n);
}
