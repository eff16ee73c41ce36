import type { StageContext } from '../extract/stage.ts';
import { readDocuments, type ReadOptions } from '../ingest/read-documents.ts';
import type { SourceItem } from '../ingest/source-item.ts';
import type { Store } from '../store/store.ts';
import { ingestItems, type IngestOptions, type IngestSummary } from './ingest-items.ts';

export type { IngestCustody, IngestOptions, IngestProgress, IngestSummary } from './ingest-items.ts';

/**
 * Reads files and directories (and URLs, JSONL files, feeds: see readDocuments), or the
 * items of any source (the feed watcher's), extracts each new document and adds it to
 * the store (ingest-items.ts: what is skipped, reported and, with custody, archived).
 */
export async function ingestPaths(
  input: readonly string[] | AsyncIterable<SourceItem>,
  store: Store,
  ctx: StageContext,
  options: IngestOptions & ReadOptions = {},
): Promise<IngestSummary> {
  return ingestItems(readDocuments(input, options), store, ctx, options);
}
