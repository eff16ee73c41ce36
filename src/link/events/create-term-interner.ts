import type { TermCounts } from './term-counts.ts';

/** Turns term maps into `TermCounts` over one growing vocabulary. */
export interface TermInterner {
  /** Every term seen, in order of first appearance: a term's id is its index here. */
  readonly vocabulary: readonly string[];
  intern(counts: ReadonlyMap<string, number>): TermCounts;
}

/**
 * A vocabulary that gives each new term the next id, so that ids follow first appearance
 * across the documents in the order they are interned: the same documents in the same order
 * always get the same ids. Counts are sums of small multiples of 0.5 ("2 for a name, 1.5 for
 * a number"), which 32-bit floats hold exactly.
 */
export function createTermInterner(): TermInterner {
  const vocabulary: string[] = [];
  const ids = new Map<string, number>();
  return {
    vocabulary,
    intern(counts) {
      const terms = new Int32Array(counts.size);
      const values = new Float32Array(counts.size);
      let i = 0;
      for (const [term, count] of counts) {
        let id = ids.get(term);
        if (id === undefined) {
          id = vocabulary.length;
          ids.set(term, id);
          vocabulary.push(term);
        }
        terms[i] = id;
        values[i++] = count;
      }
      return { terms, counts: values };
    },
  };
}
