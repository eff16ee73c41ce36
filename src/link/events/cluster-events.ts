import { cutMerges } from './cut-merges.ts';
import type { EventDocument } from './event-document.ts';
import { eventDendrogram, type EventDendrogramOptions } from './event-dendrogram.ts';
import { EVENT_THRESHOLDS } from './event-thresholds.ts';

export interface EventClusteringOptions extends EventDendrogramOptions {
  /** Clusters join while their documents' average cosine similarity is at least this. Default `EVENT_THRESHOLDS.event`. */
  readonly threshold?: number;
}

/**
 * Groups documents by the event they report: each group lists document ids in input order,
 * groups in order of their first document, and a document alone in its event is a group of
 * one. Deterministic. For several levels at once (events, stories), build the tree once
 * with `eventDendrogram` and cut it with `cutMerges`.
 */
export function clusterEvents(
  documents: readonly EventDocument[],
  options: EventClusteringOptions = {},
): string[][] {
  const threshold = options.threshold ?? EVENT_THRESHOLDS.event;
  // The tree need not go below the cut: stopping there saves the work of the last merges.
  const tree = eventDendrogram(documents, {
    ...options,
    minSimilarity: Math.min(threshold, options.minSimilarity ?? threshold),
  });
  return cutMerges(documents.length, tree.merges, threshold).map((members) =>
    members.map((d) => tree.ids[d]!),
  );
}
