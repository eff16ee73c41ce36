/**
 * Document ids to the row numbers (`seq`) that link tables refer to, read once per
 * replaceLinks: links name documents by id, tens of thousands of times over, and one
 * read of every id costs less than a lookup each. An unknown id is a StoreError naming
 * it and what referred to it, so that a failed replaceLinks says what was wrong.
 */
import { z } from 'zod';
import { StoreError } from '../../domain/errors.ts';
import { parseRow } from './parse-row.ts';
import type { StatementCache } from './statement-cache.ts';

const idRow = z.object({ id: z.string(), seq: z.int() });

export type SeqOf = (docId: string, referredBy: string) => number;

export function documentSeqs(sql: StatementCache): SeqOf {
  const seqs = new Map<string, number>();
  for (const row of sql('SELECT id, seq FROM documents').all()) {
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
