import { createHash } from 'node:crypto';
import { renameSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Archive } from '../archive/archive.ts';
import { canonicalJson } from '../archive/canonical-json.ts';
import type { CustodyEntry } from '../archive/custody-entry.ts';
import { fsyncDir } from '../archive/fsync-dir.ts';
import { writeSynced } from '../archive/write-synced.ts';
import { writeWacz, type WaczItem } from '../archive/write-wacz.ts';
import { IntegrityError, NotFoundError, UsageError } from '../domain/errors.ts';
import type { Store } from '../store/store.ts';

export interface ExportSelection {
  /** Captured on or after (a date is its first instant, UTC). */
  readonly from?: string;
  /** Captured on or before (a date is its last instant, UTC). */
  readonly to?: string;
  /** The documents a claim's positions stand in. */
  readonly claim?: string;
  /** Document ids (SHA-256), or unambiguous prefixes of at least 8 characters. */
  readonly docs?: readonly string[];
}

export interface ExportResult {
  readonly file: string;
  readonly sha256: string;
  readonly bytes: number;
  readonly originals: number;
}

/**
 * Packs the chosen originals, as the archive keeps them, into a WACZ file
 * (write-wacz.ts), and records an `export` entry for each naming the file and its
 * digest. Without a claim or documents, every captured original is chosen; dates narrow
 * any choice by when each was captured (the source's capture time, else the archive's).
 * Each original is checked against its hash as it is read; the file appears whole or
 * not at all (temp file, fsync, rename).
 */
export async function exportWacz(archive: Archive, store: Store | undefined, file: string, selection: ExportSelection, who: string, software: string): Promise<ExportResult> {
  const from = bound(selection.from, 'from');
  const to = bound(selection.to, 'to');
  const first = new Map<string, CustodyEntry>();
  const custody = new Map<string, string[]>();
  for await (const e of archive.entries()) {
    if (!e.sha256 || e.action === 'repair') continue;
    if ((e.action === 'capture' || e.action === 'import') && !first.has(e.sha256)) first.set(e.sha256, e);
    custody.set(e.sha256, [...(custody.get(e.sha256) ?? []), canonicalJson(e)]);
  }
  const wanted = new Set<string>();
  for (const d of selection.docs ?? []) wanted.add(resolveId(d, first));
  if (selection.claim !== undefined) {
    if (!store) throw new UsageError('--claim needs the store');
    const claim = await store.claim(selection.claim);
    if (!claim) throw new NotFoundError(`no claim ${selection.claim} in the store`);
    for (const p of claim.positions) wanted.add(p.docId);
  }
  const missing = [...wanted].filter((id) => !first.has(id));
  if (missing.length > 0) throw new NotFoundError(`not in the archive (ingested before it was kept?): ${missing.join(', ')}`);
  const chosen = [...first.values()].filter((e) => {
    if (wanted.size > 0 && !wanted.has(e.sha256 as string)) return false;
    const t = captured(e);
    return (!from || t >= from) && (!to || t <= to);
  });
  if (chosen.length === 0) throw new NotFoundError('no archived original matches that choice');

  const created = new Date().toISOString();
  const items: WaczItem[] = [];
  for (const e of chosen) {
    const sha256 = e.sha256 as string;
    const bytes = await archive.get(sha256);
    if (!bytes) throw new IntegrityError(`the original ${sha256} is missing from the archive (run claimtrail verify)`);
    items.push({ sha256, bytes, mediaType: e.mediaType ?? 'application/octet-stream', targetUri: targetUri(e), date: captured(e), custody: custody.get(sha256) ?? [] });
  }
  const wacz = writeWacz(items, { title: `claimtrail export of ${items.length} originals`, software, created });
  const path = resolve(file);
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  writeSynced(tmp, wacz);
  renameSync(tmp, path);
  fsyncDir(dirname(path));
  const sha256 = createHash('sha256').update(wacz).digest('hex');
  for (const item of items) {
    await archive.record({ who, action: 'export', uri: path, sha256: item.sha256, size: item.bytes.length, mediaType: item.mediaType, note: `WACZ sha256:${sha256}` });
  }
  return { file: path, sha256, bytes: wacz.length, originals: items.length };
}

/** A date or time as an ISO instant; a bare date covers its whole day. */
function bound(v: string | undefined, which: 'from' | 'to'): string | undefined {
  if (v === undefined) return undefined;
  const day = /^\d{4}-\d{2}-\d{2}$/.test(v);
  const t = Date.parse(day ? `${v}T${which === 'from' ? '00:00:00.000' : '23:59:59.999'}Z` : v);
  if (Number.isNaN(t)) throw new UsageError(`--${which} needs a date (YYYY-MM-DD) or an ISO 8601 time, got '${v}'`);
  return new Date(t).toISOString();
}

/** When an original was captured: the source's time when it gave a readable one, else the archive's. */
function captured(e: CustodyEntry): string {
  const t = e.capturedAt ? Date.parse(e.capturedAt) : NaN;
  return Number.isNaN(t) ? e.at : new Date(t).toISOString();
}

function targetUri(e: CustodyEntry): string {
  if (e.url) return e.url;
  return /^[a-z][a-z0-9+.-]+:/i.test(e.uri) ? e.uri : pathToFileURL(e.uri).href;
}

function resolveId(id: string, known: ReadonlyMap<string, unknown>): string {
  const want = id.trim().toLowerCase();
  if (known.has(want) || want.length === 64) return want;
  if (want.length < 8) throw new UsageError(`--doc ${id}: give at least 8 characters of the document id`);
  const matches = [...known.keys()].filter((k) => k.startsWith(want));
  if (matches.length > 1) throw new UsageError(`--doc ${id} matches ${matches.length} documents; give more of the id`);
  return matches[0] ?? want;
}
