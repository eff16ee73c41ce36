import type { TaggerModel } from './perceptron.ts';
import type { WordClusters } from './word-clusters.ts';

/** The two trained taggers: cues first, then sources and contents around them. */
export interface AttributionModels {
  readonly cue: TaggerModel;
  readonly role: TaggerModel;
  /** Word clusters, so that rare cue words borrow from frequent ones like them. */
  readonly clusters: WordClusters;
}
