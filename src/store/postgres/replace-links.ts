/**
 * Replacing everything linking across the collection found (StoredLinks), in one
 * transaction on one connection: the link tables are emptied and refilled, and the link
 * columns of attributions rewritten where they changed (write-linked-speakers.ts).
 * Documents, their analyses and the entity overrides are not touched. Anything
 * inconsistent with the store (an unknown document, attribution or entity, an id given
 * twice) fails the whole call with a StoreError and leaves the previous links as they
 * were. The tables are emptied with DELETE rather than TRUNCATE: TRUNCATE would lock
 * out every reader until the new links commit, DELETE lets them read the old ones.
 * Entity counts are computed here, once per linking, so that lists order by them
 * straight off an index. Rows go in as arrays (unnest), one statement per table.
 */
import { z } from 'zod';
import { StoreError } from '../../domain/errors.ts';
import { domainEnums } from '../domain-enums.ts';
import type { StoredLinks } from '../store.ts';
import { wordKey } from '../word-key.ts';
import { documentSeqs } from './document-seqs.ts';
import { parseRow } from './parse-row.ts';
import type { PgPool, Queryable } from './pg-pool.ts';
import { writeClaims } from './write-claims.ts';
import { writeLinkedSpeakers } from './write-linked-speakers.ts';

/** The first key of the advisory lock that serialises replaceLinks: "CTLK". */
const LINKS_LOCK = 0x43544c4b;

const LINK_TABLES = [
  'entity_members',
  'claim_positions',
  'claims',
  'copies',
  'document_events',
  'collection_entities',
];

const INSERT_MEMBERS = `INSERT INTO entity_members (doc_seq, local, entity_id)
  SELECT * FROM unnest($1::int[], $2::int[], $3::text[])`;
const UNKNOWN_MEMBER = `SELECT d.id, m.local, (SELECT count(*) FROM entities e WHERE e.doc_seq = m.doc_seq) AS n
  FROM entity_members m JOIN documents d ON d.seq = m.doc_seq
  WHERE NOT EXISTS (SELECT 1 FROM entities e WHERE e.doc_seq = m.doc_seq AND e.idx = m.local) LIMIT 1`;
// Mentions per collection entity: the mentions whose document entity is one of its members.
const INSERT_ENTITIES = `INSERT INTO collection_entities (id, name, kind, aliases, name_words, mentions, statements)
  SELECT u.id, u.name, u.kind, coalesce(al.aliases, '{}'), u.name_words, coalesce(c.mentions, 0), u.statements
  FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::int[]) WITH ORDINALITY
    u(id, name, kind, name_words, statements, ord)
  LEFT JOIN (SELECT x.entity, array_agg(x.alias ORDER BY x.n) AS aliases
    FROM unnest($6::int[], $7::text[]) WITH ORDINALITY x(entity, alias, n) GROUP BY x.entity) al
    ON al.entity = u.ord - 1
  LEFT JOIN (SELECT m.entity_id, count(*)::int AS mentions FROM entity_members m
    JOIN mentions mt ON mt.doc_seq = m.doc_seq AND mt.entity = m.local GROUP BY m.entity_id) c ON c.entity_id = u.id`;
const INSERT_COPIES = `INSERT INTO copies (doc_seq, source_seq, similarity, exact)
  SELECT * FROM unnest($1::int[], $2::int[], $3::float8[], $4::boolean[])`;
const INSERT_EVENTS = `INSERT INTO document_events (doc_seq, event, story)
  SELECT * FROM unnest($1::int[], $2::text[], $3::text[])`;

const unknownMemberRow = z.object({ id: z.string(), local: z.int(), n: z.int() });

function fail(message: string): never {
  throw new StoreError(`replaceLinks: ${message}`);
}

/** The ids the links define; each once, each of a known kind. */
function entityIds(entities: StoredLinks['entities']): Set<string> {
  const ids = new Set<string>();
  for (const e of entities) {
    if (ids.has(e.id)) fail(`entity ${JSON.stringify(e.id)} is defined twice`);
    if (!domainEnums.entityKind.safeParse(e.kind).success) {
      fail(`entity ${JSON.stringify(e.id)} has the kind ${JSON.stringify(e.kind)}`);
    }
    ids.add(e.id);
  }
  return ids;
}

