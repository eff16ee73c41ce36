import type { Diagnostic } from '../domain/diagnostic.ts';
import { readDocuments, type ReadOptions } from '../ingest/read-documents.ts';
import type { SourceItem } from '../ingest/source-item.ts';
import type { Store } from '../store/store.ts';
import type { QueuedOriginal, WorkQueue } from '../store/work-queue.ts';

export interface EnqueueProgress {
  /** Originals read so far (good and bad). */
  readonly seen: number;
  /** New jobs. */
  readonly queued: number;
  /** Queued before (same content), not yet extracted, or a dead letter. */
  readonly alreadyQueued: number;
  /** Already in the store (same content): nothing queued. */
  readonly unchanged: number;
  readonly failed: number;
  readonly current: string;
}

export interface EnqueueSummary extends EnqueueProgress {
  readonly problems: readonly Diagnostic[];
  readonly seconds: number;
}

export interface EnqueueOptions extends ReadOptions {
  readonly onProgress?: (p: EnqueueProgress) => void;
  readonly onProblem?: (d: Diagnostic) => void;
  /** Originals sent to the database at once (default 100). */
  readonly batch?: number;
}

/**
 * Reads originals as ingest does (readDocuments: files, directories, URLs, JSONL, feeds)
 * and queues each one the store does not hold yet, for `claimtrail worker` to extract.
 * An original that cannot be read or decoded is reported here and not queued; one queued
 * twice (same SHA-256) is one job. The bytes go into the queue unaltered, with what the
 * source knew, so that the worker decodes them exactly as ingest would have.
 */
export async function enqueuePaths(
  input: readonly string[] | AsyncIterable<SourceItem>,
  queue: WorkQueue,
  store: Store,
  options: EnqueueOptions = {},
): Promise<EnqueueSummary> {
  const t0 = performance.now();
  const size = options.batch ?? 100;
  let seen = 0;
  let queued = 0;
  let alreadyQueued = 0;
  let unchanged = 0;
  let failed = 0;
  let current = '';
  const problems: Diagnostic[] = [];
  let batch: QueuedOriginal[] = [];
  const flush = async (): Promise<void> => {
    if (batch.length === 0) return;
    const added = await queue.enqueue(batch);
    queued += added;
    alreadyQueued += batch.length - added;
    batch = [];
    options.onProgress?.({ seen, queued, alreadyQueued, unchanged, failed, current });
  };
  for await (const item of readDocuments(input, options)) {
    seen++;
    if (!item.ok) {
      failed++;
      current = item.problem.doc;
      problems.push(item.problem);
      options.onProblem?.(item.problem);
    } else {
      current = item.doc.uri;
      if (await store.hasDocument(item.doc.id)) unchanged++;
      else batch.push({ id: item.doc.id, raw: item.raw });
      if (batch.length >= size) await flush();
    }
    options.onProgress?.({ seen, queued, alreadyQueued, unchanged, failed, current });
  }
  await flush();
  return { seen, queued, alreadyQueued, unchanged, failed, current: '', problems, seconds: (performance.now() - t0) / 1000 };
}
