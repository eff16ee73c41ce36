import { hashString, mix } from './hash.ts';
import type { CueRelations, CueSpan } from './cue-relations.ts';
import type { TokenAttributes } from './token-attributes.ts';

export const ROLE_FEATURES = 44;

/**
 * Features of tokens [from, to) for the role tagger: the token's own word and tags, and
 * where it stands relative to its governing cue (side, distance, commas and quotation
 * marks between, same sentence), what the cue is and what follows and precedes it, the
 * rules' view, quotation and mention context. Most are conjoined with the side, since a
 * source is usually left of its cue and content on either side.
 */
export function roleFeatures(t: TokenAttributes, words: readonly string[], from: number, to: number, cues: readonly CueSpan[], rel: CueRelations, out: Uint32Array): void {
  const B = 0x5bd1e995;
  const at32 = (arr: Uint32Array, i: number): number => (i >= from && i < to ? (arr[i] ?? 0) : B);
  const cueInfo = cues.map((c) => {
    const next = words[c.last + 1] ?? '';
    const prev = words[c.first - 1] ?? '';
    const kind = (w: string, i: number): number =>
      w === 'that' || w === ':' || w === ',' || w === '.' ? hashString(w) : (t.quote[i] ?? 0) >= 2 ? hashString('quote') : (t.pos[i] ?? 0);
    const endsSentence = (t.sentenceLast[c.last] ?? 0) || words[c.last + 1] === '.' ? 1 : 0;
    return { next: kind(next, c.last + 1), prev: kind(prev, c.first - 1), last: t.stem[c.last] ?? 0, cluster: t.cluster[c.last] ?? 0, endsSentence };
  });
  let o = 0;
  for (let i = from; i < to; i++) {
    const k = i - from;
    const w = t.word[i] ?? 0;
    const p = t.pos[i] ?? 0;
    const sd = rel.side[k] ?? 0;
    const d = rel.distance[k] ?? 0;
    const g = rel.governor[k] ?? -1;
    const ci = g >= 0 ? cueInfo[g] : undefined;
    const cn = ci?.next ?? 0;
    const cp = ci?.prev ?? 0;
    const ce = ci?.endsSentence ?? 0;
    const cl = ci?.last ?? 0;
    const q = t.quote[i] ?? 0;
    const r = t.rule[i] ?? 0;
    const m = t.mention[i] ?? 0;
    const pl = at32(t.pos, i - 1);
    const pr = at32(t.pos, i + 1);
    out[o++] = mix(1, 0);
    out[o++] = mix(2, w);
    out[o++] = mix(3, p);
    out[o++] = mix(4, t.shape[i] ?? 0);
    out[o++] = mix(5, at32(t.word, i - 1));
    out[o++] = mix(6, at32(t.word, i + 1));
    out[o++] = mix(7, pl);
    out[o++] = mix(8, pr);
    out[o++] = mix(9, pl, p);
    out[o++] = mix(10, p, pr);
    out[o++] = mix(11, sd);
    out[o++] = mix(12, sd, d);
    out[o++] = mix(13, sd, d, p);
    out[o++] = mix(14, sd, p);
    out[o++] = mix(15, sd, w);
    out[o++] = mix(16, sd, rel.sameSentence[k] ?? 0);
    out[o++] = mix(17, sd, rel.commas[k] ?? 0);
    out[o++] = mix(18, sd, rel.marks[k] ?? 0);
    out[o++] = mix(19, sd, cn);
    out[o++] = mix(20, sd, cp);
    out[o++] = mix(21, sd, ce);
    out[o++] = mix(22, sd, cl);
    out[o++] = mix(23, sd, q);
    out[o++] = mix(24, sd, q, p);
    out[o++] = mix(25, sd, m);
    out[o++] = mix(26, sd, r);
    out[o++] = mix(27, r);
    out[o++] = mix(28, sd, d, r);
    out[o++] = mix(29, q);
    out[o++] = mix(30, m, p);
    out[o++] = mix(31, sd, rel.commas[k] ?? 0, p);
    out[o++] = mix(32, sd, at32(t.word, i - 1));
    out[o++] = mix(33, sd, at32(t.word, i + 1));
    out[o++] = mix(34, t.sentenceFirst[i] ?? 0, sd);
    out[o++] = mix(35, t.sentenceLast[i] ?? 0, sd);
    out[o++] = mix(36, sd, cn, d);
    out[o++] = mix(37, sd, p, pr);
    out[o++] = mix(38, sd, pl, p);
    out[o++] = mix(39, sd, d, q);
    out[o++] = mix(41, sd, ci?.cluster ?? 0);
    out[o++] = mix(42, sd, t.cluster[i] ?? 0);
    out[o++] = mix(43, sd, ci?.cluster ?? 0, d);
    out[o++] = mix(44, sd, t.coarse[i] ?? 0, p);
    out[o++] = mix(40, sd, (rel.sameSentence[k] ?? 0) * 16 + (rel.commas[k] ?? 0) * 4 + (rel.marks[k] ?? 0));
  }
}
