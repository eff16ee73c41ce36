/**
 * Claims and their positions (StoredLinks.claims). Each position's evidence text is cut
 * from its document here, as an attribution's content is when a document is added, so
 * that a claim reads the words that stand in the store whatever text the caller passed;
 * a span that does not lie within its document is a StoreError. Texts are read one
 * document at a time, each once, however many positions stand in it.
 */
import type { SQLInputValue } from 'node:sqlite';
import { z } from 'zod';
import { StoreError } from '../../domain/errors.ts';
import { domainEnums } from '../domain-enums.ts';
import type { StoredLinks } from '../store.ts';
import type { SeqOf } from './document-seqs.ts';
import { insertRows } from './insert-rows.ts';
import { parseRow } from './parse-row.ts';
import type { StatementCache } from './statement-cache.ts';

const CLAIM_COLUMNS = ['seq', 'id', 'text', 'story', 'position_count'];
const POSITION_COLUMNS = [
  'claim_seq',
  'idx',
  'doc_seq',
  'doc',
  'speaker',
  'position',
  'span_start',
  'span_end',
  'attribution',
  'entity_id',
  'text',
];
const TEXT = POSITION_COLUMNS.indexOf('text');

const textRow = z.object({ text: z.string() });

const UNKNOWN_ATTRIBUTION = `SELECT c.id, p.attribution FROM claim_positions p JOIN claims c ON c.seq = p.claim_seq
  WHERE p.attribution IS NOT NULL
    AND NOT EXISTS (SELECT 1 FROM attributions a WHERE a.doc_seq = p.doc_seq AND a.idx = p.attribution) LIMIT 1`;
const unknownRow = z.object({ id: z.string(), attribution: z.int() });

function fail(message: string): never {
  throw new StoreError(`replaceLinks: ${message}`);
}

/** Writes `claims` into the emptied claim tables; claim rows are numbered from 1 in the order given. */
export function writeClaims(
  sql: StatementCache,
  claims: StoredLinks['claims'],
  seqOf: SeqOf,
  hasEntity: (id: string) => boolean,
): void {
  const positions: SQLInputValue[][] = [];
  const byDoc = new Map<number, number[]>();
  const claimRows = claims.map((c, i) => {
    c.positions.forEach((p, idx) => {
      const docSeq = seqOf(p.docId, `a position on claim ${JSON.stringify(c.id)}`);
      if (!domainEnums.position.safeParse(p.position).success) {
        fail(`claim ${JSON.stringify(c.id)} has a position ${JSON.stringify(p.position)}`);
      }
      if (p.entityId !== undefined && !hasEntity(p.entityId)) {
        fail(
          `a position on claim ${JSON.stringify(c.id)} refers to entity ${JSON.stringify(p.entityId)}, which the links do not define`,
        );
      }
      const at = byDoc.get(docSeq) ?? [];
      at.push(positions.length);
      byDoc.set(docSeq, at);
      const { start, end } = p.span;
      positions.push([
        i + 1,
        idx,
        docSeq,
        p.doc,
        p.speaker,
        p.position,
        start,
        end,
        p.attribution ?? null,
        p.entityId ?? null,
        null,
      ]);
    });
    return [i + 1, c.id, c.text, c.story, c.positions.length];
  });
  for (const [docSeq, rows] of byDoc) {
    const { text } = parseRow(
      textRow,
      sql('SELECT text FROM document_texts WHERE seq = ?').get(docSeq),
      'document text',
    );
    for (const k of rows) {
      const row = positions[k] as SQLInputValue[];
      const [start, end] = [row[6], row[7]] as [number, number];
      if (
        !Number.isInteger(start) ||
        !Number.isInteger(end) ||
        start < 0 ||
        start > end ||
        end > text.length
      ) {
        fail(
          `a position on claim ${JSON.stringify(claims[(row[0] as number) - 1]?.id)} has the span ${start}..${end}, outside its document`,
        );
      }
      row[TEXT] = text.slice(start, end);
    }
  }
  insertRows(sql, 'claims', CLAIM_COLUMNS, claimRows);
  insertRows(sql, 'claim_positions', POSITION_COLUMNS, positions);
  const unknown = sql(UNKNOWN_ATTRIBUTION).get();
  if (unknown !== undefined) {
    const { id, attribution } = parseRow(unknownRow, unknown, 'claim position');
    fail(
      `a position on claim ${JSON.stringify(id)} names attribution ${attribution}, which its document lacks`,
    );
  }
}
