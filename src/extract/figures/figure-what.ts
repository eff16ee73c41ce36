import type { Span } from '../../domain/span.ts';
import type { Token } from '../../domain/token.ts';
import { firstTokenFrom } from './first-token-from.ts';

const NP = new Set(['ADJ', 'NOUN', 'PROPN']);
/** Words of time, which are no part of what is counted: "raised costs five times last year to 2.25%". */
const TIME = new Set(['year', 'years', 'month', 'months', 'week', 'weeks', 'day', 'days', 'today', 'yesterday', 'tomorrow', 'time', 'times', 'earlier', 'later']);
/** Units of another number, no part of what this one counts: "by 0.27 percentage points to 5.8%". */
const UNIT_WORDS = new Set(['%', 'percent', 'percentage', 'point', 'points', 'cent', 'per']);
const isNoun = (t: Token | undefined): boolean => !!t && NP.has(t.pos) && !TIME.has(t.lower) && !UNIT_WORDS.has(t.lower);
/** Heads that say little alone, so what happens to them is kept: "40 people into hiding". */
const GENERIC = new Set(['people', 'persons', 'person', 'men', 'women', 'children', 'boys', 'girls', 'individuals', 'others', 'residents', 'civilians', 'adults', 'families', 'youths', 'teenagers', 'migrants', 'refugees']);
/** Verbs that tie a subject to a number after them: "the total had risen to 26", "the toll stood at 40". */
const LINKING = new Set([
  'rise', 'rises', 'rose', 'risen', 'rising', 'reach', 'reached', 'reaches', 'climb', 'climbed', 'climbs', 'increase', 'increased',
  'increases', 'grow', 'grew', 'grown', 'grows', 'jump', 'jumped', 'fall', 'fell', 'fallen', 'falls', 'drop', 'dropped',
  'decline', 'declined', 'stand', 'stood', 'stands', 'total', 'totalled', 'totaled', 'totals', 'hit', 'is', 'was', 'were',
  'are', 'been', 'be', 'number', 'numbered', 'top', 'topped', 'exceed', 'exceeded', 'double', 'doubled', 'soar', 'soared',
  'estimated', 'put', 'remain', 'remained', 'remains', 'stay', 'stayed', 'stays', 'slump', 'slumped', 'surged',
  'dipped', 'edged', 'gained', 'lost', 'shed', 'added',
]);
/** Words between a verb and its number: "at least", "about", "more than". */
const MODIFIERS = new Set(['at', 'least', 'most', 'about', 'some', 'nearly', 'almost', 'around', 'roughly', 'approximately', 'more', 'than', 'over', 'up', 'to', 'as', 'many', 'much', 'fewer', 'less', 'just', 'only', 'another', 'an', 'a', 'the', 'estimated', 'by', 'of', 'exactly', 'under', 'below', 'above', 'almost']);
const PARTICIPLES = new Set(['held', 'taken', 'hurt', 'shot', 'beaten', 'hidden', 'caught', 'seen', 'found', 'left', 'sent', 'brought', 'kept', 'struck', 'thrown', 'driven', 'given', 'put', 'slain', 'stabbed']);
const REPORTING = new Set(['said', 'told', 'reported', 'added', 'claimed', 'stated', 'announced', 'noted', 'insisted', 'estimated', 'believed']);

const isParticiple = (t: Token | undefined): boolean => !!t && t.pos === 'VERB' && (/[a-z]ed$/.test(t.lower) || PARTICIPLES.has(t.lower)) && !REPORTING.has(t.lower);

/** End of a noun phrase from `i`: "dock workers", "gay and bisexual men", "main square", "dock-workers". */
function nounRun(tokens: readonly Token[], i: number, end: number): number {
  let j = i;
  while (j < end) {
    const t = tokens[j];
    const next = tokens[j + 1];
    if (isNoun(t)) j++;
    else if (t && j > i && t.text === '-' && next && t.start === tokens[j - 1]?.end && next.start === t.end && /^[a-z]/i.test(next.text)) j += 2;
    else if (t && j > i && t.pos === 'CCONJ' && isNoun(next) && !GENERIC.has(tokens[j - 1]?.lower ?? '')) j++;
    else break;
  }
  // a trailing "and" or hyphen is not part of it
  while (j > i && (tokens[j - 1]?.pos === 'CCONJ' || tokens[j - 1]?.text === '-')) j--;
  return j;
}

/** Skips determiners: "of the vote" reads "vote". */
function skipDet(tokens: readonly Token[], i: number, end: number): number {
  return i < end && tokens[i]?.pos === 'DET' ? i + 1 : i;
}

/** A verb group with one prepositional phrase after it: "got together in the main mosque", "were detained". */
function verbGroup(tokens: readonly Token[], i: number, end: number): number {
  let j = i;
  while (j < end && (tokens[j]?.pos === 'AUX' || (j > i && tokens[j]?.pos === 'ADV' && tokens[j]?.lower !== 'not'))) j++;
  if (j >= end || tokens[j]?.pos !== 'VERB' || REPORTING.has(tokens[j]?.lower ?? '')) return i;
  j++;
  while (j < end && (tokens[j]?.pos === 'ADV' || tokens[j]?.pos === 'PART') && tokens[j]?.lower !== 'not' && tokens[j]?.lower !== 'to') j++;
  return prepPhrase(tokens, j, end);
}

