import { resolve } from 'node:path';
import { openArchive } from '../archive/open-archive.ts';
import { archiveLocation } from './archive-location.ts';
import type { IngestCustody } from './ingest-items.ts';

/**
 * The archive beside a store, opened for `who` (archive-location.ts); undefined for a
 * store that has none (in memory). The store is named by its absolute path in custody entries.
 */
export async function openCustody(storeLocation: string, who: string): Promise<IngestCustody | undefined> {
  const dir = archiveLocation(storeLocation);
  if (dir === undefined) return undefined;
  const archive = await openArchive(dir, { who });
  return { archive, who, store: resolve(storeLocation.replace(/^sqlite:/, '')) };
}
