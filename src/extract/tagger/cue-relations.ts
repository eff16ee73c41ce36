import type { Sentence, Token } from '../../domain/token.ts';

/** A cue as the role tagger sees it: its token range and what surrounds it. */
export interface CueSpan {
  readonly first: number;
  readonly last: number;
}

/**
 * Where each token stands relative to the cue that governs it: the nearest cue in its
 * sentence, else the nearest in its paragraph (a quotation of several sentences, "X said:"
 * before a quoted paragraph). Side, distance, punctuation and quotation marks between.
 */
export interface CueRelations {
  /** Index into the cue list, -1 for none. */
  readonly governor: Int32Array;
  /** 0 none, 1 left of the cue, 2 inside it, 3 right of it. */
  readonly side: Uint8Array;
  readonly distance: Uint8Array;
  readonly sameSentence: Uint8Array;
  /** Commas between the token and the cue: 0, 1, 2 (or more). */
  readonly commas: Uint8Array;
  /** Quotation marks between the token and the cue: 0, 1, 2 (or more). */
  readonly marks: Uint8Array;
}

const fine = (d: number): number => (d <= 4 ? d : d <= 6 ? 5 : d <= 9 ? 6 : d <= 14 ? 7 : d <= 20 ? 8 : d <= 30 ? 9 : 10);
const MARK = /^["“”‘’«»]$/;

export function cueRelations(tokens: readonly Token[], sentences: readonly Sentence[], from: number, to: number, cues: readonly CueSpan[]): CueRelations {
  const n = to - from;
  const governor = new Int32Array(n).fill(-1);
  const side = new Uint8Array(n);
  const distance = new Uint8Array(n);
  const sameSentence = new Uint8Array(n);
  const commas = new Uint8Array(n);
  const marks = new Uint8Array(n);
  if (cues.length === 0) return { governor, side, distance, sameSentence, commas, marks };
  // prefix counts of commas and quotation marks for counting between two positions
  const commaCount = new Int32Array(n + 1);
  const markCount = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) {
    const tx = (tokens[from + i] as Token).text;
    commaCount[i + 1] = (commaCount[i] ?? 0) + (tx === ',' ? 1 : 0);
    markCount[i + 1] = (markCount[i] ?? 0) + (MARK.test(tx) ? 1 : 0);
  }
  const sentenceOf = (i: number): number => (tokens[i] as Token).sentence;
  for (let i = from; i < to; i++) {
    const si = sentenceOf(i);
    let best = -1;
    let bestD = Infinity;
    cues.forEach((c, ci) => {
      const d = i < c.first ? c.first - i : i > c.last ? i - c.last : 0;
      const same = sentenceOf(c.first) === si || sentenceOf(c.last) === si;
      const key = d + (same ? 0 : 10000) + (i > c.last ? 0.5 : 0);
      if (key < bestD) [best, bestD] = [ci, key];
    });
    const k = i - from;
    const c = cues[best] as CueSpan;
    governor[k] = best;
    side[k] = i < c.first ? 1 : i > c.last ? 3 : 2;
    const d = i < c.first ? c.first - i : i > c.last ? i - c.last : 0;
    distance[k] = fine(d);
    sameSentence[k] = sentenceOf(c.first) === sentenceOf(i) ? 1 : 0;
    const a = Math.min(i, c.first) - from;
    const b = Math.max(i, c.last) - from;
    commas[k] = Math.min(2, (commaCount[b] ?? 0) - (commaCount[a + 1] ?? 0));
    marks[k] = Math.min(2, (markCount[b] ?? 0) - (markCount[a + 1] ?? 0));
  }
  void sentences;
  return { governor, side, distance, sameSentence, commas, marks };
}
