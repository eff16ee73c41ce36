import assert from 'node:assert/strict';
import { DatabaseSync } from 'node:sqlite';
import { describe, it } from 'node:test';
import { StoreError } from '../../domain/errors.ts';
import type { StoredDocument } from '../store.ts';
import { quarryLinked } from '../contract/quarry-links.ts';
import { applyMigrations } from './apply-migrations.ts';
import { documentSeqs } from './document-seqs.ts';
import { entityMembers } from './entity-members.ts';
import { migrations } from './migrations.ts';
import { statementCache } from './statement-cache.ts';
import { writeStoredDocument } from './write-stored-document.ts';

/** A quarry document with `n` entities, mentioned 0, 1, 2, ... times in turn. */
function withManyEntities(doc: StoredDocument, n: number): StoredDocument {
  const entities = Array.from({ length: n }, (_, i) => ({
    id: `e${i}`,
    name: `E ${i}`,
    kind: 'other' as const,
    aliases: [],
  }));
  const mentions = entities.flatMap((_, i) =>
    Array.from({ length: i % 4 }, () => ({
      start: 0,
      end: 6,
      text: 'Quarry',
      kind: 'other' as const,
      form: 'name' as const,
      entity: i,
    })),
  );
  return { ...doc, entities, mentions };
}

describe('entityMembers', () => {
  it('counts the mentions of each collection entity, past entity index 9 too', () => {
    const db = new DatabaseSync(':memory:');
    applyMigrations(db, migrations);
    const sql = statementCache(db);
    const docs = quarryLinked(3).docs.map((d) => withManyEntities(d, 23));
    for (const doc of docs) writeStoredDocument(sql, doc, '2031-04-11T00:00:00.000Z');
    // Document entity i of every document is collection entity i % 5.
    const members = docs.flatMap((d) =>
      d.entities.map((_, local) => ({ docId: d.document.id, local, entityId: `c${local % 5}` })),
    );
    const index = new Map(Array.from({ length: 5 }, (_, k) => [`c${k}`, k]));
    const { rows, mentions } = entityMembers(sql, members, documentSeqs(sql), index);
    assert.equal(rows.length, members.length);
    const want = Array.from({ length: 5 }, (_, k) =>
      docs.reduce((n, d) => n + d.mentions.filter((m) => (m.entity ?? -1) % 5 === k).length, 0),
    );
    assert.deepEqual([...mentions], want);
    assert.throws(
      () =>
        entityMembers(
          sql,
          [{ docId: docs[0]?.document.id ?? '', local: 23, entityId: 'c0' }],
          documentSeqs(sql),
          index,
        ),
      StoreError,
    );
    db.close();
  });
});
