import assert from 'node:assert/strict';
import { DatabaseSync } from 'node:sqlite';
import { describe, it } from 'node:test';
import { StoreError } from '../../domain/errors.ts';
import { applyMigrations } from './apply-migrations.ts';
import { migrations } from './migrations.ts';
import type { Migration } from './migrations.ts';

const tables = (db: DatabaseSync) =>
  db
    .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name")
    .all()
    .map((r) => r['name']);

describe('applyMigrations', () => {
  it('applies every step once, in order, and records it', () => {
    const db = new DatabaseSync(':memory:');
    assert.deepEqual(
      applyMigrations(db, migrations),
      migrations.map((m) => m.version),
    );
    assert.deepEqual(applyMigrations(db, migrations), []);
    const recorded = db.prepare('SELECT version, name FROM schema_migrations ORDER BY version').all();
    assert.deepEqual(
      recorded.map((r) => ({ ...r })),
      migrations.map((m) => ({ version: m.version, name: m.name })),
    );
    assert.ok(tables(db).includes('documents'));
    db.close();
  });

  it('applies only the steps added since', () => {
    const db = new DatabaseSync(':memory:');
    applyMigrations(db, migrations);
    const next = migrations.length + 1;
    const added: Migration = {
      version: next,
      name: 'a later step',
      sql: 'CREATE TABLE later (x INTEGER) STRICT',
    };
    assert.deepEqual(applyMigrations(db, [...migrations, added]), [next]);
    assert.deepEqual(applyMigrations(db, [...migrations, added]), []);
    db.close();
  });

  it('rolls a failing step back whole, keeping the steps before it', () => {
    const db = new DatabaseSync(':memory:');
    const steps: Migration[] = [
      { version: 1, name: 'one', sql: 'CREATE TABLE one (x INTEGER)' },
      { version: 2, name: 'two', sql: 'CREATE TABLE two (x INTEGER); CREATE TABLE one (y INTEGER)' },
    ];
    assert.throws(() => applyMigrations(db, steps), StoreError);
    assert.deepEqual(tables(db), ['one', 'schema_migrations']);
    assert.equal(db.prepare('SELECT max(version) AS v FROM schema_migrations').get()?.['v'], 1);
    assert.equal(db.isTransaction, false);
    db.close();
  });

  it('refuses a database migrated by a newer version', () => {
    const db = new DatabaseSync(':memory:');
    applyMigrations(db, migrations);
    assert.throws(() => applyMigrations(db, migrations.slice(0, -1)), StoreError);
    db.close();
  });
});
