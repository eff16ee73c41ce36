import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readWacz, type WaczOriginal } from '../archive/read-wacz.ts';
import { InputError } from '../domain/errors.ts';
import type { RawDocument } from '../domain/raw-document.ts';
import type { StageContext } from '../extract/stage.ts';
import { docName } from '../ingest/doc-name.ts';
import { toDocument } from '../ingest/to-document.ts';
import type { Store } from '../store/store.ts';
import { ingestItems, type IngestCustody, type IngestOptions, type IngestSummary } from './ingest-items.ts';

export type ImportResult =
  | { readonly ok: true; readonly sha256: string; readonly summary: IngestSummary; readonly skipped: readonly string[] }
  | { readonly ok: false; readonly sha256: string; readonly problems: readonly string[] };

/**
 * Takes the originals of a WACZ package into the archive and the store, after checking
 * the whole package (read-wacz.ts): one altered byte anywhere and nothing is taken.
 * Each original gets an `import` custody entry naming the package and its SHA-256, then
 * is ingested as any original is (ingest-items.ts).
 */
export async function importWacz(
  file: string,
  store: Store,
  ctx: StageContext,
  custody: Omit<IngestCustody, 'action' | 'via' | 'note'> | undefined,
  options: Omit<IngestOptions, 'custody'> = {},
): Promise<ImportResult> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (err) {
    throw new InputError(`cannot read ${file}`, { cause: err });
  }
  const contents = readWacz(bytes);
  if (!contents.ok) return contents;
  const path = resolve(file);
  const items = (async function* () {
    for (const o of contents.originals) yield toDocument(toRaw(o));
  })();
  const summary = await ingestItems(items, store, ctx, {
    ...options,
    ...(custody ? { custody: { ...custody, action: 'import' as const, via: path, note: `WACZ sha256:${contents.sha256}` } } : {}),
  });
  return { ok: true, sha256: contents.sha256, summary, skipped: contents.skipped };
}

function toRaw(o: WaczOriginal): RawDocument {
  let name = o.targetUri;
  let web = false;
  try {
    const u = new URL(o.targetUri);
    web = u.protocol === 'http:' || u.protocol === 'https:';
    name = u.protocol === 'file:' ? docName(fileURLToPath(u)) : docName(u.pathname) || u.hostname;
  } catch {
    name = docName(o.targetUri);
  }
  return { uri: o.targetUri, name, bytes: o.bytes, mediaType: o.mediaType, ...(o.date ? { capturedAt: o.date } : {}), ...(web ? { hints: { url: o.targetUri } } : {}) };
}
