/**
 * The row numbers (`seq`) of the documents that links name by id, read once per
 * replaceLinks in one query for all of them: links name documents tens of thousands of
 * times over. An unknown id is a StoreError naming it and what referred to it, so that a
 * failed replaceLinks says what was wrong.
 */
import { z } from 'zod';
import { StoreError } from '../../domain/errors.ts';
import type { StoredLinks } from '../store.ts';
import { parseRow } from './parse-row.ts';
import type { Queryable } from './pg-pool.ts';

const idRow = z.object({ id: z.string(), seq: z.int() });

export type SeqOf = (docId: string, referredBy: string) => number;

/** Every document id `links` names. */
function namedIds(links: StoredLinks): string[] {
  const ids = new Set<string>();
  for (const m of links.members) ids.add(m.docId);
  for (const s of links.speakers) ids.add(s.docId);
  for (const c of links.claims) for (const p of c.positions) ids.add(p.docId);
  for (const c of links.copies) ids.add(c.docId).add(c.sourceId);
  for (const e of links.events) ids.add(e.docId);
  return [...ids];
}

export async function documentSeqs(db: Queryable, links: StoredLinks): Promise<SeqOf> {
  const seqs = new Map<string, number>();
  const ids = namedIds(links).filter((id) => typeof id === 'string');
  const rows =
    ids.length === 0 ? [] : await db.query('SELECT id, seq FROM documents WHERE id = ANY($1::text[])', [ids]);
  for (const row of rows) {
    const { id, seq } = parseRow(idRow, row, 'document');
    seqs.set(id, seq);
  }
  return (docId, referredBy) => {
    const seq = seqs.get(docId);
    if (seq === undefined) {
      throw new StoreError(
        `replaceLinks: ${referredBy} refers to document ${JSON.stringify(docId)}, which is not in the store`,
      );
    }
    return seq;
  };
}
