import { createEventTermReader } from './create-event-term-reader.ts';
import type { EventDocument } from './event-document.ts';
import type { EventTermOptions } from './event-terms.ts';
import { groupAverageMerges } from './group-average-merges.ts';
import type { Merge } from './merge.ts';
import { nearestNeighbours, type NearestNeighbourOptions } from './nearest-neighbours.ts';
import type { TermCounts } from './term-counts.ts';
import { tfIdfOfCounts, type TfIdfOptions } from './tf-idf-vectors.ts';

export interface EventDendrogramOptions {
  readonly terms?: EventTermOptions;
  readonly tfIdf?: TfIdfOptions;
  readonly neighbours?: NearestNeighbourOptions;
  /** A headline given apart from the text counts this many times over. Default 2. */
  readonly titleWeight?: number;
  /** Merging stops below this group-average similarity: the lowest threshold a cut can use. Default 0.05. */
  readonly minSimilarity?: number;
  /** A cluster keeps links to at most this many others (see `groupAverageMerges`). Default 50. */
  readonly maxLinks?: number;
}

/** The documents' ids, in input order, and the merges that group them, most similar first. */
export interface EventDendrogram {
  readonly ids: readonly string[];
  readonly merges: readonly Merge[];
}

/**
 * The merge tree of documents by the event they report: TF-IDF vectors of their terms
 * (names and numbers weighted up), each document's nearest neighbours from an inverted
 * index, then group-average agglomerative clustering over those links. Cut it with
 * `cutMerges` at one threshold or several (coarse stories, fine events) without
 * clustering again. Deterministic: the same documents in the same order give the same tree.
 */
export function eventDendrogram(
  documents: readonly EventDocument[],
  options: EventDendrogramOptions = {},
): EventDendrogram {
  const reader = createEventTermReader(options);
  const counts = documents.map((document) => reader.read(document));
  return eventDendrogramOfCounts(
    documents.map((document) => document.id),
    counts,
    reader.vocabulary,
    options,
  );
}

/** As `eventDendrogram`, for documents whose terms an `EventTermReader` read earlier (with the same options). */
export function eventDendrogramOfCounts(
  ids: readonly string[],
  counts: readonly TermCounts[],
  vocabulary: readonly string[],
  options: EventDendrogramOptions = {},
): EventDendrogram {
  const minSimilarity = options.minSimilarity ?? 0.05;
  const { vectors } = tfIdfOfCounts(counts, vocabulary, options.tfIdf);
  const neighbours = nearestNeighbours(vectors, { minSimilarity, ...options.neighbours });
  const merges = groupAverageMerges(vectors, neighbours, { minSimilarity, maxLinks: options.maxLinks });
  return { ids: [...ids], merges };
}
