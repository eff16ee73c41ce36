import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { withTestServer } from './open-test-postgres-store.ts';
import { pgArray } from './pg-array.ts';
import { pgText } from './pg-text.ts';

describe('pgArray', () => {
  it('writes array literals that PostgreSQL reads back as the same values', async () => {
    const texts = [
      '',
      'plain',
      'a,b',
      '{x}',
      '"quoted"',
      'back\\slash',
      'NULL',
      ' spaced ',
      'ü € 😀',
      '\u0000',
      '\uffff',
      null,
    ];
    const numbers = [0, -1, 1.5, 1e21, -0.000001, Number.NaN, Infinity, -Infinity, null];
    await withTestServer(async (c) => {
      const { rows } = await c.query<{ t: (string | null)[]; n: (number | null)[]; b: (boolean | null)[] }>(
        'SELECT $1::text[] AS t, $2::float8[] AS n, $3::boolean[] AS b',
        [pgText.encode(pgArray(texts)), pgArray(numbers), pgArray([true, false, null])],
      );
      const [row] = rows;
      assert.ok(row);
      assert.deepEqual(
        row.t.map((s) => (s === null ? null : pgText.decode(s))),
        texts,
      );
      assert.deepEqual(
        row.n.map((v) => (v === null ? null : Number(v))),
        numbers,
      );
      assert.deepEqual(row.b, [true, false, null]);
    });
  });
});
