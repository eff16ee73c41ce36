import type { Analysis } from '../../domain/analysis.ts';
import type { Span } from '../../domain/span.ts';
import { hashString } from './hash.ts';
import type { WordClusters } from './word-clusters.ts';

/**
 * What the tagger knows of each token of a document, as small integers and hashes, computed
 * once per document: its word, tag, shape and suffix; the tag the rules gave it; whether it
 * is part of a lexicon cue, a quotation or a mention; and how far the nearest cues are.
 */
export interface TokenAttributes {
  readonly n: number;
  readonly word: Uint32Array;
  readonly pos: Uint32Array;
  readonly shape: Uint32Array;
  readonly suffix: Uint32Array;
  /** Hash of the word without its inflection ("questioning", "questioned" → "question"). */
  readonly stem: Uint32Array;
  /** The word's fine and coarse cluster (+1; 0 for words the clusters do not know). */
  readonly cluster: Uint32Array;
  readonly coarse: Uint32Array;
  /** The rules' tag: 0 none; 1/2 source begin/inside; 3/4 cue; 5/6 content. */
  readonly rule: Uint8Array;
  /** Lexicon cue: 0 none, else hash of "B|lemma" / "I|lemma". */
  readonly cue: Uint32Array;
  /** 0 outside quotes, 1 inside, 2 an opening mark, 3 a closing mark. */
  readonly quote: Uint8Array;
  /** 0 none; 1/2 name begin/inside; 3/4 role; 5 pronoun. */
  readonly mention: Uint8Array;
  /** Token distance to the nearest cue before / after it in its sentence (bucketed; 7 = none). */
  readonly cueLeft: Uint8Array;
  readonly cueRight: Uint8Array;
  /** Hash of the nearest cue's lemma before / after it in the sentence (0 = none). */
  readonly cueLeftLemma: Uint32Array;
  readonly cueRightLemma: Uint32Array;
  readonly sentenceFirst: Uint8Array;
  readonly sentenceLast: Uint8Array;
}

/** A crude stem: common inflections off ("says", "said" stay apart; "claims", "claimed", "claiming" meet). */
export function stemOf(w: string): string {
  if (w.length <= 4) return w;
  let s = w.endsWith('ing') ? w.slice(0, -3) : w.endsWith('ed') || w.endsWith('es') ? w.slice(0, -2) : w.endsWith('s') ? w.slice(0, -1) : w;
  if (s.length > 1 && s[s.length - 1] === s[s.length - 2]) s = s.slice(0, -1);
  return s.endsWith('e') ? s.slice(0, -1) : s;
}

const bucket = (d: number): number => (d <= 3 ? d : d <= 5 ? 4 : d <= 10 ? 5 : 6);

function shapeOf(s: string): string {
  let out = '';
  for (let i = 0; i < s.length && out.length < 4; i++) {
    const c = s.charCodeAt(i);
    const k = c >= 65 && c <= 90 ? 'X' : c >= 97 && c <= 122 ? 'x' : c >= 48 && c <= 57 ? 'd' : c > 127 && /\p{Lu}/u.test(s[i] ?? '') ? 'X' : c > 127 && /\p{L}/u.test(s[i] ?? '') ? 'x' : s[i] ?? '';
    if (out[out.length - 1] !== k) out += k;
  }
  return out;
}

