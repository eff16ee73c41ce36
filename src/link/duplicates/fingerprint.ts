import { createHash } from 'node:crypto';
import type { Span } from '../../domain/span.ts';
import type { DuplicateSettings } from './duplicate-settings.ts';
import { minhashSignature } from './minhash-signature.ts';
import { normaliseText } from './normalise-text.ts';
import { wordShingles } from './word-shingles.ts';

/** What duplicate detection keeps of a document: a few hundred bytes, never the text. */
export interface Fingerprint {
  /** Hash of the normalised text (hex, 128 bits): equal for exact duplicates. */
  readonly exact: string;
  /** MinHash signature of the shingles, `settings.permutations` long. */
  readonly signature: Uint32Array;
  /** Number of distinct shingles: with the signature, it gives containment. */
  readonly shingles: number;
}

/**
 * A document's fingerprint under the given settings; `ignore` holds boilerplate spans to
 * leave out. Exact duplicates are those whose normalised texts are the same, so copies
 * differing only in case, quotes, punctuation, spacing or marked boilerplate are exact.
 * SHA-256 cut to 128 bits: its collisions are out of reach at any corpus size, and
 * half the hash is half the memory per document in an index.
 */
export function fingerprint(
  text: string,
  settings: DuplicateSettings,
  ignore: readonly Span[] = [],
): Fingerprint {
  const normalised = normaliseText(text, ignore);
  const shingles = wordShingles(normalised, settings.shingleSize);
  return {
    exact: createHash('sha256').update(normalised).digest('hex').slice(0, 32),
    signature: minhashSignature(shingles, settings.seeds),
    shingles: shingles.length,
  };
}
