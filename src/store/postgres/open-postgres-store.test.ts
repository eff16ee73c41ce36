/**
 * The PostgreSQL store: the shared Store contract, each store in a schema of its own on
 * the test server, and what only PostgreSQL shows: data surviving a close, migrations
 * applied once even when several processes open a new schema at once, a newer schema
 * refused, U+0000 kept, and a clear StoreError when the server cannot be reached.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { StoreError, UsageError } from '../../domain/errors.ts';
import { storyDocuments } from '../contract-fixtures.ts';
import { spanOf } from '../contract/span-of.ts';
import { syntheticDocuments } from '../contract/synthetic-documents.ts';
import type { StoredDocument } from '../store.ts';
import { storeContract } from '../store-contract.ts';
import { applyMigrations } from './apply-migrations.ts';
import { migrations } from './migrations.ts';
import type { Migration } from './migrations.ts';
import { openPostgresStore } from './open-postgres-store.ts';
import {
  dropTestSchema,
  openTestPostgresStore,
  TEST_POSTGRES_URL,
  testSchemaName,
  withTestServer,
} from './open-test-postgres-store.ts';
import { pgPool } from './pg-pool.ts';

describe('PostgreSQL test server', () => {
  it('can be reached (see the message for how to start one)', async () => {
    await withTestServer(async (c) => {
      await c.query('SELECT 1');
    });
  });
});

storeContract('postgres', () => openTestPostgresStore());

describe('PostgreSQL store in a schema', () => {
  const migrationRows = (schema: string) =>
    withTestServer(
      async (c) =>
        (await c.query(`SELECT version, name, applied_at FROM ${schema}.schema_migrations ORDER BY version`))
          .rows,
    );

  it('keeps what was added across close and reopen, without migrating again', async () => {
    const schema = testSchemaName();
    try {
      const story = storyDocuments();
      const first = await openPostgresStore(TEST_POSTGRES_URL, { schema });
      for (const doc of story) await first.addDocument(doc);
      const stats = await first.stats();
      await first.close();
      const applied = await migrationRows(schema);
      assert.equal(applied.length, migrations.length);
      // The schema named in the URL, this time.
      const second = await openPostgresStore(`${TEST_POSTGRES_URL}?schema=${schema}`);
      try {
        assert.deepEqual(await second.stats(), stats);
        for (const doc of story) assert.deepStrictEqual(await second.getDocument(doc.document.id), doc);
        assert.equal((await second.search({ text: 'cracks' })).items.length, 2);
        assert.deepEqual(await second.addDocument(story[0] as (typeof story)[0]), { added: false });
      } finally {
        await second.close();
      }
      assert.deepEqual(await migrationRows(schema), applied);
    } finally {
      await dropTestSchema(schema);
    }
  });

  it('migrates a new schema once when several processes open it at once', async () => {
    const schema = testSchemaName();
    try {
      const stores = await Promise.all(
        Array.from({ length: 4 }, () => openPostgresStore(TEST_POSTGRES_URL, { schema, poolSize: 2 })),
      );
      const [one, ...others] = stores;
      assert.ok(one);
      await one.addDocument(storyDocuments()[0] as StoredDocument);
      for (const s of others) assert.equal((await s.stats()).documents, 1);
      await Promise.all(stores.map((s) => s.close()));
      assert.deepEqual(
        (await migrationRows(schema)).map((r) => r.version),
        migrations.map((m) => m.version),
      );
    } finally {
      await dropTestSchema(schema);
    }
  });

  it('leaves a schema at the step before a step that fails', async () => {
    const schema = testSchemaName();
    const pool = pgPool(TEST_POSTGRES_URL, schema, 1);
    try {
      const steps: Migration[] = [
        { version: 1, name: 'one', sql: 'CREATE TABLE one (x integer)' },
        { version: 2, name: 'two', sql: 'CREATE TABLE two (x integer); CREATE TABLE one (y integer)' },
      ];
      await assert.rejects(applyMigrations(pool, schema, steps), StoreError);
      const tables = await pool.query(
        'SELECT tablename FROM pg_tables WHERE schemaname = $1 ORDER BY tablename',
        [schema],
      );
      assert.deepEqual(
        tables.map((t) => t['tablename']),
        ['one', 'schema_migrations'],
      );
      assert.deepEqual(await applyMigrations(pool, schema, steps.slice(0, 1)), []);
    } finally {
      await pool.end();
      await dropTestSchema(schema);
    }
  });

  it('refuses a schema from a newer claimtrail', async () => {
    const schema = testSchemaName();
    const fresh = await openPostgresStore(TEST_POSTGRES_URL, { schema });
    await fresh.close();
    try {
      await withTestServer((c) =>
        c.query(`INSERT INTO ${schema}.schema_migrations VALUES (999, 'future', 'x')`),
      );
      await assert.rejects(
        openPostgresStore(TEST_POSTGRES_URL, { schema }),
        (err) => err instanceof StoreError && /newer/.test(err.message),
      );
    } finally {
      await dropTestSchema(schema);
    }
  });

  it('keeps U+0000 and U+FFFF wherever a string goes, and finds words beside them', async () => {
    const store = await openTestPostgresStore();
    try {
      const text = 'Mirela\u0000Tosk said the\uffffpier was "unsound".\nNothing else.';
      const doc: StoredDocument = {
        document: {
          id: 'nul-'.padEnd(64, '0'),
          name: 'odd\u0000name',
          uri: 'file:///odd',
          mediaType: 'text/plain',
          text,
          encoding: 'utf-8',
          byteLength: text.length,
          title: 'A title with \u0000 in it',
        },
        boilerplate: [],
        mentions: [
          { ...spanOf(text, 'Mirela\u0000Tosk'), text: 'Mirela\u0000Tosk', kind: 'person', form: 'name' },
        ],
        entities: [
          { id: 'e\u0000', name: 'Mirela\u0000Tosk', kind: 'person', aliases: ['M.\u0000T.', '\uffff'] },
        ],
        attributions: [
          {
            kind: 'direct',
            content: spanOf(text, '"unsound"'),
            cue: spanOf(text, 'said'),
            source: spanOf(text, 'Mirela\u0000Tosk'),
            speaker: 'Mirela\u0000Tosk',
            stance: 'asserts',
          },
        ],
        figures: [],
        dates: [],
        diagnostics: [{ doc: 'odd\u0000name', severity: 'warning', code: 'nul', message: 'a \u0000 here' }],
      };
      assert.deepEqual(await store.addDocument(doc), { added: true });
      assert.deepStrictEqual(await store.getDocument(doc.document.id), doc);
      assert.equal((await store.listDocuments()).items[0]?.name, 'odd\u0000name');
      assert.equal((await store.attributions({ speaker: 'MIRELA\u0000TOSK' })).items.length, 1);
      assert.deepEqual(
        (await store.search({ text: 'tosk pier unsound' })).items.map((h) => h.field),
        ['document'],
      );
      assert.deepEqual(
        (await store.search({ text: 'UNSOUND' })).items.map((h) => h.field),
        ['document', 'attribution'],
      );
      assert.equal(await store.hasDocument('\u0000'), false);
    } finally {
      await store.close();
    }
  });

  it('finds a word too long for a tsvector lexeme', async () => {
    const store = await openTestPostgresStore();
    try {
      const word = `${'quarr'.repeat(500)}y`;
      const [doc] = syntheticDocuments(1);
      assert.ok(doc);
      const text = `${doc.document.text} ${word}`;
      await store.addDocument({ ...doc, document: { ...doc.document, text } });
      assert.equal((await store.search({ text: word.toUpperCase() })).items.length, 1);
      assert.equal((await store.search({ text: `${word}s` })).items.length, 0);
    } finally {
      await store.close();
    }
  });

  it('fails with a StoreError that names the server, never its password, when it cannot be reached', async () => {
    await assert.rejects(openPostgresStore('postgres://wren:hunter2@127.0.0.1:1/test'), (err) => {
      assert.ok(err instanceof StoreError);
      assert.match(err.message, /127\.0\.0\.1:1/);
      assert.doesNotMatch(err.message, /hunter2/);
      return true;
    });
    await assert.rejects(openPostgresStore('postgres://127.0.0.1/test?schema=Robert; DROP'), UsageError);
  });
});
