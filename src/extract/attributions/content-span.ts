import type { Span } from '../../domain/span.ts';
import type { Sentence, Token } from '../../domain/token.ts';
import type { AttributionContext } from './attribution-context.ts';
import { cueLemma } from '../cues/cues.ts';
import { skipAdjunctBeforeClause } from './adjunct.ts';

const TRAILING = new Set(['.', ',', ';', ':', '!', '?', '…']);
const SUBORDINATORS = new Set(['since', 'when', 'after', 'because', 'although', 'though', 'while', 'if', 'as', 'before', 'until', 'once', 'whereas', 'unless']);
const DASHES = new Set(['–', '—', '--', '-']);

/** The quotation that starts exactly at `pos`, if any. */
export function quoteAt(ctx: AttributionContext, pos: number): Span | undefined {
  return ctx.quotes.find((q) => q.start === pos);
}

/** The quotation that ends just before `pos`, with only commas and spaces between ("...,” she added"). */
export function quoteEndingBefore(ctx: AttributionContext, pos: number): Span | undefined {
  // in the same paragraph only: a cue opening a paragraph does not take the quote before it
  return ctx.quotes.find((q) => q.end <= pos && /^[^\S\n]*,?[^\S\n]*$/.test(ctx.text.slice(q.end, pos)));
}

/**
 * Where reported content after a cue ends: the sentence end, or earlier at a boundary
 * that closes the clause: a non-restrictive relative ("..., which marked the start of"),
 * a dash ("reported the three deaths ... back in March – has now said"), a semicolon,
 * another attribution ("..., adding that", ", according to"), or the comma closing a
 * fronted subordinate clause ("Since Novaya Gazeta first reported on the attacks, the paper's ...").
 */
export function clauseEnd(ctx: AttributionContext, s: Sentence, from: number, parenthetical = false): number {
  const { tokens } = ctx;
  const firstWord = tokens[s.tokenStart]?.lower ?? '';
  const fronted = SUBORDINATORS.has(firstWord);
  for (let i = from; i < s.tokenEnd; i++) {
    const t = tokens[i] as Token;
    const next = tokens[i + 1];
    if (inQuote(ctx, t.start)) continue;
    if (t.text === ';') return i;
    if (DASHES.has(t.text) && t.start > (tokens[i - 1]?.end ?? 0)) return i;
    if (t.text === ',' && next) {
      // the attribution stood inside commas: "The engineer, having publicly declared that the bridge was safe, resigned"
      if (fronted || parenthetical) return i;
      if (/^(which|who|whom|whose)$/.test(next.lower)) return i;
      if (next.lower === 'according' || (next.lower.endsWith('ing') && cueLemma(next.lower))) return i;
    }
  }
  return s.tokenEnd;
}

function inQuote(ctx: AttributionContext, pos: number): boolean {
  return ctx.quotes.some((q) => q.start < pos && pos < q.end - 1);
}

/** A span over tokens [a, b) with trailing punctuation dropped (a closing quote mark stays). */
export function tokenSpan(tokens: readonly Token[], a: number, b: number): Span | undefined {
  let e = b;
  while (e > a && TRAILING.has((tokens[e - 1] as Token).text)) e--;
  const first = tokens[a];
  const last = tokens[e - 1];
  if (!first || !last || e <= a) return undefined;
  return { start: first.start, end: last.end };
}

/**
 * Content after a cue: a quotation starting there when it runs to the end of the clause
 * (direct: `said “people are scared ... now."`); otherwise the clause, quotes inside it
 * (mixed: `added that ... is a "massive information attack."`). A quotation running past
 * the sentence is taken whole (a quote of several sentences).
 */
export function contentAfter(ctx: AttributionContext, s: Sentence, from: number, parenthetical = false): Span | undefined {
  const { tokens } = ctx;
  let i = from;
  // an adjunct before the clause is not content: "said on Monday that ...", "said in a statement: “...”"
  i = skipAdjunctBeforeClause(tokens, i, s.tokenEnd, (pos) => quoteAt(ctx, pos) !== undefined);
  while (i < s.tokenEnd && /^[,:]$/.test((tokens[i] as Token).text)) i++;
  const t = tokens[i];
  if (!t) return undefined;
  // PolNeAR's annotators keep the complementiser inside the content ("reports that Hillary
  // Clinton’s team avoided ..."), except before a quotation that is all of it.
  const that = i;
  if (t.lower === 'that' && (t.pos === 'SCONJ' || t.pos === 'DET' || t.pos === 'PRON') && i + 1 < s.tokenEnd) i++;
  const start = tokens[i];
  if (!start) return undefined;
  const q = quoteAt(ctx, start.start);
  const end = clauseEnd(ctx, s, i, parenthetical);
  if (q) {
    const after = tokens.findIndex((x, k) => k >= i && x.start >= q.end);
    const rest = after < 0 || after >= end ? [] : tokens.slice(after, end).filter((x) => !TRAILING.has(x.text));
    if (rest.length === 0) return q;
  }
  return tokenSpan(tokens, that, end);
}

/** Content before a cue group: the quotation right before it, or the clause from the sentence start to the comma. */
export function contentBefore(ctx: AttributionContext, s: Sentence, groupFirst: number): Span | undefined {
  const { tokens } = ctx;
  const g = tokens[groupFirst];
  if (!g) return undefined;
  const q = quoteEndingBefore(ctx, g.start);
  if (q) return q;
  let end = groupFirst;
  while (end > s.tokenStart && TRAILING.has((tokens[end - 1] as Token).text)) end--;
  if (end <= s.tokenStart) return undefined;
  return tokenSpan(tokens, s.tokenStart, end);
}
