/**
 * The members of collection entities (StoredLinks.members) as rows, each checked against
 * the document entity it names, and how many mentions each collection entity has: the
 * mentions whose document entity is one of its members. Mentions are read as one list
 * of entity indexes per document (a scan in primary-key order, no sort) and counted in
 * typed arrays; joining a million mentions to their memberships in SQL took three times
 * as long.
 */
import type { SQLInputValue } from 'node:sqlite';
import { z } from 'zod';
import { StoreError } from '../../domain/errors.ts';
import type { StoredLinks } from '../store.ts';
import type { SeqOf } from './document-seqs.ts';
import { parseRow } from './parse-row.ts';
import type { StatementCache } from './statement-cache.ts';

// max() on a prefix of the primary key is one seek; indexes run from 0 without gaps.
const ENTITY_COUNT = 'SELECT coalesce(max(idx) + 1, 0) AS n FROM entities WHERE doc_seq = ?';
const MENTIONED = `SELECT doc_seq, group_concat(entity) AS entities FROM mentions
  WHERE entity IS NOT NULL GROUP BY doc_seq`;

const countRow = z.object({ n: z.int() });
const mentionedRow = z.object({ doc_seq: z.int(), entities: z.string() });

function fail(message: string): never {
  throw new StoreError(`replaceLinks: ${message}`);
}

export interface EntityMembers {
  readonly rows: SQLInputValue[][];
  /** Mentions per collection entity, by its index in StoredLinks.entities. */
  readonly mentions: Int32Array;
}

/** `entityIndex`: collection entity id → its index in StoredLinks.entities. */
export function entityMembers(
  sql: StatementCache,
  members: StoredLinks['members'],
  seqOf: SeqOf,
  entityIndex: ReadonlyMap<string, number>,
): EntityMembers {
  // Per document: local entity index → collection entity index, -1 where none.
  const byDoc = new Map<number, number[]>();
  const rows = members.map((m) => {
    const docSeq = seqOf(m.docId, 'an entity member');
    const k = entityIndex.get(m.entityId);
    if (k === undefined)
      fail(`a member refers to entity ${JSON.stringify(m.entityId)}, which the links do not define`);
    if (!Number.isInteger(m.local) || m.local < 0)
      fail(`a member of ${m.entityId} has the local index ${m.local}`);
    const locals = byDoc.get(docSeq) ?? [];
    if ((locals[m.local] ?? -1) >= 0) fail(`entity ${m.local} of document ${m.docId} is a member twice`);
    locals[m.local] = k;
    byDoc.set(docSeq, locals);
    return [docSeq, m.local, m.entityId];
  });
  for (const [docSeq, locals] of byDoc) {
    const { n } = parseRow(countRow, sql(ENTITY_COUNT).get(docSeq), 'count');
    if (locals.length > n) {
      const docId = members.find((m) => seqOf(m.docId, 'an entity member') === docSeq)?.docId;
      fail(`a member refers to entity ${locals.length - 1} of document ${docId}, which has ${n}`);
    }
  }
  const mentions = new Int32Array(entityIndex.size);
  for (const row of sql(MENTIONED).all()) {
    const { doc_seq, entities } = parseRow(mentionedRow, row, 'mention');
    const locals = byDoc.get(doc_seq);
    if (locals === undefined) continue;
    // `entities` is "3,0,1,...": digits read by hand, a million strings would cost more.
    let local = 0;
    for (let i = 0; i <= entities.length; i++) {
      const c = i < entities.length ? entities.charCodeAt(i) : 44;
      if (c !== 44) {
        local = local * 10 + (c - 48);
        continue;
      }
      const k = locals[local] ?? -1;
      if (k >= 0) mentions[k] = (mentions[k] ?? 0) + 1;
      local = 0;
    }
  }
  return { rows, mentions };
}
