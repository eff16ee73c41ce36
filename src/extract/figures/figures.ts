import type { Analysis } from '../../domain/analysis.ts';
import type { Figure } from '../../domain/figure.ts';
import type { Token } from '../../domain/token.ts';
import type { Stage } from '../stage.ts';
import { figureSource } from './figure-source.ts';
import { figureWhat } from './figure-what.ts';
import { figureWhen } from './figure-when.ts';
import { findQuantities } from './find-quantities.ts';
import { firstTokenFrom } from './first-token-from.ts';
import { notFigure } from './not-figure.ts';
import { numberWords } from './number-words.ts';
import type { Quantity } from './quantity.ts';

/**
 * Counts and amounts the text asserts: "three deaths", "26", "15,000 people", "$1.2bn",
 * "45%", "20 to 30 people". Numbers are read only between the dates stage's spans, so
 * "May 26" and "2016" never become figures; ages, times, labels ("floor 9", "Article 19"),
 * codes, list numbers, durations, measures, a lone "one" and fractions are left out (see
 * not-figure.ts), and vague plurals ("hundreds of people", "dozens") are read as no number.
 * A plain number with nothing found that it counts is left out too; money and percentages
 * stay. Runs after tokens, mentions, attributions and dates.
 */
export const figures: Stage = {
  name: 'figures',
  run(input): Analysis {
    const text = input.doc.text;
    const out: Figure[] = [];
    const seeds = numberSeeds(text, input.tokens);
    let from = 0;
    for (const date of [...input.dates, { start: text.length, end: text.length }]) {
      if (date.start > from) {
        for (const q of findQuantities(text, { from, to: date.start, seeds, bounds: false })) addFigure(input, q, out);
      }
      from = Math.max(from, date.end);
    }
    return { ...input, figures: out };
  },
};

/**
 * For each first and last letter, the lengths of the number words: one array read skips
 * almost every token before a set lookup (a lookup for each of an article's 450 tokens
 * costs as much as reading all its numbers).
 */
const GATE = (() => {
  const gate = new Uint32Array(128 * 128);
  for (const w of numberWords.seedWords) gate[w.charCodeAt(0) * 128 + w.charCodeAt(w.length - 1)]! |= 1 << w.length;
  return gate;
})();

/** Where numbers may start: tokens that begin with a digit not glued to a word ("G20"), or number words. */
function numberSeeds(text: string, tokens: readonly Token[]): number[] {
  const seeds: number[] = [];
  for (const t of tokens) {
    const w = t.lower;
    const n = w.length;
    const c = w.charCodeAt(0);
    if (c >= 48 && c <= 57) {
      const p = text.charCodeAt(t.start - 1);
      const glued = (p >= 48 && p <= 57) || (p >= 65 && p <= 90) || (p >= 97 && p <= 122);
      if (!glued || /(?:USD|EUR|GBP|usd|eur|gbp)$/.test(text.slice(t.start - 3, t.start))) seeds.push(t.start);
    } else if (c === 46) {
      if (/^\.\d/.test(w)) seeds.push(t.start);
    } else if (c > 127) {
      if (numberWords.vulgar.has(w)) seeds.push(t.start);
    } else if (n >= 3 && n <= 12 && ((GATE[c * 128 + (w.charCodeAt(n - 1) & 127)] ?? 0) & (1 << n)) !== 0 && numberWords.seedWords.has(w)) {
      seeds.push(t.start);
    }
  }
  return seeds;
}

function addFigure(a: Readonly<Analysis>, q: Quantity, out: Figure[]): void {
  const text = a.doc.text;
  if (notFigure(q, text, a.tokens)) return;
  const token = a.tokens[Math.max(0, firstTokenFrom(a.tokens, q.amount.end) - 1)];
  const sentence = token ? a.sentences[token.sentence] : undefined;
  if (!sentence) return;
  const what = figureWhat(text, a.tokens, q.amount, sentence);
  if (what === '' && q.kind === 'number') return;
  const when = figureWhen(text, q.amount, sentence, a.dates, a.tokens);
  const source = figureSource(a, q.amount, sentence);
  out.push({
    value: q.value,
    ...(q.valueMax !== undefined ? { valueMax: q.valueMax } : {}),
    span: { start: q.amount.start, end: q.amount.end },
    what,
    ...(q.unit !== undefined ? { unit: q.unit } : {}),
    ...(when !== undefined ? { when } : {}),
    ...(source !== undefined ? { source } : {}),
  });
}
