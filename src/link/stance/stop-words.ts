import { stemWord } from './stem-word.ts';

/**
 * Function words left out of the word-count vectors and overlap features, stemmed as
 * tokenizeWords stems. Unlike the usual English lists, negations ("not", "no", "never")
 * and modals ("may", "could", "would") are kept: "X did not die" and "X may have died"
 * take other stances than "X died".
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  `a about above after again all also am an and any are as at be because been before being
  below between both but by did do does doing down during each few for from further had has
  have having he her here hers herself him himself his how i if in into is it its itself just
  me more most my myself of off on once only or other our ours ourselves out over own same she
  so some such than that the their theirs them themselves then there these they this those
  through to too under until up very was we were what when where which while who whom why will
  with you your yours yourself yourselves s t can don now get got also us one two new like
  year day time`
    .split(/\s+/)
    .filter((w) => w !== '')
    .map(stemWord),
);
