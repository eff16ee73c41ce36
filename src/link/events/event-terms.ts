import { stemWord } from './stem-word.ts';
import { STOP_WORDS } from './stop-words.ts';

/** How much each kind of word counts towards telling one event from another. */
export interface EventTermOptions {
  /**
   * A capitalised word inside a sentence ("was taken to Saint Brennan", "Farrant") names a person,
   * place or organisation, and names are what set one event apart from another of the
   * same kind: they count this many times. Default 2.
   */
  readonly nameWeight?: number;
  /** Numbers ("6.1", "2013", "33") are dates, tolls and magnitudes: they count this many times. Default 1.5. */
  readonly numberWeight?: number;
  /** Also add adjacent names as one term ("Odile Farrant" gives `odil_farrant`), at `nameWeight`. Default true. */
  readonly nameBigrams?: boolean;
}

interface Word {
  readonly term: string;
  /** A stop word, judged on the word as written ("reported"), before stemming. */
  readonly stop: boolean;
  readonly capitalised: boolean;
  readonly initial: boolean;
  readonly number: boolean;
  /** Whether only spaces separate it from the word before. */
  readonly joined: boolean;
}

// Words and numbers; hyphens split ("33-year-old" gives 33, year, old), apostrophes do not
// ("O'Neal"); a number keeps its decimal point or thousands separator ("6.1", "1,200").
const WORD = /\p{N}+(?:[.,]\p{N}+)*|\p{L}[\p{L}\p{M}]*(?:['’]\p{L}+)*/gu;
// What may stand before the first word of a sentence: "... the river. Farrant ..." or "`` We ...".
const SENTENCE_OPENER = '.!?:;"“”\'‘`([';
const UPPER = /^\p{Lu}/u;
const DIGIT = /^\p{N}/u;
const SPACE = /\s/u;

/**
 * The terms of a text with their weighted counts: lower-cased, stop words dropped, stemmed
 * (`stemWord` unless the caller passes a memoised one), names and numbers weighted up.
 * Pure and deterministic.
 */
export function eventTerms(
  text: string,
  options: EventTermOptions = {},
  stem: (word: string) => string = stemWord,
): Map<string, number> {
  const nameWeight = options.nameWeight ?? 2;
  const numberWeight = options.numberWeight ?? 1.5;
  const bigrams = options.nameBigrams ?? true;
  const counts = new Map<string, number>();
  const add = (term: string, weight: number): void => {
    counts.set(term, (counts.get(term) ?? 0) + weight);
  };
  for (const line of text.split(/\r?\n/u)) {
    const words = wordsOf(line, stem);
    // "Marrowby Bridge Collapses Into River": in a headline set in title case every word is
    // capitalised, so capitals say nothing about names there. Sentence-initial words are
    // capitalised anyway and do not count either way.
    const content = words.filter((w) => !w.number && !w.stop && !w.initial);
    const capitals = content.filter((w) => w.capitalised).length;
    const titleCase = content.length >= 4 && capitals >= 0.75 * content.length;
    let previousName: string | undefined;
    for (const word of words) {
      if (word.number) {
        previousName = undefined;
        // A lone digit ("2 children", "1 of 3") is too common to place an event.
        if (word.term.length > 1) add(word.term, numberWeight);
        continue;
      }
      if (word.stop || word.term.length < 2) {
        previousName = undefined;
        continue;
      }
      const name = word.capitalised && !word.initial && !titleCase;
      add(word.term, name ? nameWeight : 1);
      // A sentence-initial capital may be a name too ("Farrant said ..."), so it can open a
      // pair; only a pair with a real name in second place counts.
      const couldName = word.capitalised && !titleCase;
      if (bigrams && name && previousName !== undefined && word.joined)
        add(`${previousName}_${word.term}`, nameWeight);
      previousName = couldName ? word.term : undefined;
    }
  }
  return counts;
}

function wordsOf(line: string, stem: (word: string) => string): Word[] {
  const words: Word[] = [];
  let previousEnd = 0;
  for (const match of line.matchAll(WORD)) {
    const raw = match[0];
    const start = match.index;
    // The last character before the word other than a space, if any since the last word.
    let before = start - 1;
    while (before >= previousEnd && SPACE.test(line[before]!)) before--;
    const number = DIGIT.test(raw);
    const lower = raw.toLowerCase();
    words.push({
      term: number ? raw.replace(/,/gu, '') : stem(lower),
      stop: !number && (STOP_WORDS.has(lower) || STOP_WORDS.has(lower.replace(/['’]s$/u, ''))),
      capitalised: UPPER.test(raw),
      initial: words.length === 0 || (before >= 0 && SENTENCE_OPENER.includes(line[before]!)),
      number,
      joined: words.length > 0 && before < previousEnd,
    });
    previousEnd = start + raw.length;
  }
  return words;
}
