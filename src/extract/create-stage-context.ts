import { existsSync, readFileSync } from 'node:fs';
import type { StageContext } from './stage.ts';
import { decodeModels } from './tagger/model-file.ts';
import { parseWordClusters } from './tagger/word-clusters.ts';
import { createNlp } from './tokens/nlp.ts';
import { loadTokenModel } from './tokens/token-model.ts';

/** The committed attribution taggers and word clusters, made by `npm run train`. */
export const ATTRIBUTION_MODEL = new URL('../../models/attribution-tagger.bin', import.meta.url);
export const WORD_CLUSTERS = new URL('../../models/word-clusters.tsv', import.meta.url);

export interface StageContextOptions {
  /** Use the rules alone, without the trained attribution taggers (for training them, and for comparison). */
  readonly rulesOnly?: boolean;
  /** A tagger model file other than the committed one. */
  readonly attributionModel?: string | URL;
}

/**
 * Builds what the stages share, once per process: the tokens stage's model, the attribution
 * taggers and word clusters, and wink's bare tokeniser for the benchmark's baseline.
 */
export function createStageContext(options: StageContextOptions = {}): StageContext {
  const file = options.attributionModel ?? ATTRIBUTION_MODEL;
  const [cue, role] = !options.rulesOnly && existsSync(file) ? decodeModels(readFileSync(file)) : [];
  const clusters = existsSync(WORD_CLUSTERS) ? parseWordClusters(readFileSync(WORD_CLUSTERS, 'utf8')) : new Map<string, number>();
  return { nlp: createNlp(), tokens: loadTokenModel(), ...(cue && role ? { attributionModels: { cue, role, clusters } } : {}) };
}
