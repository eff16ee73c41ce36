/**
 * The SQLite store: the shared Store contract on an in-memory database, and what only a
 * database file shows: data surviving a close, migrations applied once, and an older
 * schema's data upgraded.
 */
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { after, before, describe, it } from 'node:test';
import { StoreError } from '../../domain/errors.ts';
import { storyDocuments } from '../contract-fixtures.ts';
import { storeContract } from '../store-contract.ts';
import { linkedStoryDocuments, storyLinks } from '../contract/story-links.ts';
import { applyMigrations } from './apply-migrations.ts';
import { migrations } from './migrations.ts';
import { openSqliteStore } from './open-sqlite-store.ts';
import { statementCache } from './statement-cache.ts';
import { writeStoredDocument } from './write-stored-document.ts';

storeContract('sqlite', () => openSqliteStore(':memory:'));

describe('SQLite store in a file', () => {
  let dir: string;
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'claimtrail-store-'));
  });
  after(() => rm(dir, { recursive: true, force: true }));

  const migrationRows = (path: string) => {
    const db = new DatabaseSync(path, { readOnly: true });
    try {
      return db.prepare('SELECT version, name, applied_at FROM schema_migrations ORDER BY version').all();
    } finally {
      db.close();
    }
  };

  it('keeps what was added across close and reopen, without migrating again', async () => {
    const path = join(dir, 'story.db');
    const story = storyDocuments();
    const first = await openSqliteStore(path);
    for (const doc of story) await first.addDocument(doc);
    const stats = await first.stats();
    await first.close();
    const applied = migrationRows(path);
    assert.equal(applied.length, migrations.length);

    const second = await openSqliteStore(path);
    try {
      assert.deepEqual(await second.stats(), stats);
      for (const doc of story) assert.deepStrictEqual(await second.getDocument(doc.document.id), doc);
      assert.equal((await second.search({ text: 'cracks' })).items.length, 2);
      assert.deepEqual(await second.addDocument(story[0] as (typeof story)[0]), { added: false });
    } finally {
      await second.close();
    }
    assert.deepEqual(migrationRows(path), applied);
    // The full-text indexes agree with their content tables, row for row.
    const db = new DatabaseSync(path);
    try {
      for (const fts of ['documents_fts', 'attributions_fts']) {
        db.exec(`INSERT INTO ${fts} (${fts}, rank) VALUES ('integrity-check', 1)`);
      }
    } finally {
      db.close();
    }
  });

  it('upgrades a database of schema 2 holding documents, which then link and keep their links', async () => {
    const path = join(dir, 'schema-2.db');
    const docs = linkedStoryDocuments();
    const old = new DatabaseSync(path, { enableForeignKeyConstraints: true });
    applyMigrations(old, migrations.slice(0, 2));
    for (const doc of docs) writeStoredDocument(statementCache(old), doc, '2031-04-11T00:00:00.000Z');
    old.close();

    const upgraded = await openSqliteStore(path);
    try {
      assert.equal(migrationRows(path).length, migrations.length);
      assert.equal((await upgraded.attributions({ speaker: 'K. Vell' })).items.length, 2);
      await upgraded.replaceLinks(storyLinks(docs));
    } finally {
      await upgraded.close();
    }
    const reopened = await openSqliteStore(path);
    try {
      assert.equal((await reopened.attributions({ speaker: 'kasimir vell' })).items.length, 5);
      assert.equal((await reopened.entity('c-vell'))?.mentions, 5);
      assert.equal((await reopened.claims()).items.length, storyLinks(docs).claims.length);
      for (const doc of docs) assert.deepStrictEqual(await reopened.getDocument(doc.document.id), doc);
    } finally {
      await reopened.close();
    }
  });

  it('keeps the link indexes that a failed replaceLinks dropped to rebuild', async () => {
    const path = join(dir, 'rebuild.db');
    const docs = linkedStoryDocuments();
    const links = storyLinks(docs);
    const indexes = () => {
      const db = new DatabaseSync(path, { readOnly: true });
      try {
        return db
          .prepare(
            "SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND name LIKE 'attributions_%' ORDER BY name",
          )
          .all()
          .map((r) => ({ ...r }));
      } finally {
        db.close();
      }
    };
    const store = await openSqliteStore(path);
    try {
      for (const doc of docs) await store.addDocument(doc);
      const before = indexes();
      assert.equal(before.length, 3);
      // Every speaker changes, so the indexes are dropped; the last event then fails.
      const broken = {
        ...links,
        events: [...links.events, { docId: 'no-such-document', event: 'e', story: 's' }],
      };
      await assert.rejects(store.replaceLinks(broken), StoreError);
      assert.deepEqual(indexes(), before);
      await store.replaceLinks(links);
      assert.deepEqual(indexes(), before);
      assert.equal((await store.attributions({ entityId: 'c-vell' })).items.length, 5);
    } finally {
      await store.close();
    }
  });

  it('leaves the file in WAL mode, so that readers do not wait for the writer', async () => {
    const path = join(dir, 'pragmas.db');
    await (await openSqliteStore(path)).close();
    const db = new DatabaseSync(path);
    try {
      assert.equal(db.prepare('PRAGMA journal_mode').get()?.['journal_mode'], 'wal');
    } finally {
      db.close();
    }
  });

  it('fails with a StoreError when the file cannot be a database', async () => {
    await assert.rejects(openSqliteStore(join(dir, 'no', 'such', 'dir', 'x.db')), StoreError);
    const notDb = join(dir, 'not-a-db.db');
    const { writeFile } = await import('node:fs/promises');
    await writeFile(notDb, 'this is not a SQLite database, just some words '.repeat(100));
    await assert.rejects(openSqliteStore(notDb), StoreError);
  });

  it('refuses a database from a newer claimtrail', async () => {
    const path = join(dir, 'newer.db');
    await (await openSqliteStore(path)).close();
    const db = new DatabaseSync(path);
    db.prepare("INSERT INTO schema_migrations (version, name, applied_at) VALUES (999, 'future', 'x')").run();
    db.close();
    await assert.rejects(
      openSqliteStore(path),
      (err) => err instanceof StoreError && /newer/.test(err.message),
    );
  });
});
