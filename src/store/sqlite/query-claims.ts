/**
 * Claims, the most positions first, then by id; filtered by story and by an entity that
 * takes a position. The count of positions is stored with each claim, so that the
 * claims_order and claims_story indexes deliver a page in order; the positions of the
 * claims on a page are then read in one query.
 */
import type { SQLInputValue } from 'node:sqlite';
import { z } from 'zod';
import { cursorCodec } from '../cursor-codec.ts';
import { pageOf } from '../page-of.ts';
import { pageSize } from '../page-size.ts';
import type { ClaimQuery, Page, StoredClaim, StoredClaimPosition } from '../store.ts';
import { keysetAfter } from './keyset-after.ts';
import type { SortColumn } from './keyset-after.ts';
import { linkRowSchemas } from './link-row-schemas.ts';
import { parseRow } from './parse-row.ts';
import type { StatementCache } from './statement-cache.ts';

const cursor = cursorCodec('claims', z.tuple([z.int().nonnegative(), z.string()]));
const ORDER: readonly SortColumn[] = [{ expr: 'c.position_count', desc: true }, { expr: 'c.id' }];
const COLUMNS = 'c.seq, c.id, c.text, c.story, c.position_count';

const POSITIONS_OF = `SELECT p.claim_seq, d.id AS doc_id, p.doc, p.speaker, p.position, p.span_start, p.span_end,
  p.attribution, p.entity_id, p.text
  FROM claim_positions p JOIN documents d ON d.seq = p.doc_seq
  WHERE p.claim_seq IN (SELECT value FROM json_each(?)) ORDER BY p.claim_seq, p.idx`;

type ClaimRow = z.infer<typeof linkRowSchemas.claim>;

/** The claims of `rows`, each with its positions in the order they were given. */
export function withPositions(sql: StatementCache, rows: readonly ClaimRow[]): StoredClaim[] {
  const positions = new Map<number, StoredClaimPosition[]>();
  for (const row of sql(POSITIONS_OF).all(JSON.stringify(rows.map((r) => r.seq)))) {
    const { claimSeq, position } = parseRow(linkRowSchemas.position, row, 'claim position');
    const list = positions.get(claimSeq) ?? [];
    list.push(position);
    positions.set(claimSeq, list);
  }
  return rows.map((r) => ({ id: r.id, text: r.text, story: r.story, positions: positions.get(r.seq) ?? [] }));
}

export function queryClaims(sql: StatementCache, query: ClaimQuery = {}): Page<StoredClaim> {
  const limit = pageSize(query.limit);
  const where: string[] = [];
  const params: SQLInputValue[] = [];
  if (query.story !== undefined) {
    where.push('c.story = ?');
    params.push(query.story);
  }
  if (query.entityId !== undefined) {
    where.push('c.seq IN (SELECT claim_seq FROM claim_positions WHERE entity_id = ?)');
    params.push(query.entityId);
  }
  if (query.cursor !== undefined) {
    const after = keysetAfter(ORDER, cursor.decode(query.cursor));
    where.push(after.sql);
    params.push(...after.params);
  }
  const rows = sql(
    `SELECT ${COLUMNS} FROM claims c ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''}
     ORDER BY c.position_count DESC, c.id LIMIT ?`,
  )
    .all(...params, limit + 1)
    .map((r) => parseRow(linkRowSchemas.claim, r, 'claim'));
  const shown = new Map(withPositions(sql, rows.slice(0, limit)).map((c) => [c.id, c]));
  return pageOf(
    rows,
    limit,
    (r) => shown.get(r.id) as StoredClaim,
    (r) => cursor.encode([r.position_count, r.id]),
  );
}

export function readClaim(sql: StatementCache, id: string): StoredClaim | undefined {
  const row = sql(`SELECT ${COLUMNS} FROM claims c WHERE c.id = ?`).get(id);
  if (row === undefined) return undefined;
  return withPositions(sql, [parseRow(linkRowSchemas.claim, row, 'claim')])[0];
}
