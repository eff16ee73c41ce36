import type { Cue } from '../../domain/analysis.ts';
import type { Span } from '../../domain/span.ts';
import type { Sentence, Token } from '../../domain/token.ts';
import { isAdjunct } from './adjunct.ts';
import type { AttributionContext } from './attribution-context.ts';
import { contentAfter, contentBefore, quoteAt } from './content-span.ts';
import { findSubject } from './find-subject.ts';
import { npStartingAt, type NounPhrase } from './noun-phrase.ts';

/** One attribution found by the rules, before speakers and stance are known. */
export interface RawAttribution {
  readonly content: Span;
  readonly cue: Span;
  readonly cueLemma: string;
  readonly source: Span | null;
  readonly addressee?: Span;
  readonly negated: boolean;
  readonly tense: Cue['tense'];
}

const BE = /^(is|are|was|were|be|been|being|'s|’s)$/;

/**
 * The attributions one cue makes, by the shape of its sentence:
 * - passive: "The newspaper’s original report was later confirmed by the Human Rights Watch";
 *   without an agent ("The claims were rejected on Monday") it has no source;
 * - "according to": "Claims ... Are An Insult To Chechen Society, According To Chechen President";
 * - subject + cue + content: "Kadyrov had previously insisted no such purge was taking place"
 *   (the subject is found by findSubject, past adverbs, appositions and parentheticals);
 * - content + subject + cue: "“The reaction was ...,” Milashina told The Washington Post.",
 *   also with an adjunct after the cue ("..., the board said in a statement.");
 * - inverted: "..., said the minister."; split quotes: "“I will just live ...,” she added, “still working ...”".
 * A participle with no subject of its own takes the source of the attribution before it in
 * the sentence ("he added, before accusing them of").
 */
export function attributeCue(ctx: AttributionContext, s: Sentence, cue: Cue, previousSource: Span | null): RawAttribution[] {
  const { tokens } = ctx;
  const first = tokens.findIndex((t, k) => k >= s.tokenStart && t.start === cue.start);
  if (first < 0) return [];
  let last = first;
  while (last + 1 < s.tokenEnd && (tokens[last + 1] as Token).end <= cue.end) last++;
  const base = { cue: { start: cue.start, end: cue.end }, cueLemma: cue.lemma, negated: cue.negated, tense: cue.tense };
  const make = (content: Span | undefined, source: Span | null, addressee?: Span): RawAttribution[] =>
    content && content.end > content.start ? [{ ...base, content, source, ...(addressee ? { addressee } : {}) }] : [];

  // passive: "X was (later) confirmed by Y", or with no agent at all
  let k = first - 1;
  while (k >= s.tokenStart && (tokens[k] as Token).pos === 'ADV') k--;
  if (k >= s.tokenStart && BE.test((tokens[k] as Token).lower) && (tokens[cue.head] as Token).lower.endsWith('ed')) {
    if (tokens[last + 1]?.lower === 'by' && last + 1 < s.tokenEnd) {
      const src = npStartingAt(tokens, last + 2, s.tokenEnd, ctx.mentions);
      return make(contentBefore(ctx, s, k), src ? span(src) : null);
    }
    const after = contentAfter(ctx, s, last + 1);
    return make(after && tokens[last + 1]?.lower === 'that' ? after : contentBefore(ctx, s, k), null);
  }

  if (cue.lemma === 'according to') {
    const src = npStartingAt(tokens, last + 1, s.tokenEnd, ctx.mentions);
    const source = src ? span(src) : null;
    const atStart = first === s.tokenStart || /^[“"‘(]$/.test(tokens[first - 1]?.text ?? '');
    if (atStart) return make(contentAfter(ctx, s, src ? src.last + 1 : last + 1), source);
    return make(contentBefore(ctx, s, first), source);
  }

  const subject = findSubject(ctx, s, first);
  let source: Span | undefined = subject?.source;
  let groupFirst = subject ? subject.first : first;
  let groupLast = last;
  const head = tokens[cue.head] as Token;
  if (!subject && !head.lower.endsWith('ing')) {
    // inversion only where the cue starts its clause: "“...,” said the minister."
    const inverted = npStartingAt(tokens, last + 1, s.tokenEnd, ctx.mentions);
    if (inverted && (first === s.tokenStart || /^[,”"’]$/.test(tokens[first - 1]?.text ?? ''))) {
      source = span(inverted);
      groupLast = inverted.last;
    }
  }
  groupFirst = Math.min(groupFirst, first);
  let addressee: NounPhrase | undefined;
  if (cue.lemma === 'tell' && groupLast === last) {
    addressee = npStartingAt(tokens, last + 1, s.tokenEnd, ctx.mentions);
    if (addressee) groupLast = addressee.last;
  }
  const src = source ?? (previousSource && head.lower.endsWith('ing') ? previousSource : null);
  const addr = addressee ? span(addressee) : undefined;

  const after = tokens[groupLast + 1];
  const before = tokens[groupFirst - 1];
  const leftAvailable = groupFirst > s.tokenStart && before !== undefined && /^[,”"’]$/.test(before.text);
  let restEnd = s.tokenEnd;
  while (restEnd > groupLast + 1 && /^[.!?”"’]$/.test((tokens[restEnd - 1] as Token).text)) restEnd--;
  const sentenceEnds = !after || groupLast + 1 >= s.tokenEnd || /^[.!?]$/.test(after.text) || (leftAvailable && isAdjunct(tokens, groupLast + 1, restEnd));
  if (sentenceEnds || (after?.text === ',' && leftAvailable)) {
    const out = make(contentBefore(ctx, s, groupFirst), src, addr);
    // a quotation split by its cue: “I will just live ...,” she added, “still working ...”
    if (after?.text === ',') {
      const next = tokens[groupLast + 2];
      const q = next ? quoteAt(ctx, next.start) : undefined;
      if (q) out.push(...make(q, src, addr));
    }
    if (out.length > 0 || sentenceEnds) return out;
  }
  // the attribution stands inside commas ("The engineer, having publicly declared that the
  // bridge was safe, resigned"; "The board, who added that ..., was not consulted")
  const parenthetical =
    (/^(who|which)$/.test(tokens[groupFirst]?.lower ?? '') && tokens[groupFirst - 1]?.text === ',') ||
    (tokens[first - 1]?.lower === 'having' && tokens[first - 2]?.text === ',');
  return make(contentAfter(ctx, s, groupLast + 1, parenthetical), src, addr);
}

function span(np: NounPhrase): Span {
  return { start: np.start, end: np.end };
}
