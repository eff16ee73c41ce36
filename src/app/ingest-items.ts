import { isAbsolute, resolve } from 'node:path';
import type { Archive } from '../archive/archive.ts';
import type { Diagnostic } from '../domain/diagnostic.ts';
import type { RawDocument } from '../domain/raw-document.ts';
import type { StageContext } from '../extract/stage.ts';
import { analyse } from '../extract/pipeline.ts';
import type { DocumentItem } from '../ingest/to-document.ts';
import type { Store } from '../store/store.ts';
import { toStoredDocument } from './to-stored-document.ts';

export interface IngestProgress {
  /** Originals read so far (good and bad). */
  readonly seen: number;
  readonly added: number;
  /** Already in the store (same content): nothing added. */
  readonly unchanged: number;
  readonly failed: number;
  readonly current: string;
}

export interface IngestSummary extends IngestProgress {
  readonly problems: readonly Diagnostic[];
  readonly warnings: readonly Diagnostic[];
  readonly attributions: number;
  readonly figures: number;
  readonly seconds: number;
}

/** Keeping the originals as evidence while they are ingested. */
export interface IngestCustody {
  readonly archive: Archive;
  /** Who handles the originals, named in every custody entry. */
  readonly who: string;
  /** The store's location, named in each `ingest` entry. */
  readonly store: string;
  /** `capture` (default) for originals read from their source, `import` for ones taken from a package. */
  readonly action?: 'capture' | 'import';
  /** For imports: the package. */
  readonly via?: string;
  readonly note?: string;
}

export interface IngestOptions {
  readonly onProgress?: (p: IngestProgress) => void;
  readonly onProblem?: (d: Diagnostic) => void;
  readonly custody?: IngestCustody;
}

/**
 * Extracts each new document and adds it to the store. A document already stored (same
 * SHA-256) is neither extracted nor added again; a bad document is reported and the run
 * goes on.
 *
 * With custody, each original is archived (durably, with its `capture` entry) before
 * anything is derived from it, and its `ingest` entry is recorded only after the store
 * committed it. So whenever the process dies, every stored document's original is in the
 * archive and every `ingest` entry names a stored document; a rerun finds the original
 * archived and recorded (nothing twice), adds what the store lacks, and records an
 * `ingest` entry a kill cut off.
 */
export async function ingestItems(items: AsyncIterable<DocumentItem>, store: Store, ctx: StageContext, options: IngestOptions = {}): Promise<IngestSummary> {
  const t0 = performance.now();
  const custody = options.custody;
  let seen = 0;
  let added = 0;
  let unchanged = 0;
  let failed = 0;
  let attributions = 0;
  let figures = 0;
  const problems: Diagnostic[] = [];
  const warnings: Diagnostic[] = [];
  for await (const item of items) {
    seen++;
    const current = item.ok ? item.doc.uri : item.problem.doc;
    if (!item.ok) {
      failed++;
      problems.push(item.problem);
      options.onProblem?.(item.problem);
      options.onProgress?.({ seen, added, unchanged, failed, current });
      continue;
    }
    const kept = custody ? await custody.archive.put(located(item.raw), custody.who, { action: custody.action ?? 'capture', via: custody.via, note: custody.note }) : undefined;
    if (await store.hasDocument(item.doc.id)) {
      unchanged++;
    } else {
      const analysis = analyse(item.doc, ctx);
      const stored = toStoredDocument({ ...analysis, diagnostics: [...item.warnings, ...analysis.diagnostics] });
      const r = await store.addDocument(stored);
      if (r.added) {
        added++;
        attributions += stored.attributions.length;
        figures += stored.figures.length;
      } else unchanged++;
      for (const d of stored.diagnostics) {
        if (d.severity === 'error') {
          problems.push(d);
          options.onProblem?.(d);
        } else warnings.push(d);
      }
    }
    if (custody && kept) {
      const { who, store: location } = custody;
      await custody.archive.record({ who, action: 'ingest', uri: location, sha256: kept.sha256, size: item.raw.bytes.length, mediaType: item.raw.mediaType, docId: item.doc.id });
    }
    options.onProgress?.({ seen, added, unchanged, failed, current });
  }
  return { seen, added, unchanged, failed, current: '', problems, warnings, attributions, figures, seconds: (performance.now() - t0) / 1000 };
}

/**
 * The original as the custody log names it: a file by its absolute path, resolved now,
 * while the working directory it was read from is known; a URL as it is.
 */
function located(raw: RawDocument): RawDocument {
  const isUrl = /^[a-z][a-z0-9+.-]+:/i.test(raw.uri);
  return isUrl || isAbsolute(raw.uri) ? raw : { ...raw, uri: resolve(raw.uri) };
}
