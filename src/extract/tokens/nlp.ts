import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

/**
 * wink-nlp's tokeniser alone (English lite model, no sentences or tags): the benchmark's
 * baseline (bench/bench.ts). The pipeline does not call it; the `tokens` stage runs on
 * a model distilled from wink (see tokenize.ts), and scripts compare against wink with
 * `createWinkReference` (wink-reference.ts).
 */
export interface Nlp {
  /** The number of tokens wink's tokeniser makes of the text. */
  tokenCount(text: string): number;
}

/** Loads wink's model: about 100 ms, so once per process. */
export function createNlp(): Nlp {
  const bare = winkNLP(model, []);
  return {
    tokenCount(text) {
      return bare.readDoc(text).tokens().length();
    },
  };
}
