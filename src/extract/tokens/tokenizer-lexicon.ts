/**
 * What the scanner must know of wink-nlp's lexicon to cut where wink cuts, distilled
 * into models/pos-lexicon.json by scripts/train-pos.ts.
 */
export interface TokenizerLexicon {
  /**
   * Lexemes wink keeps whole although they hold marks ("U.S.", "Mr.", "e-mail", "o'clock",
   * and also "ill." or "in.", so "He fell ill." ends on one token), with the part lengths
   * of those it expands ("don't" → [2, 3] for "do" "n't"; "cannot" → [3, 3]); [] when kept whole.
   */
  readonly lexemes: ReadonlyMap<string, readonly number[]>;
  /** A hyphenated word starting with one of these stays whole: "anti-GOP", "co-operate", "e-mail". */
  readonly hyphenPrefixes: ReadonlySet<string>;
  /** ... or ending with one of these: "Watergate-esque", "child-less". */
  readonly hyphenSuffixes: ReadonlySet<string>;
  /** `lexemeFilter.build(lexemes.keys())`: a quick test before a Map lookup. */
  readonly filter: Uint32Array;
}
