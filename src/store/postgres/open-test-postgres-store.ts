/**
 * Test helper: a new, empty PostgreSQL store in a schema of its own (`ct_test_<time>_<random>`)
 * on the test server, dropped again when the store is closed, so that test files running
 * in parallel never meet. The server is $CLAIMTRAIL_TEST_POSTGRES, else the local one CI
 * has. When it cannot be reached the helper throws, with what to do about it: the
 * tests fail rather than skip, since a skipped store is an untested store.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { MovableStore } from '../store.ts';
import { openPostgresStore, redactedUrl } from './open-postgres-store.ts';
import type { PostgresStoreOptions } from './open-postgres-store.ts';

export const TEST_POSTGRES_URL =
  process.env['CLAIMTRAIL_TEST_POSTGRES'] ?? 'postgres://postgres@127.0.0.1:5432/test';

/** Schemas of runs that died before dropping them are dropped once they are this old. */
const STALE_SECONDS = 24 * 3600;

let sweep: Promise<void> | undefined;

/** Runs `work` on a plain connection to the test server; a server that cannot be reached is a clear error. */
export async function withTestServer<T>(
  work: (client: pg.Client) => Promise<T>,
  url = TEST_POSTGRES_URL,
): Promise<T> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
  } catch (cause) {
    await client.end().catch(() => {});
    throw new Error(
      `the PostgreSQL store's tests need a PostgreSQL server, and ${redactedUrl(url)} cannot be reached ` +
        `(${cause instanceof Error ? cause.message : String(cause)}). Start one, e.g. \`service postgresql start\` ` +
        `or \`docker run -d -p 5432:5432 -e POSTGRES_HOST_AUTH_METHOD=trust -e POSTGRES_DB=test postgres:15\`, ` +
        `or set CLAIMTRAIL_TEST_POSTGRES to the URL of one (a database the tests may create schemas in).`,
      { cause },
    );
  }
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** A schema name no other test run uses: its time of making, then random. */
export function testSchemaName(): string {
  return `ct_test_${Math.floor(Date.now() / 1000)}_${randomBytes(5).toString('hex')}`;
}

export function dropTestSchema(schema: string, url = TEST_POSTGRES_URL): Promise<void> {
  return withTestServer(async (c) => {
    await c.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  }, url);
}

async function sweepStaleSchemas(): Promise<void> {
  await withTestServer(async (c) => {
    const { rows } = await c.query<{ nspname: string }>(
      String.raw`SELECT nspname FROM pg_namespace WHERE nspname ~ '^ct_test_\d+_[0-9a-f]+$'`,
    );
    const now = Date.now() / 1000;
    for (const { nspname } of rows) {
      if (now - Number(nspname.split('_')[2]) > STALE_SECONDS) {
        await c.query(`DROP SCHEMA IF EXISTS ${nspname} CASCADE`).catch(() => {});
      }
    }
  });
}

/** A new, empty store in a schema of its own; closing it drops the schema. */
export async function openTestPostgresStore(options: PostgresStoreOptions = {}): Promise<MovableStore> {
  sweep ??= sweepStaleSchemas();
  await sweep;
  const schema = options.schema ?? testSchemaName();
  const store = await openPostgresStore(TEST_POSTGRES_URL, { poolSize: 4, ...options, schema });
  return {
    ...store,
    close: async () => {
      await store.close();
      await dropTestSchema(schema);
    },
  };
}
