import { benchDocuments, benchLinks } from './bench-documents.ts';
import { pgPool } from './pg-pool.ts';
import type { PgPool, Queryable } from './pg-pool.ts';
import { replaceLinks } from './replace-links.ts';
import { TEST_POSTGRES_URL } from './open-test-postgres-store.ts';
const docs = benchDocuments(10000);
const links = benchLinks(docs);
const pool = pgPool(TEST_POSTGRES_URL, 'ct_keep', 4);
const wrap = (q: Queryable): Queryable => ({
  query: async (text, params, prepare) => {
    const t0 = performance.now();
    const r = await q.query(text, params, prepare);
    const ms = performance.now() - t0;
    if (ms > 30) console.log(ms.toFixed(0).padStart(6), text.replace(/\s+/g, ' ').slice(0, 90));
    return r;
  },
});
const logged: PgPool = {
  ...pool,
  query: wrap(pool).query,
  transaction: (work) => pool.transaction((tx) => work(wrap(tx))),
};
for (const what of ['first', 'again']) {
  const t0 = performance.now();
  await replaceLinks(logged, links);
  console.log(what, 'total', (performance.now() - t0).toFixed(0));
}
await pool.end();
