import type { Span } from '../../domain/span.ts';
import { bandKeys } from './band-keys.ts';
import { createBandTable } from './band-table.ts';
import { type DuplicateOptions, type DuplicateSettings, duplicateSettings } from './duplicate-settings.ts';
import { estimateSimilarity } from './estimate-similarity.ts';
import { type Fingerprint, fingerprint } from './fingerprint.ts';

/** A document offered to the index. */
export interface DuplicateCandidate {
  readonly id: string;
  readonly text: string;
  /** ISO 8601; kept so that a match says which of the two came first. */
  readonly published?: string;
  /** Boilerplate spans to leave out of the comparison. */
  readonly ignore?: readonly Span[];
}

/** An earlier-indexed document that the new one duplicates. */
export interface DuplicateMatch {
  readonly id: string;
  readonly published?: string;
  /** The normalised texts are the same. */
  readonly exact: boolean;
  readonly jaccard: number;
  readonly containment: number;
}

export interface DuplicateIndex {
  readonly settings: DuplicateSettings;
  /** Documents indexed so far. */
  readonly size: number;
  /**
   * Indexes a document and returns the documents already indexed that it duplicates,
   * exactly or nearly (containment at least the threshold): exact ones first, then by
   * containment, then by id. An id already indexed is matched but not indexed again; a
   * text without words matches nothing and is not indexed.
   */
  add(doc: DuplicateCandidate): DuplicateMatch[];
  /** As `add`, for a fingerprint made earlier (stored, or computed in another worker) with the same settings. */
  addFingerprint(id: string, print: Fingerprint, published?: string): DuplicateMatch[];
  /** The fingerprint `add` would make, for storing. */
  fingerprint(text: string, ignore?: readonly Span[]): Fingerprint;
}

/** Signatures are stored this many to a block: one allocation per block, not per document. */
const BLOCK = 256;

/**
 * A streaming near-duplicate index: MinHash signatures banded for locality-sensitive
 * hashing. Documents come one at a time, in any order; each is compared only with the
 * earlier documents sharing one of its band keys, then verified by estimated
 * containment. Per document it keeps the id, the date, the signature (4 bytes per
 * permutation), the shingle count and one band-table entry per band, about 2.5 KB in all
 * with the defaults; never the text, so memory grows with the number of documents, not
 * their length.
 */
export function createDuplicateIndex(options: DuplicateOptions = {}): DuplicateIndex {
  const settings = duplicateSettings(options);
  const width = settings.permutations;
  const ids: string[] = [];
  const dates: (string | undefined)[] = [];
  const shingleCounts: number[] = [];
  /** For each document, the first document with the same exact hash (itself if none). */
  const exactGroup: number[] = [];
  const firstByExact = new Map<string, number>();
  const indexOfId = new Map<string, number>();
  const blocks: Uint32Array[] = [];
  const buckets = createBandTable();

  const signatureOf = (i: number): Uint32Array => {
    const block = blocks[Math.floor(i / BLOCK)];
    const at = (i % BLOCK) * width;
    return block ? block.subarray(at, at + width) : new Uint32Array(width);
  };

  const addFingerprint = (id: string, print: Fingerprint, published?: string): DuplicateMatch[] => {
    if (print.shingles === 0) return [];
    if (print.signature.length !== width)
      throw new RangeError(`signature of ${print.signature.length}, want ${width}`);
    const keys = bandKeys(print.signature, settings.bands);
    const seen = new Set<number>();
    const see = (i: number) => seen.add(i);
    for (const key of keys) buckets.forEach(key, see);
    const known = indexOfId.get(id);
    if (known !== undefined) seen.delete(known);
    const group = firstByExact.get(print.exact);
    const matches: DuplicateMatch[] = [];
    for (const i of seen) {
      const exact = group !== undefined && exactGroup[i] === group;
      const sim = estimateSimilarity(print, { signature: signatureOf(i), shingles: shingleCounts[i] ?? 0 });
      if (!exact && sim.containment < settings.threshold) continue;
      const date = dates[i];
      matches.push({ id: ids[i] ?? '', ...(date === undefined ? {} : { published: date }), exact, ...sim });
    }
    matches.sort(
      (a, b) =>
        Number(b.exact) - Number(a.exact) ||
        b.containment - a.containment ||
        (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
    );
    if (known === undefined) store(id, print, published, keys, group);
    return matches;
  };

  const store = (
    id: string,
    print: Fingerprint,
    published: string | undefined,
    keys: Uint32Array,
    group: number | undefined,
  ) => {
    const i = ids.length;
    ids.push(id);
    dates.push(published);
    shingleCounts.push(print.shingles);
    exactGroup.push(group ?? i);
    if (group === undefined) firstByExact.set(print.exact, i);
    indexOfId.set(id, i);
    if (i % BLOCK === 0) blocks.push(new Uint32Array(BLOCK * width));
    blocks[blocks.length - 1]?.set(print.signature, (i % BLOCK) * width);
    for (const key of keys) buckets.add(key, i);
  };

  return {
    settings,
    get size() {
      return ids.length;
    },
    add: (doc) => addFingerprint(doc.id, fingerprint(doc.text, settings, doc.ignore), doc.published),
    addFingerprint,
    fingerprint: (text, ignore) => fingerprint(text, settings, ignore),
  };
}
