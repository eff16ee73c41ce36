import { hashString, mix } from './hash.ts';
import type { CueRelations, CueSpan } from './cue-relations.ts';
import type { TokenAttributes } from './token-attributes.ts';

export const ROLE_FEATURES = 44;

/** Each feature's template id, in the order the features are listed below (40 came last). */
const TEMPLATES = [...Array.from({ length: 39 }, (_, i) => i + 1), 41, 42, 43, 44, 40];

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
  // Feature f of a token is template TEMPLATES[f] over the values a[f], b[f], c[f] (0 when
  // unused), hashed for all features in one loop at the end: one call site of `mix`, which
  // V8 inlines, where 44 call sites had spent its inlining budget.
  const [a, b, c] = [new Uint32Array(ROLE_FEATURES), new Uint32Array(ROLE_FEATURES), new Uint32Array(ROLE_FEATURES)];
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
    a[0] = 0;
    a[1] = w;
    a[2] = p;
    a[3] = t.shape[i] ?? 0;
    a[4] = at32(t.word, i - 1);
    a[5] = at32(t.word, i + 1);
    a[6] = pl;
    a[7] = pr;
    a[8] = pl; b[8] = p;
    a[9] = p; b[9] = pr;
    a[10] = sd;
    a[11] = sd; b[11] = d;
    a[12] = sd; b[12] = d; c[12] = p;
    a[13] = sd; b[13] = p;
    a[14] = sd; b[14] = w;
    a[15] = sd; b[15] = rel.sameSentence[k] ?? 0;
    a[16] = sd; b[16] = rel.commas[k] ?? 0;
    a[17] = sd; b[17] = rel.marks[k] ?? 0;
    a[18] = sd; b[18] = cn;
    a[19] = sd; b[19] = cp;
    a[20] = sd; b[20] = ce;
    a[21] = sd; b[21] = cl;
    a[22] = sd; b[22] = q;
    a[23] = sd; b[23] = q; c[23] = p;
    a[24] = sd; b[24] = m;
    a[25] = sd; b[25] = r;
    a[26] = r;
    a[27] = sd; b[27] = d; c[27] = r;
    a[28] = q;
    a[29] = m; b[29] = p;
    a[30] = sd; b[30] = rel.commas[k] ?? 0; c[30] = p;
    a[31] = sd; b[31] = at32(t.word, i - 1);
    a[32] = sd; b[32] = at32(t.word, i + 1);
    a[33] = t.sentenceFirst[i] ?? 0; b[33] = sd;
    a[34] = t.sentenceLast[i] ?? 0; b[34] = sd;
    a[35] = sd; b[35] = cn; c[35] = d;
    a[36] = sd; b[36] = p; c[36] = pr;
    a[37] = sd; b[37] = pl; c[37] = p;
    a[38] = sd; b[38] = d; c[38] = q;
    a[39] = sd; b[39] = ci?.cluster ?? 0;
    a[40] = sd; b[40] = t.cluster[i] ?? 0;
    a[41] = sd; b[41] = ci?.cluster ?? 0; c[41] = d;
    a[42] = sd; b[42] = t.coarse[i] ?? 0; c[42] = p;
    a[43] = sd; b[43] = (rel.sameSentence[k] ?? 0) * 16 + (rel.commas[k] ?? 0) * 4 + (rel.marks[k] ?? 0);
    for (let f = 0; f < ROLE_FEATURES; f++) out[o++] = mix(TEMPLATES[f] as number, a[f] as number, b[f] as number, c[f] as number);
  }
}