export function tokenAttributes(a: Readonly<Analysis>, clusters: WordClusters = new Map()): TokenAttributes {
  const { tokens } = a;
  const n = tokens.length;
  const word = new Uint32Array(n);
  const pos = new Uint32Array(n);
  const shape = new Uint32Array(n);
  const suffix = new Uint32Array(n);
  const stem = new Uint32Array(n);
  const cluster = new Uint32Array(n);
  const coarse = new Uint32Array(n);
  const rule = new Uint8Array(n);
  const cue = new Uint32Array(n);
  const quote = new Uint8Array(n);
  const mention = new Uint8Array(n);
  const cueLeft = new Uint8Array(n).fill(7);
  const cueRight = new Uint8Array(n).fill(7);
  const cueLeftLemma = new Uint32Array(n);
  const cueRightLemma = new Uint32Array(n);
  const sentenceFirst = new Uint8Array(n);
  const sentenceLast = new Uint8Array(n);
  // the string-derived hashes once per distinct word form of the document
  const memo = new Map<string, readonly [number, number, number, number, number, number]>();
  const posHash = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    const t = tokens[i];
    if (!t) continue;
    let m = memo.get(t.text);
    if (!m) {
      const c = clusters.get(t.lower) ?? 0;
      m = [
        hashString(t.lower),
        hashString(shapeOf(t.text)),
        hashString(t.lower.length > 3 ? t.lower.slice(-3) : t.lower),
        hashString(stemOf(t.lower)),
        c === 0 ? 0 : ((c - 1) >> 8) + 1,
        c === 0 ? 0 : ((c - 1) & 255) + 1,
      ];
      memo.set(t.text, m);
    }
    let p = posHash.get(t.pos);
    if (p === undefined) posHash.set(t.pos, (p = hashString(t.pos)));
    word[i] = m[0];
    shape[i] = m[1];
    suffix[i] = m[2];
    stem[i] = m[3];
    cluster[i] = m[4];
    coarse[i] = m[5];
    pos[i] = p;
  }
  // token index of each character offset is found by walking, spans are sorted enough for it
  const first = (sp: Span): number => lowerBound(tokens, sp.start);
  const mark = (arr: Uint8Array, sp: Span, b: number, inside: number): void => {
    for (let i = first(sp), k = 0; i < n && (tokens[i]?.start ?? Infinity) < sp.end; i++, k++) arr[i] = k === 0 ? b : inside;
  };
  for (const at of a.attributions) {
    mark(rule, at.content, 5, 6);
    if (at.cue) mark(rule, at.cue, 3, 4);
    if (at.source) mark(rule, at.source, 1, 2);
  }
  for (const c of a.cues) {
    const lemma = c.lemma;
    for (let i = first(c), k = 0; i < n && (tokens[i]?.start ?? Infinity) < c.end; i++, k++) cue[i] = hashString(`${k === 0 ? 'B' : 'I'}|${lemma}`);
  }
  for (const q of a.quotes) {
    for (let i = first(q); i < n && (tokens[i]?.start ?? Infinity) < q.end; i++) {
      const t = tokens[i];
      quote[i] = t && t.start === q.start ? 2 : t && t.end === q.end && !q.unbalanced ? 3 : 1;
    }
  }
  for (const m of a.mentions) mark(mention, m, m.form === 'name' ? 1 : m.form === 'role' ? 3 : 5, m.form === 'name' ? 2 : m.form === 'role' ? 4 : 5);
  for (const s of a.sentences) {
    if (s.tokenEnd <= s.tokenStart) continue;
    sentenceFirst[s.tokenStart] = 1;
    sentenceLast[s.tokenEnd - 1] = 1;
    let last = -1;
    let lastLemma = 0;
    for (let i = s.tokenStart; i < s.tokenEnd; i++) {
      if (cue[i]) {
        last = i;
        lastLemma = cue[i] ?? 0;
      }
      if (last >= 0) {
        cueLeft[i] = bucket(i - last);
        cueLeftLemma[i] = lastLemma;
      }
    }
    last = -1;
    for (let i = s.tokenEnd - 1; i >= s.tokenStart; i--) {
      if (cue[i]) {
        last = i;
        lastLemma = cue[i] ?? 0;
      }
      if (last >= 0) {
        cueRight[i] = bucket(last - i);
        cueRightLemma[i] = lastLemma;
      }
    }
  }
  return { n, word, pos, shape, suffix, stem, cluster, coarse, rule, cue, quote, mention, cueLeft, cueRight, cueLeftLemma, cueRightLemma, sentenceFirst, sentenceLast };
}

export function lowerBound(tokens: readonly { start: number; end: number }[], pos: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((tokens[mid]?.end ?? 0) <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
