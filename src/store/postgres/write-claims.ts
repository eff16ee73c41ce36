/**
 * Claims and their positions (StoredLinks.claims), into the emptied claim tables; claim
 * rows are numbered from 1 in the order given. Each position's evidence is cut from its
 * document here, as an attribution's content is when a document is added, so that a
 * claim reads the words that stand in the store whatever text the caller passed; a span
 * that does not lie within its document is a StoreError. Spans are UTF-16 indexes, so
 * the cutting is done in JavaScript: texts are read a batch of documents at a time, each
 * once, however many positions stand in it.
 */
import { z } from 'zod';
import { StoreError } from '../../domain/errors.ts';
import { domainEnums } from '../domain-enums.ts';
import type { StoredLinks } from '../store.ts';
import type { SeqOf } from './document-seqs.ts';
import { parseRow } from './parse-row.ts';
import type { Queryable } from './pg-pool.ts';

/** How many document texts are held in memory at once while cutting evidence. */
const TEXT_BATCH = 500;

const INSERT_CLAIMS = `INSERT INTO claims (seq, id, text, story, position_count)
  SELECT * FROM unnest($1::int[], $2::text[], $3::text[], $4::text[], $5::int[])`;
const INSERT_POSITIONS = `INSERT INTO claim_positions (claim_seq, idx, doc_seq, doc, speaker, position,
    span_start, span_end, attribution, entity_id, text)
  SELECT * FROM unnest($1::int[], $2::int[], $3::int[], $4::text[], $5::text[], $6::text[], $7::int[],
    $8::int[], $9::int[], $10::text[], $11::text[])`;
const UNKNOWN_ATTRIBUTION = `SELECT c.id, p.attribution FROM claim_positions p JOIN claims c ON c.seq = p.claim_seq
  WHERE p.attribution IS NOT NULL
    AND NOT EXISTS (SELECT 1 FROM attributions a WHERE a.doc_seq = p.doc_seq AND a.idx = p.attribution) LIMIT 1`;

const textRow = z.object({ seq: z.int(), text: z.string() });
const unknownRow = z.object({ id: z.string(), attribution: z.int() });

function fail(message: string): never {
  throw new StoreError(`replaceLinks: ${message}`);
}

interface PositionRow {
  readonly claim: number;
  readonly values: unknown[];
  readonly docSeq: number;
  readonly start: number;
  readonly end: number;
}

export async function writeClaims(
  db: Queryable,
  claims: StoredLinks['claims'],
  seqOf: SeqOf,
  hasEntity: (id: string) => boolean,
): Promise<void> {
  const ids = new Set<string>();
  const positions: PositionRow[] = [];
  claims.forEach((c, i) => {
    if (ids.has(c.id)) fail(`claim ${JSON.stringify(c.id)} is given twice`);
    ids.add(c.id);
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
      const { start, end } = p.span;
      const values = [
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
      ];
      positions.push({ claim: i, values, docSeq, start, end });
    });
  });
  const docSeqs = [...new Set(positions.map((p) => p.docSeq))];
  const texts = new Array<string>(positions.length);
  for (let b = 0; b < docSeqs.length; b += TEXT_BATCH) {
    const batch = docSeqs.slice(b, b + TEXT_BATCH);
    const rows = await db.query('SELECT seq, text FROM document_texts WHERE seq = ANY($1::int[])', [batch]);
    const byDoc = new Map(rows.map((r) => parseRow(textRow, r, 'document text')).map((r) => [r.seq, r.text]));
    positions.forEach((p, k) => {
      const text = byDoc.get(p.docSeq);
      if (text === undefined) return;
      const { start, end } = p;
      if (
        !Number.isInteger(start) ||
        !Number.isInteger(end) ||
        start < 0 ||
        start > end ||
        end > text.length
      ) {
        fail(
          `a position on claim ${JSON.stringify(claims[p.claim]?.id)} has the span ${start}..${end}, outside its document`,
        );
      }
      texts[k] = text.slice(start, end);
    });
  }
  await db.query(INSERT_CLAIMS, [
    claims.map((_, i) => i + 1),
    claims.map((c) => c.id),
    claims.map((c) => c.text),
    claims.map((c) => c.story),
    claims.map((c) => c.positions.length),
  ]);
  const columns = Array.from({ length: 11 }, (_, c) =>
    positions.map((p, k) => (c === 10 ? (texts[k] ?? '') : p.values[c])),
  );
  await db.query(INSERT_POSITIONS, columns);
  const [unknown] = await db.query(UNKNOWN_ATTRIBUTION);
  if (unknown !== undefined) {
    const { id, attribution } = parseRow(unknownRow, unknown, 'claim position');
    fail(
      `a position on claim ${JSON.stringify(id)} names attribution ${attribution}, which its document lacks`,
    );
  }
}
