/**
 * Replacing everything linking across the collection found (StoredLinks), in one
 * transaction: the link tables are emptied and refilled, and the link columns of
 * attributions rewritten where they changed (write-linked-speakers.ts). Documents, their
 * analyses and the entity overrides are not touched. Anything inconsistent with the
 * store (an unknown document, attribution or entity, an id given twice) fails the whole
 * call with a StoreError and leaves the previous links as they were.
 * Entity counts are computed here, once per linking, so that lists order by them
 * straight off an index.
 */
import { StoreError } from '../../domain/errors.ts';
import { domainEnums } from '../domain-enums.ts';
import type { StoredLinks } from '../store.ts';
import { wordKey } from '../word-key.ts';
import { documentSeqs } from './document-seqs.ts';
import { entityMembers } from './entity-members.ts';
import { insertRows } from './insert-rows.ts';
import type { StatementCache } from './statement-cache.ts';
import { writeClaims } from './write-claims.ts';
import { CREATE_LINKED_SPEAKERS, writeLinkedSpeakers } from './write-linked-speakers.ts';

const LINK_TABLES = [
  'entity_members',
  'claim_positions',
  'claims',
  'copies',
  'document_events',
  'collection_entities',
];

function fail(message: string): never {
  throw new StoreError(`replaceLinks: ${message}`);
}

/** The ids the links define, to their index; each once, each of a known kind. */
function entityIndex(entities: StoredLinks['entities']): Map<string, number> {
  const ids = new Map<string, number>();
  entities.forEach((e, i) => {
    if (ids.has(e.id)) fail(`entity ${JSON.stringify(e.id)} is defined twice`);
    if (!domainEnums.entityKind.safeParse(e.kind).success) {
      fail(`entity ${JSON.stringify(e.id)} has the kind ${JSON.stringify(e.kind)}`);
    }
    ids.set(e.id, i);
  });
  return ids;
}

/** The name's and each alias's words, each with a space before and after (word-key.ts). */
function nameWords(e: StoredLinks['entities'][number]): string {
  return [e.name, ...e.aliases].map(wordKey).join('');
}

function count<T>(items: readonly T[], key: (item: T) => string | undefined): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) {
    const k = key(item);
    if (k !== undefined) counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  return counts;
}

export function replaceLinks(sql: StatementCache, links: StoredLinks): void {
  const ids = entityIndex(links.entities);
  const hasEntity = (id: string) => ids.has(id);
  sql(CREATE_LINKED_SPEAKERS).run();
  sql('BEGIN IMMEDIATE').run();
  try {
    for (const table of LINK_TABLES) sql(`DELETE FROM ${table}`).run();
    const seqOf = documentSeqs(sql);
    const members = entityMembers(sql, links.members, seqOf, ids);
    insertRows(sql, 'entity_members', ['doc_seq', 'local', 'entity_id'], members.rows);
    const statements = count(links.speakers, (s) => s.entityId);
    insertRows(
      sql,
      'collection_entities',
      ['id', 'name', 'kind', 'aliases', 'name_words', 'mentions', 'statements'],
      links.entities.map((e, i) => [
        e.id,
        e.name,
        e.kind,
        JSON.stringify(e.aliases),
        nameWords(e),
        members.mentions[i] ?? 0,
        statements.get(e.id) ?? 0,
      ]),
    );
    writeLinkedSpeakers(sql, links.speakers, seqOf, hasEntity);
    writeClaims(sql, links.claims, seqOf, hasEntity);
    insertRows(
      sql,
      'copies',
      ['doc_seq', 'source_seq', 'similarity', 'exact'],
      links.copies.map((c) => [
        seqOf(c.docId, 'a copy'),
        seqOf(c.sourceId, `the copy ${c.docId}`),
        c.similarity,
        c.exact ? 1 : 0,
      ]),
    );
    insertRows(
      sql,
      'document_events',
      ['doc_seq', 'event', 'story'],
      links.events.map((e) => [seqOf(e.docId, 'an event'), e.event, e.story]),
    );
    sql('COMMIT').run();
  } catch (err) {
    // A failed statement may have ended the transaction already; roll back what is left.
    try {
      sql('ROLLBACK').run();
    } catch {
      // nothing left to roll back
    }
    throw err;
  }
}
