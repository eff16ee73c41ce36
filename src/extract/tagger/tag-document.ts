import type { Analysis } from '../../domain/analysis.ts';
import type { AttributionModels } from './attribution-models.ts';
import { cueFeatures, CUE_FEATURES } from './cue-features.ts';
import { cueRelations, type CueRelations, type CueSpan } from './cue-relations.ts';
import { emissionScores, viterbi, type TaggerModel } from './perceptron.ts';
import { roleFeatures, ROLE_FEATURES } from './role-features.ts';
import { bioSpans } from './tag-sets.ts';
import { tokenAttributes, type TokenAttributes } from './token-attributes.ts';

/** Whether tokens [first, last] hold a quotation mark: quoted parts split by their cue stay two contents. */
function hasQuoteMark(a: Readonly<Analysis>, first: number, last: number): boolean {
  for (let i = first; i <= last; i++) if (/^["“”«»]$/.test(a.tokens[i]?.text ?? '')) return true;
  return false;
}

/**
 * Reported speech that runs from one sentence into a quotation opening the next is two
 * statements (a quotation running on into another stays one, as PolNeAR marks it):
 * "Kadyrov had previously insisted no such purge was taking place ... in Chechnya. "You
 * cannot arrest or repress people who just don’t exist in the republic."" A quotation of
 * several sentences stays whole (its sentences start inside the quotation, not with a mark).
 */
function splitAtQuotedSentences(spans: readonly { role: number; first: number; last: number }[], t: TokenAttributes, a: Readonly<Analysis>): { role: number; first: number; last: number }[] {
  const out: { role: number; first: number; last: number }[] = [];
  for (const s of spans) {
    if (s.role !== 2) {
      out.push(s);
      continue;
    }
    let first = s.first;
    for (let i = s.first + 1; i <= s.last; i++) {
      if ((t.sentenceFirst[i] ?? 0) && (t.quote[i] ?? 0) === 2 && (a.tokens[i - 1]?.sentence ?? -1) !== (a.tokens[i]?.sentence ?? -1) && (t.quote[first] ?? 0) !== 2) {
        out.push({ role: 2, first, last: i - 1 });
        first = i;
      }
    }
    out.push({ role: 2, first, last: s.last });
  }
  return out;
}

/**
 * A quotation interrupted by its cue is two statements sharing the cue and the source, as
 * FORMAT.md has it: "“I will just live for a while in another country,” she added, “still
 * working on Chechnya.”" (PolNeAR often marks the whole stretch as one content.) The words
 * between the first quotation and the cue, or after the cue, are the source.
 */
function splitAtCues(
  spans: readonly { role: number; first: number; last: number }[],
  cues: readonly CueSpan[],
  t: TokenAttributes,
  words: readonly string[],
): { role: number; first: number; last: number }[] {
  const out: { role: number; first: number; last: number }[] = [];
  for (const s of spans) {
    const inside = s.role === 2 && (t.quote[s.first] ?? 0) === 2 ? cues.find((c) => c.first > s.first && c.last < s.last) : undefined;
    let left = inside ? inside.first - 1 : -1;
    while (inside && left > s.first && (t.quote[left] ?? 0) !== 3) left--;
    let right = inside ? inside.last + 1 : -1;
    while (inside && right < s.last && (t.quote[right] ?? 0) !== 2) right++;
    if (!inside || (t.quote[left] ?? 0) !== 3 || (t.quote[right] ?? 0) !== 2 || inside.first - left > 5 || right - inside.last > 5) {
      out.push(s);
      continue;
    }
    out.push({ role: 2, first: s.first, last: left });
    // the source: words between the closing mark (and its comma) and the cue, else after the cue
    const before = wordsBetween(words, left + 1, inside.first - 1);
    const after = wordsBetween(words, inside.last + 1, right - 1);
    const src = before ?? after;
    if (src) out.push({ role: 1, first: src[0], last: src[1] });
    out.push({ role: 2, first: right, last: s.last });
  }
  return out.sort((x, y) => x.first - y.first);
}

/** Tokens [a, b] without punctuation at the edges, or undefined when nothing is left. */
function wordsBetween(words: readonly string[], a: number, b: number): [number, number] | undefined {
  let x = a;
  let y = b;
  while (x <= y && !/[\p{L}\p{N}]/u.test(words[x] ?? '')) x++;
  while (y >= x && !/[\p{L}\p{N}]/u.test(words[y] ?? '')) y--;
  return x <= y ? [x, y] : undefined;
}

/** Paragraphs as token ranges [from, to). */
export function paragraphRanges(a: Readonly<Analysis>): [number, number][] {
  const out: [number, number][] = [];
  let prevParagraph = -1;
  for (const s of a.sentences) {
    const last = out[out.length - 1];
    if (last && s.paragraph === prevParagraph) last[1] = s.tokenEnd;
    else out.push([s.tokenStart, s.tokenEnd]);
    prevParagraph = s.paragraph;
  }
  return out;
}

/** One attribution as token ranges: a content, and the cue and source linked to it. */
export interface TaggedAttribution {
  readonly content: CueSpan;
  readonly cue?: CueSpan;
  readonly source?: CueSpan;
}

/** Scratch buffers, grown as needed, so tagging a document allocates little. */
class Buffers {
  feats = new Uint32Array(0);
  scores = new Float32Array(0);
  tags = new Uint8Array(0);
  fit(n: number, features: number, tags: number): void {
    if (this.feats.length < n * features) this.feats = new Uint32Array(n * features * 2);
    if (this.scores.length < n * tags) this.scores = new Float32Array(n * tags * 2);
    if (this.tags.length < n) this.tags = new Uint8Array(n * 2);
  }
}

function decode(model: TaggerModel, buf: Buffers, n: number): void {
  emissionScores(model, buf.feats, n, buf.scores);
  viterbi(model, buf.scores, n, buf.tags);
}

/** Cue spans of the whole document, sentence by sentence. */
export function tagCues(model: TaggerModel, t: TokenAttributes, words: readonly string[], a: Readonly<Analysis>, buf = new Buffers()): CueSpan[] {
  const out: CueSpan[] = [];
  for (const s of a.sentences) {
    const n = s.tokenEnd - s.tokenStart;
    if (n <= 0) continue;
    buf.fit(n, CUE_FEATURES, model.tags);
    cueFeatures(t, words, s.tokenStart, s.tokenEnd, buf.feats);
    decode(model, buf, n);
    for (const sp of bioSpans(buf.tags, n, s.tokenStart)) out.push({ first: sp.first, last: sp.last });
  }
  return out;
}

/** The role features of a paragraph given its cues, with the relations they were built from. */
export function paragraphRoleFeatures(t: TokenAttributes, words: readonly string[], a: Readonly<Analysis>, from: number, to: number, cues: readonly CueSpan[], out: Uint32Array): CueRelations {
  const rel = cueRelations(a.tokens, a.sentences, from, to, cues);
  roleFeatures(t, words, from, to, cues, rel, out);
  return rel;
}

/**
 * Tags a document: cues sentence by sentence, then sources and contents paragraph by
 * paragraph around them; each content goes with the cue that governs its first token, and
 * that cue's nearest source.
 */
export function tagDocument(models: AttributionModels, a: Readonly<Analysis>): TaggedAttribution[] {
  const t = tokenAttributes(a, models.clusters);
  const words = a.tokens.map((x) => x.lower);
  const buf = new Buffers();
  const cues = tagCues(models.cue, t, words, a, buf);
  const out: TaggedAttribution[] = [];
  let ci = 0;
  for (const [from, to] of paragraphRanges(a)) {
    const local: CueSpan[] = [];
    while (ci < cues.length && (cues[ci] as CueSpan).first < to) {
      if ((cues[ci] as CueSpan).first >= from) local.push(cues[ci] as CueSpan);
      ci++;
    }
    const n = to - from;
    // a paragraph with no cue holds no attribution the tagger could link; the rules still
    // look at it (continuation quotes are theirs)
    if (local.length === 0) continue;
    buf.fit(n, ROLE_FEATURES, models.role.tags);
    const rel = paragraphRoleFeatures(t, words, a, from, to, local, buf.feats);
    decode(models.role, buf, n);
    const spans = splitAtCues(splitAtQuotedSentences(bioSpans(buf.tags, n, from), t, a), local, t, words);
    const sources = spans.filter((s) => s.role === 1);
    const sentenceOf = (i: number): number => a.tokens[i]?.sentence ?? -1;
    const contents = spans.filter((s) => s.role === 2);
    for (let k = 0; k < contents.length; k++) {
      let con = contents[k] as { role: number; first: number; last: number };
      const g = rel.governor[con.first - from] ?? -1;
      const cue = g >= 0 ? local[g] : undefined;
      // "Whatever progress he has made, officials said, could easily be unravelled": content
      // on both sides of an unquoted parenthetical cue is one (discontinuous) content
      const next = contents[k + 1];
      if (cue && next && con.last < cue.first && next.first > cue.last && (rel.governor[next.first - from] ?? -1) === g && !hasQuoteMark(a, con.first, next.last)) {
        con = { role: 2, first: con.first, last: next.last };
        k++;
      }
      // its cue's own source; else one it shares with another cue of its sentence ("X said
      // ..., adding ..."), the nearest, preferring the left
      let source: CueSpan | undefined;
      let best = Infinity;
      for (const s of sources) {
        const own = (rel.governor[s.first - from] ?? -1) === g && g >= 0;
        if (!cue || (!own && sentenceOf(s.first) !== sentenceOf(cue.first))) continue;
        const d = Math.abs(s.first - cue.first) + (own ? 0 : 1000) + (s.first > cue.first ? 0.5 : 0);
        if (d < best) [source, best] = [{ first: s.first, last: s.last }, d];
      }
      out.push({ content: { first: con.first, last: con.last }, ...(cue ? { cue } : {}), ...(source ? { source } : {}) });
    }
  }
  return out;
}