/** One prepositional phrase at `i`, with an "of" phrase after it, or `i`: "into hiding", "in the main square of the town". */
function prepPhrase(tokens: readonly Token[], i: number, end: number): number {
  if (i >= end || tokens[i]?.pos !== 'ADP' || tokens[i]?.lower === 'of') return i;
  const k = nounRun(tokens, skipDet(tokens, i + 1, end), end);
  if (k === skipDet(tokens, i + 1, end)) return i;
  if (tokens[k]?.lower !== 'of') return k;
  const o = nounRun(tokens, skipDet(tokens, k + 1, end), end);
  return o > skipDet(tokens, k + 1, end) ? o : k;
}

/** Start of the noun phrase that ends at `end` (exclusive), with one "of" or "at" phrase: "profits at the firm". */
function nounRunBack(tokens: readonly Token[], end: number, start: number): number {
  let p = end - 1;
  while (p >= start && isNoun(tokens[p])) p--;
  if (p < end - 1 && p - 1 >= start && OF_AT.has(tokens[p]?.lower ?? '') && isNoun(tokens[p - 1])) {
    let q = p - 1;
    while (q >= start && isNoun(tokens[q])) q--;
    return q + 1;
  }
  return p + 1;
}
const OF_AT = new Set(['of', 'at', 'in', 'for']);

/**
 * The noun phrase the number is tied to before it: by a linking verb ("the total had risen
 * to 26" gives "total") or by "of" or "to" ("growth of just 0.1%", "pushed the jobless rate
 * to 5.2%" gives "jobless rate").
 */
function subjectBefore(tokens: readonly Token[], i: number, start: number): [number, number] | null {
  let p = i;
  while (p >= start && MODIFIERS.has(tokens[p]?.lower ?? '')) p--;
  const tie = tokens[p + 1]?.lower ?? '';
  if (p < i && (tie === 'of' || (tie === 'to' && tokens[p]?.pos !== 'PROPN')) && isNoun(tokens[p])) {
    const from = nounRunBack(tokens, p + 1, start);
    return from <= p ? [from, p + 1] : null;
  }
  let linked = false;
  while (p >= start && (tokens[p]?.pos === 'VERB' || tokens[p]?.pos === 'AUX')) {
    if (LINKING.has(tokens[p]?.lower ?? '')) linked = true;
    p--;
  }
  if (!linked) return null;
  const from = nounRunBack(tokens, p + 1, start);
  return from <= p ? [from, p + 1] : null;
}

/**
 * What a figure counts, in the text's own words, from the part-of-speech tags around the
 * number: the noun phrase after it and an "of" phrase ("three deaths of gay and bisexual men"
 * gives "deaths of gay and bisexual men"); after a generic head, what happens to them
 * ("40 people into hiding", "15,000 people got together in the main mosque"; "police
 * detained 26 people" gives "people detained"); with no noun after, the subject a linking
 * verb ties it to ("the total had risen to 26" gives "total") or the verb ("26 were killed").
 * Empty when none of these is found.
 */
export function figureWhat(text: string, tokens: readonly Token[], amount: Span, sentence: { tokenStart: number; tokenEnd: number }): string {
  const end = sentence.tokenEnd;
  const i = firstTokenFrom(tokens, amount.end);
  const slice = (a: number, b: number): string => text.slice(tokens[a]?.start ?? 0, tokens[b - 1]?.end ?? 0);
  let head = nounRun(tokens, i, end);
  let from = i;
  if (tokens[head]?.lower === 'of') {
    // "45% of the vote", "three of the men", "deaths of gay and bisexual men"
    const objStart = skipDet(tokens, head + 1, end);
    const objEnd = nounRun(tokens, objStart, end);
    if (objEnd > objStart) {
      if (head === i) from = objStart;
      head = objEnd;
    }
    return head > from ? slice(from, head) : '';
  }
  if (head > i) {
    if (head - i !== 1 || !GENERIC.has(tokens[i]?.lower ?? '')) return slice(i, head);
    const extended = Math.max(prepPhrase(tokens, head, end), verbGroup(tokens, head, end));
    if (extended > head) return slice(i, extended);
    // "police detained 26 people"
    let p = firstTokenFrom(tokens, amount.start) - 1;
    let agent = false;
    for (; p >= sentence.tokenStart && MODIFIERS.has(tokens[p]?.lower ?? ''); p--) if (tokens[p]?.lower === 'by') agent = true;
    const verb = tokens[p];
    // not "supported by 1,000 people": those are the agents
    return p >= sentence.tokenStart && !agent && isParticiple(verb) ? `${slice(i, head)} ${verb?.lower ?? ''}` : slice(i, head);
  }
  const subject = subjectBefore(tokens, firstTokenFrom(tokens, amount.start) - 1, sentence.tokenStart);
  if (subject) return slice(subject[0], subject[1]);
  // "26 were killed", "40 fled to Moscow"
  const vp = verbGroup(tokens, i, end);
  return vp > i && (tokens[vp - 1]?.pos !== 'VERB' || isParticiple(tokens[vp - 1]) || vp - i > 1) ? slice(i, vp) : '';
}
