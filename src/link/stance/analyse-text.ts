import { splitSentences } from './split-sentences.ts';
import { STOP_WORDS } from './stop-words.ts';
import { tokenizeWords } from './tokenize-words.ts';

/** One sentence's content words, and whether it asks or quotes. */
export interface AnalysedSentence {
  readonly words: readonly string[];
  readonly question: boolean;
  readonly quote: boolean;
  /** Credits a source in the manner of headlines: "Official: ...", "..., officials say", "... - Reports". */
  readonly attributed: boolean;
}

const ATTRIBUTED =
  /^[^:]{1,40}:\s|,\s*(?:[\w'’.-]+\s+){0,4}(?:says?|said|claims?|reports?|told)\W*$|\s[-–—]\s*(?:[\w'’.-]+\s*){1,3}$/i;

/** A claim or text as the features see it: content words (stop words out), per sentence too. */
export interface AnalysedText {
  readonly words: readonly string[];
  readonly counts: ReadonlyMap<string, number>;
  readonly bigrams: ReadonlySet<string>;
  readonly sentences: readonly AnalysedSentence[];
  /** For each word, the indices of the sentences it is in, ascending. */
  readonly sentencesOf: ReadonlyMap<string, readonly number[]>;
}

/**
 * Tokenises a text once for all the features that read it. A text paired with many claims
 * (an FNC-1 body has dozens of headlines) can be analysed once and reused.
 */
export function analyseText(text: string): AnalysedText {
  const sentences: AnalysedSentence[] = [];
  const words: string[] = [];
  const bigrams = new Set<string>();
  for (const s of splitSentences(text)) {
    const ws = tokenizeWords(s).filter((w) => !STOP_WORDS.has(w));
    if (ws.length === 0) continue;
    sentences.push({
      words: ws,
      question: s.includes('?'),
      quote: /["“”]/.test(s),
      attributed: ATTRIBUTED.test(s),
    });
    for (let i = 0; i < ws.length; i++) {
      words.push(ws[i] as string);
      if (i > 0) bigrams.add(`${ws[i - 1]} ${ws[i]}`);
    }
  }
  const counts = new Map<string, number>();
  for (const w of words) counts.set(w, (counts.get(w) ?? 0) + 1);
  const sentencesOf = new Map<string, number[]>();
  for (const [i, s] of sentences.entries()) {
    for (const w of s.words) {
      const at = sentencesOf.get(w);
      if (!at) sentencesOf.set(w, [i]);
      else if (at[at.length - 1] !== i) at.push(i);
    }
  }
  return { words, counts, bigrams, sentences, sentencesOf };
}
