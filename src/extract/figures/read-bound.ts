import type { Quantity } from './quantity.ts';

type Bound = NonNullable<Quantity['bound']>;

/** Comparatives before a number, longest first: "less than or equal to 30", "at least 40", "over thirty". */
const BEFORE: readonly (readonly [RegExp, Bound])[] = [
  [/(?:(?<![A-Za-z])(?:(?:less|smaller|lower|fewer) than or equal to|equal to or (?:less|fewer|lower|smaller) than|(?:less|smaller|lower) or equal than|no more than|not more than|at most|up to)|(?<![<=>])<\s*=)\s*$/i, 'le'],
  [/(?:(?<![A-Za-z])(?:(?:greater|more|higher|bigger|larger) than or equal to|equal to or (?:more|greater|higher|bigger|larger) than|(?:bigger|higher|greater|larger) or equal than|at least or equal to|at least|no (?:less|fewer) than|not (?:less|fewer) than)|(?<![<=>])>\s*=)\s*$/i, 'ge'],
  [/(?:(?<![A-Za-z])(?:(?:more|greater|higher|larger|bigger) than|over|above|exceed(?:s|ed|ing)?|surpass(?:es|ed|ing)?)|(?<![<=>])>)\s*$/i, 'gt'],
  [/(?:(?<![A-Za-z])(?:(?:less|fewer|smaller|lower) than|under|below)|(?<![<=>])<)\s*$/i, 'lt'],
  [/(?<![A-Za-z])(?:equal(?:s|ing)? to|equals)\s*$/i, 'eq'],
];
/** Comparatives after a number: "five hundred or more", "200 or greater", "five hundred or less". */
const AFTER: readonly (readonly [RegExp, Bound])[] = [
  [/^\s+(?:or|and) (?:more|greater|higher|above|over)(?: than)?(?![A-Za-z])/i, 'ge'],
  [/^\s+or (?:less|fewer|lower|below)(?: than)?(?![A-Za-z])/i, 'le'],
];
/** "less than 5000 or equal", "more than 5000 or equal to": a strict bound made inclusive. */
const OR_EQUAL = /^\s+or equal(?: to)?(?![A-Za-z])/i;

/** A one-sided bound around a number: where its words start or end, and which bound. */
export const readBound = {
  before(text: string, pos: number): { at: number; bound: Bound } | null {
    const head = text.slice(Math.max(0, pos - 48), pos);
    for (const [re, bound] of BEFORE) {
      const m = re.exec(head);
      if (m) return { at: pos - head.length + m.index, bound };
    }
    return null;
  },
  after(text: string, end: number, before: Bound | null): { at: number; bound: Bound } | null {
    const tail = text.slice(end, end + 24);
    const orEqual = OR_EQUAL.exec(tail);
    if (orEqual && (before === 'lt' || before === 'gt')) return { at: end + orEqual[0].length, bound: before === 'lt' ? 'le' : 'ge' };
    // "less than 10 and more than 40": a bound before the number wins
    if (before !== null && before !== 'eq') return null;
    for (const [re, bound] of AFTER) {
      const m = re.exec(tail);
      if (m) return { at: end + m[0].length, bound };
    }
    return null;
  },
};
