import type { Mention } from '../../domain/mention.ts';
import type { Span } from '../../domain/span.ts';
import type { Token } from '../../domain/token.ts';

const NP_POS = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM', 'DET']);
const NP_STOP = new Set(['that', 'which', 'who', 'whom', 'whose', 'when', 'where', 'while']);

/** A noun phrase as a token range [first, last] (inclusive) plus its mention when one covers it. */
export interface NounPhrase extends Span {
  readonly first: number;
  readonly last: number;
  readonly mention?: Mention;
}

/**
 * The noun phrase that ends at token `k`: the longest mention ending there ("A spokesperson
 * for Vladimir Putin", "Russian newspaper Novaya Gazetta"), joined with a coordinated one
 * before "and" ("The Kremlin and Chechen government"); else a run of nouns, adjectives and
 * determiners ("a source", "some Republicans", "the poll").
 */
export function npEndingAt(tokens: readonly Token[], k: number, from: number, mentions: readonly Mention[]): NounPhrase | undefined {
  const t = tokens[k];
  if (!t) return undefined;
  const m = longestMentionEndingAt(mentions, t.end, tokens[from]?.start ?? 0);
  let first: number;
  if (m) {
    first = k;
    while (first > from && (tokens[first - 1] as Token).start >= m.start) first--;
  } else {
    if (t.pos !== 'NOUN' && t.pos !== 'PROPN' && !(t.pos === 'PRON' && !NP_STOP.has(t.lower))) return undefined;
    if (t.pos === 'PRON') return { start: t.start, end: t.end, first: k, last: k };
    first = k;
    while (first > from) {
      const p = tokens[first - 1] as Token;
      if (NP_POS.has(p.pos) || (p.pos === 'PRON' && /^(his|her|its|their|our|my|your)$/.test(p.lower)) || /^['’]s$/.test(p.lower)) first--;
      else break;
    }
  }
  // a determiner before a name: "the Human Rights Watch"
  const det = tokens[first - 1];
  if (det && first - 1 >= from && det.pos === 'DET' && /^(the|a|an)$/.test(det.lower)) first--;
  // coordination: "The Kremlin and Chechen government"
  const and = tokens[first - 1];
  if (and && first - 2 >= from && (and.lower === 'and' || and.lower === '&')) {
    const left = npEndingAt(tokens, first - 2, from, mentions);
    if (left && !left.mention?.form.startsWith('pron') && (tokens[left.first] as Token).pos !== 'PRON') {
      first = left.first;
    }
  }
  const a = tokens[first] as Token;
  return { start: a.start, end: t.end, first, last: k, ...(m ? { mention: m } : {}) };
}

/** The noun phrase that starts at token `k` ("said Smith", "according to the Chechen president"). */
export function npStartingAt(tokens: readonly Token[], k: number, to: number, mentions: readonly Mention[]): NounPhrase | undefined {
  const t = tokens[k];
  if (!t) return undefined;
  const ceil = tokens[to - 1]?.end ?? Infinity;
  // "the Human Rights Watch": a determiner, then a mention
  const afterDet = t.pos === 'DET' && tokens[k + 1] ? longestMentionStartingAt(mentions, (tokens[k + 1] as Token).start, ceil) : undefined;
  const m = afterDet ?? longestMentionStartingAt(mentions, t.start, ceil);
  let last: number;
  if (m) {
    last = k;
    while (last + 1 < to && (tokens[last + 1] as Token).end <= m.end) last++;
  } else {
    if (t.pos === 'PRON' && !NP_STOP.has(t.lower)) return { start: t.start, end: t.end, first: k, last: k };
    if (!NP_POS.has(t.pos) && !/^(his|her|its|their)$/.test(t.lower)) return undefined;
    last = k;
    while (last + 1 < to && NP_POS.has((tokens[last + 1] as Token).pos)) last++;
    // "a spokesman for the ministry"
    const nextTok = tokens[last + 1];
    if (nextTok && (nextTok.lower === 'for' || nextTok.lower === 'of') && last + 2 < to) {
      const tail = npStartingAt(tokens, last + 2, to, mentions);
      if (tail && tail.last - k < 10) last = tail.last;
    }
    const lt = tokens[last] as Token;
    if (lt.pos !== 'NOUN' && lt.pos !== 'PROPN') return undefined;
  }
  const b = tokens[last] as Token;
  return { start: t.start, end: b.end, first: k, last, ...(m ? { mention: m } : {}) };
}

function longestMentionEndingAt(mentions: readonly Mention[], end: number, floor: number): Mention | undefined {
  let best: Mention | undefined;
  for (const m of mentions) if (m.end === end && m.start >= floor && (!best || m.start < best.start)) best = m;
  return best;
}

function longestMentionStartingAt(mentions: readonly Mention[], start: number, ceil: number): Mention | undefined {
  let best: Mention | undefined;
  for (const m of mentions) if (m.start === start && m.end <= ceil && (!best || m.end > best.end)) best = m;
  return best;
}
