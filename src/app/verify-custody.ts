import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { ArchiveProblem, ArchiveReport } from '../archive/check-archive.ts';
import { openArchive } from '../archive/open-archive.ts';
import { NotFoundError, UsageError } from '../domain/errors.ts';
import { archiveLocation } from './archive-location.ts';
import { openStore } from './open-store.ts';

export interface CustodyCheck extends ArchiveReport {
  /** The store beside the archive, when there is one: how many documents it holds. */
  readonly store?: { readonly location: string; readonly documents: number };
  /** Whether a `verify` entry was recorded (only when nothing was found). */
  readonly recorded: boolean;
}

const PAGE = 1000;

/**
 * Checks the archive beside a store (check-archive.ts) and the two against each other:
 * every stored document's original must be in the archive, and every `ingest` entry for
 * this store must name a document it holds. A clean check is itself recorded (a
 * `verify` entry naming the head of the chain) unless `record` is false. Neither the
 * archive nor the store is created when missing.
 */
export async function verifyCustody(storeLocation: string, who: string, options: { readonly record?: boolean } = {}): Promise<CustodyCheck> {
  const dir = archiveLocation(storeLocation);
  if (dir === undefined) throw new UsageError(`the store ${storeLocation} keeps no archive (an in-memory store has none)`);
  if (!existsSync(dir)) throw new NotFoundError(`no archive at ${dir} (claimtrail ingest makes it beside the store)`);
  const archive = await openArchive(dir, { who });
  try {
    const report = await archive.verify();
    const problems: ArchiveProblem[] = [...report.problems];
    const storePath = storeLocation.replace(/^sqlite:/, '');
    let store: CustodyCheck['store'];
    if (existsSync(storePath)) {
      const s = await openStore(storeLocation);
      try {
        let documents = 0;
        let cursor: string | undefined;
        do {
          const page = await s.listDocuments({ limit: PAGE, ...(cursor ? { cursor } : {}) });
          for (const d of page.items) {
            documents++;
            if (!(await archive.has(d.id))) problems.push({ where: `store document ${d.id} (${d.name})`, sha256: d.id, message: 'its original is not in the archive' });
          }
          cursor = page.next;
        } while (cursor);
        store = { location: resolve(storePath), documents };
        // a damaged log was reported above; its entries cannot be trusted to check the store by
        if (report.problems.length === 0) {
          for await (const e of archive.entries()) {
            if (e.action !== 'ingest' || e.uri !== store.location || !e.docId) continue;
            if (!(await s.hasDocument(e.docId))) {
              problems.push({ where: `custody.jsonl line ${e.seq} (seq ${e.seq})`, seq: e.seq, line: e.seq, message: `records that ${e.docId} went into this store, which does not hold it` });
            }
          }
        }
      } finally {
        await s.close();
      }
    }
    let recorded = false;
    if (problems.length === 0 && options.record !== false && report.head) {
      const note = `${report.entries} entries and ${report.objects} objects sound, head seq ${report.head.seq} ${report.head.hash}${store ? `; all ${store.documents} documents of ${store.location} archived` : ''}`;
      recorded = (await archive.record({ who, action: 'verify', uri: resolve(dir), note })).recorded;
    }
    return { ...report, problems, ...(store ? { store } : {}), recorded };
  } finally {
    await archive.close();
  }
}
