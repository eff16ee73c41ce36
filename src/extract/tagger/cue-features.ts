import { hashString, mix } from './hash.ts';
import type { TokenAttributes } from './token-attributes.ts';

export const CUE_FEATURES = 47;

const KIND_THAT = hashString('that');
const KIND_COLON = hashString(':');
const KIND_COMMA = hashString(',');
const KIND_QUOTE = hashString('quote');
const KIND_OTHER = hashString('other');

/** What follows or precedes a token, as the cue tagger sees it. */
function kindAt(t: TokenAttributes, i: number, words: readonly string[]): number {
  const w = words[i];
  if (w === undefined) return KIND_OTHER;
  if (w === 'that') return KIND_THAT;
  if (w === ':') return KIND_COLON;
  if (w === ',') return KIND_COMMA;
  if ((t.quote[i] ?? 0) >= 2) return KIND_QUOTE;
  return t.pos[i] ?? KIND_OTHER;
}

/**
 * Features of tokens [from, to) for the cue tagger: the word, its suffix, shape and tag
 * and its neighbours', the lexicon's and the rules' view, quotation and mention context,
 * what follows and precedes ("that", a colon, a quotation), sentence edges.
 */
export function cueFeatures(t: TokenAttributes, words: readonly string[], from: number, to: number, out: Uint32Array): void {
  const B = 0x5bd1e995;
  // one accessor per array type keeps every call site monomorphic (a union type made V8
  // give up on them, and this loop runs for every token of every article)
  const at32 = (arr: Uint32Array, i: number): number => (i >= from && i < to ? (arr[i] ?? 0) : B);
  const at8 = (arr: Uint8Array, i: number): number => (i >= from && i < to ? (arr[i] ?? 0) : B);
  let o = 0;
  for (let i = from; i < to; i++) {
    const w = t.word[i] ?? 0;
    const p = t.pos[i] ?? 0;
    const wl = at32(t.word, i - 1);
    const wr = at32(t.word, i + 1);
    const pl = at32(t.pos, i - 1);
    const pr = at32(t.pos, i + 1);
    const r = t.rule[i] ?? 0;
    const ruleCue = r === 3 || r === 4 ? r : 0;
    const next = i + 1 < to ? kindAt(t, i + 1, words) : B;
    const prev = i > from ? kindAt(t, i - 1, words) : B;
    out[o++] = mix(1, 0);
    out[o++] = mix(2, w);
    out[o++] = mix(3, p);
    out[o++] = mix(4, t.shape[i] ?? 0);
    out[o++] = mix(5, t.suffix[i] ?? 0);
    out[o++] = mix(6, wl);
    out[o++] = mix(7, wr);
    out[o++] = mix(8, at32(t.word, i - 2));
    out[o++] = mix(9, at32(t.word, i + 2));
    out[o++] = mix(10, pl);
    out[o++] = mix(11, pr);
    out[o++] = mix(12, pl, p);
    out[o++] = mix(13, p, pr);
    out[o++] = mix(14, wl, w);
    out[o++] = mix(15, w, wr);
    out[o++] = mix(16, ruleCue);
    out[o++] = mix(17, t.cue[i] ?? 0);
    out[o++] = mix(18, at32(t.cue, i - 1));
    out[o++] = mix(19, at32(t.cue, i + 1));
    out[o++] = mix(20, t.quote[i] ?? 0);
    out[o++] = mix(21, t.quote[i] ?? 0, p);
    out[o++] = mix(22, t.mention[i] ?? 0);
    out[o++] = mix(23, at8(t.mention, i - 1));
    out[o++] = mix(24, at8(t.mention, i + 1));
    out[o++] = mix(25, t.sentenceFirst[i] ?? 0, p);
    out[o++] = mix(26, t.sentenceLast[i] ?? 0, p);
    out[o++] = mix(27, w, next);
    out[o++] = mix(28, p, next);
    out[o++] = mix(29, w, prev);
    out[o++] = mix(30, w, p);
    out[o++] = mix(31, t.suffix[i] ?? 0, p);
    out[o++] = mix(32, at32(t.pos, i - 2), pl, p);
    const st = t.stem[i] ?? 0;
    // the verb's frame: a subject just before it, a clause or quotation just after
    let subject = 0;
    for (let k = i - 1; k >= from && k >= i - 3; k--) {
      const m = t.mention[k] ?? 0;
      if (words[k] === ',') break;
      if (m !== 0) subject = m === 5 ? 2 : 1;
      if (subject) break;
    }
    let complement = 0;
    for (let k = i + 1; k < to && k <= i + 3; k++) {
      const wk = words[k];
      if (wk === 'that' || wk === ':' || (t.quote[k] ?? 0) === 2) complement = wk === 'that' ? 1 : wk === ':' ? 2 : 3;
      if (complement) break;
    }
    out[o++] = mix(33, st);
    out[o++] = mix(34, st, next);
    out[o++] = mix(35, st, prev);
    out[o++] = mix(36, subject, complement);
    out[o++] = mix(37, st, subject, complement);
    out[o++] = mix(38, p, subject, complement);
    out[o++] = mix(39, st, t.quote[i] ?? 0);
    out[o++] = mix(40, at32(t.stem, i - 1), st);
    // clusters let a rare verb borrow from frequent ones like it: "rubbished" near "criticised"
    const cl = t.cluster[i] ?? 0;
    out[o++] = mix(41, cl);
    out[o++] = mix(42, t.coarse[i] ?? 0);
    out[o++] = mix(43, cl, next);
    out[o++] = mix(44, cl, prev);
    out[o++] = mix(45, cl, subject, complement);
    out[o++] = mix(46, at32(t.cluster, i - 1), cl);
    out[o++] = mix(47, cl, p);
  }
}
