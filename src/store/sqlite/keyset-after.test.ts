import assert from 'node:assert/strict';
import { DatabaseSync } from 'node:sqlite';
import { describe, it } from 'node:test';
import { keysetAfter } from './keyset-after.ts';

describe('keysetAfter', () => {
  it('selects exactly the rows after a key, for mixed sort directions', () => {
    const db = new DatabaseSync(':memory:');
    db.exec('CREATE TABLE r (a TEXT, b TEXT, c INTEGER)');
    const insert = db.prepare('INSERT INTO r VALUES (?, ?, ?)');
    const values = ['', 'x', 'y'];
    for (const a of values) for (const b of values) for (const c of [1, 2, 3]) insert.run(a, b, c);
    const order = [{ expr: 'a', desc: true }, { expr: 'b' }, { expr: 'c' }];
    const all = db.prepare('SELECT a, b, c FROM r ORDER BY a DESC, b, c').all();
    all.forEach((row, i) => {
      const after = keysetAfter(order, [row['a'] as string, row['b'] as string, row['c'] as number]);
      const rest = db
        .prepare(`SELECT a, b, c FROM r WHERE ${after.sql} ORDER BY a DESC, b, c`)
        .all(...after.params);
      assert.deepEqual(rest, all.slice(i + 1));
    });
    db.close();
  });
});
