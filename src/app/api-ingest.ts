import type { Archive } from '../archive/archive.ts';
import { InputError } from '../domain/errors.ts';
import type { StageContext } from '../extract/stage.ts';
import { docName } from '../ingest/doc-name.ts';
import { mediaTypeOf } from '../ingest/media-type-of.ts';
import type { SourceItem } from '../ingest/source-item.ts';
import type { Store } from '../store/store.ts';
import { checkFetchUrl } from './check-fetch-url.ts';
import { ingestPaths, type IngestProgress } from './ingest-paths.ts';
import { linkStore, type LinkSummary } from './link-store.ts';
import { yieldingStore } from './yielding-store.ts';

/** What an ingest request brings: uploaded files, a page's URL, or a feed's URL. */
export type IngestRequest =
  | { readonly kind: 'files'; readonly files: readonly { readonly name: string; readonly bytes: Uint8Array }[] }
  | { readonly kind: 'url'; readonly url: string }
  | { readonly kind: 'feed'; readonly url: string; readonly fetchPages?: boolean };

export interface ApiIngestDeps {
  readonly store: Store;
  readonly archive?: Archive;
  /** The store's location, as custody entries name it. */
  readonly storeLocation: string;
  readonly stageContext: () => StageContext;
  readonly maxBytes?: number;
  readonly allowPrivateUrls?: boolean;
}

export interface ApiIngestResult {
  readonly read: number;
  readonly added: number;
  readonly unchanged: number;
  readonly failed: number;
  readonly attributions: number;
  readonly figures: number;
  readonly problems: readonly { readonly doc: string; readonly code: string; readonly message: string }[];
  readonly linked?: LinkSummary;
}

/** Uploads claimtrail reads from bytes alone; WARC and JSON Lines files go through the CLI. */
const UPLOADABLE = new Set(['text/plain', 'text/html', 'application/rss+xml', 'application/atom+xml']);

/**
 * An ingest through the API, run as a job: the originals are archived with custody
 * entries naming the user (`who`) before analysis, as the CLI's ingest does, then the
 * store is re-linked when anything was added. An uploaded file is named in custody as
 * `upload:<file name>`; its media type comes from its extension (.txt, .html, .rss,
 * .atom, .xml for feeds).
 */
export async function apiIngest(deps: ApiIngestDeps, request: IngestRequest, who: string, onProgress: (p: IngestProgress | { readonly linking: number }) => void, options: { readonly link?: boolean; readonly signal?: AbortSignal } = {}): Promise<ApiIngestResult> {
  const store = yieldingStore(deps.store);
  const input = request.kind === 'files' ? uploads(request.files) : [(await checkFetchUrl(request.url, { allowPrivate: deps.allowPrivateUrls ?? false })).href];
  const summary = await ingestPaths(input, store, deps.stageContext(), {
    ...(deps.maxBytes ? { maxBytes: deps.maxBytes } : {}),
    ...(deps.archive ? { custody: { archive: deps.archive, who, store: deps.storeLocation } } : {}),
    ...(request.kind === 'feed' && request.fetchPages ? { fetchPages: true } : {}),
    ...(options.signal ? { signal: options.signal } : {}),
    onProgress,
  });
  const linked = summary.added > 0 && options.link !== false ? await linkStore(store, (n) => onProgress({ linking: n })) : undefined;
  return {
    read: summary.seen,
    added: summary.added,
    unchanged: summary.unchanged,
    failed: summary.failed,
    attributions: summary.attributions,
    figures: summary.figures,
    problems: summary.problems.map((p) => ({ doc: p.doc, code: p.code, message: p.message })),
    ...(linked ? { linked } : {}),
  };
}

async function* uploads(files: readonly { readonly name: string; readonly bytes: Uint8Array }[]): AsyncIterable<SourceItem> {
  const capturedAt = new Date().toISOString();
  for (const f of files) {
    const name = f.name.replace(/[\\/]/g, '_').slice(0, 200) || 'upload';
    const mediaType = /\.xml$/i.test(name) ? 'application/xml' : mediaTypeOf(name);
    if (mediaType === undefined || (!UPLOADABLE.has(mediaType) && mediaType !== 'application/xml')) {
      const problem = new InputError(`${name}: upload .txt, .html, .rss, .atom or .xml files (WARC and JSON Lines through the CLI)`);
      yield { ok: false, problem: { doc: name, severity: 'error', code: 'unsupported', message: problem.message } };
      continue;
    }
    yield { ok: true, raw: { uri: `upload:${encodeURIComponent(name)}`, name: docName(name), bytes: f.bytes, mediaType, capturedAt } };
  }
}
