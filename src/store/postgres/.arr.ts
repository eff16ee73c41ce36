import pg from 'pg';
import { TEST_POSTGRES_URL } from './open-test-postgres-store.ts';
const c = new pg.Client({ connectionString: TEST_POSTGRES_URL });
await c.connect();
const n = 200000;
const ints = Array.from({ length: n }, (_, i) => i);
const strs = Array.from({ length: n }, (_, i) => `Speaker kalomi ${i}`);
const utils = await import('pg/lib/utils.js');
let t0 = performance.now();
utils.prepareValue(ints);
utils.prepareValue(strs);
console.log('client serialise', (performance.now() - t0).toFixed(0));
t0 = performance.now();
await c.query('SELECT cardinality($1::int[])', [ints]);
console.log('int[]', (performance.now() - t0).toFixed(0));
t0 = performance.now();
await c.query('SELECT cardinality($1::text[])', [strs]);
console.log('text[]', (performance.now() - t0).toFixed(0));
const json = JSON.stringify(ints.map((i) => [i, i, strs[i], strs[i], null]));
t0 = performance.now();
await c.query('SELECT count(*) FROM json_array_elements($1::json)', [json]);
console.log('json elements', (performance.now() - t0).toFixed(0));
t0 = performance.now();
await c.query(`SELECT count(*) FROM json_to_recordset($1::json) AS x(a int, b int, c text, d text, e text)`, [
  JSON.stringify(ints.map((i) => ({ a: i, b: i, c: strs[i], d: strs[i], e: null }))),
]);
console.log('json recordset', (performance.now() - t0).toFixed(0));
t0 = performance.now();
await c.query('CREATE TEMP TABLE t1 (a int, b int, c text, d text, e text, PRIMARY KEY (a, b))');
await c.query(
  'INSERT INTO t1 SELECT * FROM unnest($1::int[], $2::int[], $3::text[], $4::text[], $5::text[])',
  [ints, ints, strs, strs, strs.map(() => null)],
);
console.log('unnest insert', (performance.now() - t0).toFixed(0));
t0 = performance.now();
await c.query('CREATE TEMP TABLE t2 (a int, b int, c text, d text, e text)');
await c.query(
  'INSERT INTO t2 SELECT * FROM unnest($1::int[], $2::int[], $3::text[], $4::text[], $5::text[])',
  [ints, ints, strs, strs, strs.map(() => null)],
);
console.log('unnest insert no pk', (performance.now() - t0).toFixed(0));
await c.end();
