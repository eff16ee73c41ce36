import type { Analysis } from '../domain/analysis.ts';
import type { AttributionModels } from './tagger/attribution-models.ts';
import type { Nlp } from './tokens/nlp.ts';
import type { TokenModel } from './tokens/token-model.ts';

/** What stages share that is expensive to build: loaded once per process, read-only after. */
export interface StageContext {
  /** wink-nlp's tokeniser alone: the benchmark's baseline; no stage calls it. */
  readonly nlp: Nlp;
  /** The `tokens` stage's model: tokeniser lexicon, sentence rules, tagger (models/pos-lexicon.json). */
  readonly tokens: TokenModel;
  /** The trained attribution taggers (models/attribution-tagger.bin); without them the rules' attributions stand. */
  readonly attributionModels?: AttributionModels;
}

/**
 * One step of the extraction pipeline: reads the fields earlier stages set and returns
 * a new Analysis with its own. Pure: same input, same output; no module-level state.
 */
export interface Stage {
  readonly name: string;
  run(input: Readonly<Analysis>, ctx: StageContext): Analysis;
}
