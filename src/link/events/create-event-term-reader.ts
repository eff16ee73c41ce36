import { createTermInterner } from './create-term-interner.ts';
import type { EventDocument } from './event-document.ts';
import { eventTerms, type EventTermOptions } from './event-terms.ts';
import { stemWord } from './stem-word.ts';
import type { TermCounts } from './term-counts.ts';

export interface EventTermReaderOptions {
  readonly terms?: EventTermOptions;
  /** A headline given apart from the text counts this many times over. Default 2. */
  readonly titleWeight?: number;
}

/** Reads documents' event terms one at a time into one vocabulary (see `eventDendrogramOfCounts`). */
export interface EventTermReader {
  readonly vocabulary: readonly string[];
  read(document: Pick<EventDocument, 'text' | 'title'>): TermCounts;
}

/**
 * What event clustering keeps of a document: its weighted terms (`eventTerms`, headline
 * counted `titleWeight` times over), interned, so that a collection can be read one
 * document at a time without holding its texts.
 */
export function createEventTermReader(options: EventTermReaderOptions = {}): EventTermReader {
  const titleWeight = options.titleWeight ?? 2;
  // Stemming is the costly part of reading terms and the vocabulary is small: each word is
  // stemmed once per reader.
  const stems = new Map<string, string>();
  const stem = (word: string): string => {
    let stemmed = stems.get(word);
    if (stemmed === undefined) stems.set(word, (stemmed = stemWord(word)));
    return stemmed;
  };
  const interner = createTermInterner();
  return {
    vocabulary: interner.vocabulary,
    read(document) {
      const terms = eventTerms(document.text, options.terms, stem);
      if (document.title !== undefined && titleWeight > 0) {
        for (const [term, count] of eventTerms(document.title, options.terms, stem))
          terms.set(term, (terms.get(term) ?? 0) + titleWeight * count);
      }
      return interner.intern(terms);
    },
  };
}
