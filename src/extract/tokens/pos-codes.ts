/**
 * How models/pos-lexicon.json writes tags and word classes, shared by the script that
 * writes it (scripts/train-pos.ts) and the loader that reads it (token-model.ts).
 */
export const posCodes = {
  /** One letter per Universal Dependencies tag wink-nlp gives. */
  letters: {
    ADJ: 'J', ADP: 'P', ADV: 'R', AUX: 'A', CCONJ: 'C', DET: 'D', INTJ: 'I', NOUN: 'N', NUM: 'M',
    PART: 'T', PRON: 'O', PROPN: 'Q', PUNCT: 'U', SCONJ: 'S', SYM: 'Y', VERB: 'V', X: 'X', SPACE: '_',
  } as const,
  /** Context letters besides tags: sentence start (as previous), sentence end (as next), any. */
  start: '^',
  end: '$',
  any: '*',
} as const;