/** Fails with `twice(item)` when `key` gives the same key to two items. */
function once<T>(items: readonly T[], key: (item: T) => string, twice: (item: T) => string): void {
  const seen = new Set<string>();
  for (const item of items) {
    const k = key(item);
    if (seen.has(k)) fail(twice(item));
    seen.add(k);
  }
}

async function writeEntities(db: Queryable, links: StoredLinks): Promise<void> {
  const statements = new Map<string, number>();
  for (const s of links.speakers) {
    if (s.entityId !== undefined) statements.set(s.entityId, (statements.get(s.entityId) ?? 0) + 1);
  }
  const aliases = links.entities.flatMap((e, i) => e.aliases.map((alias) => [i, alias] as const));
  await db.query(INSERT_ENTITIES, [
    links.entities.map((e) => e.id),
    links.entities.map((e) => e.name),
    links.entities.map((e) => e.kind),
    // The name's and each alias's words, each with a space before and after (word-key.ts).
    links.entities.map((e) => [e.name, ...e.aliases].map(wordKey).join('')),
    links.entities.map((e) => statements.get(e.id) ?? 0),
    aliases.map(([i]) => i),
    aliases.map(([, alias]) => alias),
  ]);
}

export async function replaceLinks(pool: PgPool, links: StoredLinks): Promise<void> {
  const ids = entityIds(links.entities);
  const hasEntity = (id: string) => ids.has(id);
  for (const m of links.members) {
    if (!hasEntity(m.entityId))
      fail(`a member refers to entity ${JSON.stringify(m.entityId)}, which the links do not define`);
    if (!Number.isInteger(m.local) || m.local < 0)
      fail(`a member of ${m.entityId} has the local index ${m.local}`);
  }
  once(
    links.members,
    (m) => `${m.docId}#${m.local}`,
    (m) => `entity ${m.local} of document ${m.docId} is a member twice`,
  );
  once(
    links.copies,
    (c) => c.docId,
    (c) => `document ${c.docId} is given as a copy twice`,
  );
  once(
    links.events,
    (e) => e.docId,
    (e) => `document ${e.docId} is given an event twice`,
  );
  await pool.transaction(async (db) => {
    // Two replaceLinks at once would each empty the tables and then both fill them; the
    // second waits for the first instead, and then replaces its links whole.
    await db.query('SELECT pg_advisory_xact_lock($1, hashtext(current_schema()))', [LINKS_LOCK]);
    const seqOf = await documentSeqs(db, links);
    for (const table of LINK_TABLES) await db.query(`DELETE FROM ${table}`);
    await db.query(INSERT_MEMBERS, [
      links.members.map((m) => seqOf(m.docId, 'an entity member')),
      links.members.map((m) => m.local),
      links.members.map((m) => m.entityId),
    ]);
    const [unknown] = await db.query(UNKNOWN_MEMBER);
    if (unknown !== undefined) {
      const { id, local, n } = parseRow(unknownMemberRow, unknown, 'entity member');
      fail(`a member refers to entity ${local} of document ${id}, which has ${n}`);
    }
    await writeEntities(db, links);
    await writeLinkedSpeakers(db, links.speakers, seqOf, hasEntity);
    await writeClaims(db, links.claims, seqOf, hasEntity);
    const copies = links.copies.map((c) => {
      const docSeq = seqOf(c.docId, 'a copy');
      const sourceSeq = seqOf(c.sourceId, `the copy ${c.docId}`);
      if (docSeq === sourceSeq) fail(`document ${c.docId} is given as a copy of itself`);
      return [docSeq, sourceSeq, c.similarity, c.exact] as const;
    });
    await db.query(
      INSERT_COPIES,
      [0, 1, 2, 3].map((k) => copies.map((c) => c[k])),
    );
    await db.query(INSERT_EVENTS, [
      links.events.map((e) => seqOf(e.docId, 'an event')),
      links.events.map((e) => e.event),
      links.events.map((e) => e.story),
    ]);
  });
}
