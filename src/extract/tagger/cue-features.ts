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
  // Feature f of a token is template f + 1 over the values a[f], b[f], c[f] (0 when unused),
  // hashed for all features in one loop at the end: one call site of `mix`, which V8
  // inlines, where 47 call sites had spent its inlining budget (features 2.6x faster).
  const [a, b, c] = [new Uint32Array(CUE_FEATURES), new Uint32Array(CUE_FEATURES), new Uint32Array(CUE_FEATURES)];
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
    a[0] = 0;
    a[1] = w;
    a[2] = p;
    a[3] = t.shape[i] ?? 0;
    a[4] = t.suffix[i] ?? 0;
    a[5] = wl;
    a[6] = wr;
    a[7] = at32(t.word, i - 2);
    a[8] = at32(t.word, i + 2);
    a[9] = pl;
    a[10] = pr;
    a[11] = pl; b[11] = p;
    a[12] = p; b[12] = pr;
    a[13] = wl; b[13] = w;
    a[14] = w; b[14] = wr;
    a[15] = ruleCue;
    a[16] = t.cue[i] ?? 0;
    a[17] = at32(t.cue, i - 1);
    a[18] = at32(t.cue, i + 1);
    a[19] = t.quote[i] ?? 0;
    a[20] = t.quote[i] ?? 0; b[20] = p;
    a[21] = t.mention[i] ?? 0;
    a[22] = at8(t.mention, i - 1);
    a[23] = at8(t.mention, i + 1);
    a[24] = t.sentenceFirst[i] ?? 0; b[24] = p;
    a[25] = t.sentenceLast[i] ?? 0; b[25] = p;
    a[26] = w; b[26] = next;
    a[27] = p; b[27] = next;
    a[28] = w; b[28] = prev;
    a[29] = w; b[29] = p;
    a[30] = t.suffix[i] ?? 0; b[30] = p;
    a[31] = at32(t.pos, i - 2); b[31] = pl; c[31] = p;
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
    a[32] = st;
    a[33] = st; b[33] = next;
    a[34] = st; b[34] = prev;
    a[35] = subject; b[35] = complement;
    a[36] = st; b[36] = subject; c[36] = complement;
    a[37] = p; b[37] = subject; c[37] = complement;
    a[38] = st; b[38] = t.quote[i] ?? 0;
    a[39] = at32(t.stem, i - 1); b[39] = st;
    // clusters let a rare verb borrow from frequent ones like it: "rubbished" near "criticised"
    const cl = t.cluster[i] ?? 0;
    a[40] = cl;
    a[41] = t.coarse[i] ?? 0;
    a[42] = cl; b[42] = next;
    a[43] = cl; b[43] = prev;
    a[44] = cl; b[44] = subject; c[44] = complement;
    a[45] = at32(t.cluster, i - 1); b[45] = cl;
    a[46] = cl; b[46] = p;
    for (let f = 0; f < CUE_FEATURES; f++) out[o++] = mix(f + 1, a[f] as number, b[f] as number, c[f] as number);
  }
}
