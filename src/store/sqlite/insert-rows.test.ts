import assert from 'node:assert/strict';
import { DatabaseSync } from 'node:sqlite';
import { describe, it } from 'node:test';
import { insertRows } from './insert-rows.ts';
import { statementCache } from './statement-cache.ts';

describe('insertRows', () => {
  it('inserts every row once, in order, in full batches and the rest one by one', () => {
    const db = new DatabaseSync(':memory:');
    const sql = statementCache(db);
    db.exec('CREATE TABLE t (n INTEGER NOT NULL, s TEXT, x REAL) STRICT');
    for (const count of [0, 1, 199, 200, 201, 450]) {
      db.exec('DELETE FROM t');
      const rows = Array.from({ length: count }, (_, n) => [n, n % 3 === 0 ? null : `row ${n}`, n / 4]);
      insertRows(sql, 't', ['n', 's', 'x'], rows);
      const back = db
        .prepare('SELECT n, s, x FROM t ORDER BY rowid')
        .all()
        .map((r) => [r['n'], r['s'], r['x']]);
      assert.deepEqual(back, rows, `${count} rows`);
    }
    db.close();
  });

  it('keeps a statement within the limit SQLite sets on parameters, however wide the rows', () => {
    const db = new DatabaseSync(':memory:');
    const columns = Array.from({ length: 300 }, (_, i) => `c${i}`);
    db.exec(`CREATE TABLE wide (${columns.map((c) => `${c} INTEGER`).join(', ')})`);
    const rows = Array.from({ length: 250 }, (_, r) => columns.map((_, c) => r * 1000 + c));
    insertRows(statementCache(db), 'wide', columns, rows);
    assert.equal(db.prepare('SELECT count(*) AS n, sum(c299) AS s FROM wide').get()?.['n'], 250);
    db.close();
  });

  it('fails on a row that breaks a constraint, leaving the caller to roll back', () => {
    const db = new DatabaseSync(':memory:');
    db.exec('CREATE TABLE u (n INTEGER PRIMARY KEY) STRICT');
    const rows = Array.from({ length: 300 }, (_, n) => [n === 250 ? 3 : n]);
    assert.throws(() => insertRows(statementCache(db), 'u', ['n'], rows), /UNIQUE/);
    db.close();
  });
});
