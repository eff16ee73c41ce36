/**
 * The PostgreSQL connections of one store: a `pg` pool whose every connection works in
 * the store's schema (search_path set at connect time, so no statement names a schema),
 * and the two ways the store talks to it: a single statement on whichever connection
 * is free, or a transaction on one connection held for its whole length.
 * A single statement (adding a document is one) commits without waiting for the disk
 * (synchronous_commit off): a crash of the server can lose the last fraction of a second
 * of added documents, never consistency, as the SQLite store's synchronous=NORMAL; and
 * ingest is idempotent, so a rerun adds them again. Waiting for the flush halved the
 * rate of adding documents. A transaction (links, a manual correction, the schema) is
 * a deliberate unit of work and waits for the disk as usual. Strings go
 * through pg-text.ts both ways; 64-bit integers (count(*), byte lengths) come back as
 * numbers rather than pg's default strings, which zod then checks are safe integers.
 */
import { createHash } from 'node:crypto';
import pg from 'pg';
import { pgArray } from './pg-array.ts';
import { pgText } from './pg-text.ts';

export type Row = Record<string, unknown>;

export interface Queryable {
  /** Runs one statement; `prepare` names it, so each connection parses and plans it once. */
  query(text: string, params?: readonly unknown[], prepare?: boolean): Promise<Row[]>;
}

export interface PgPool extends Queryable {
  /** Runs `work` in one transaction on one connection: committed if it resolves, rolled back if it throws. */
  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>;
  /**
   * Runs `work` on one connection held for its whole length, outside any transaction: for
   * what lives as long as a session does (an advisory lock, released when the session ends).
   */
  session<T>(work: (session: Queryable) => Promise<T>): Promise<T>;
  end(): Promise<void>;
}

/** Schema names are chosen by us or by the operator; anything else is refused, never quoted. */
export const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

const INT8 = 20;

/** How long to wait for a connection before failing, rather than hanging on a dead host. */
const CONNECT_TIMEOUT_MS = 10_000;

function statementName(text: string): string {
  return `ct_${createHash('sha1').update(text).digest('hex').slice(0, 24)}`;
}

function queryOn(client: pg.Pool | pg.PoolClient): Queryable['query'] {
  return async (text, params = [], prepare = false) => {
    // Arrays (rows sent for unnest) as literals: pg's own serialisation is slow (pg-array.ts).
    const values = params.map((v) => pgText.encodeParam(Array.isArray(v) ? pgArray(v) : v));
    const result: pg.QueryResult<Row> | pg.QueryResult<Row>[] = await client.query<Row>(
      prepare ? { name: statementName(text), text, values } : { text, values },
    );
    // Several statements in one text (a migration step) give one result each; the last one's rows count.
    const last = Array.isArray(result) ? result[result.length - 1] : result;
    return (last?.rows ?? []).map(pgText.decodeRow);
  };
}

/** `applicationName` names the connections in pg_stat_activity (the queue counts its workers by it). */
export function pgPool(connectionString: string, schema: string, size: number, applicationName?: string): PgPool {
  if (!SCHEMA_NAME.test(schema)) throw new Error(`not a schema name: ${JSON.stringify(schema)}`);
  const pool = new pg.Pool({
    connectionString,
    max: size,
    ...(applicationName === undefined ? {} : { application_name: applicationName }),
    connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
    options: `-c search_path=${schema} -c synchronous_commit=off`,
    types: {
      getTypeParser: ((oid: number, format?: string) =>
        oid === INT8 && format !== 'binary'
          ? (v: string) => Number(v)
          : pg.types.getTypeParser(oid, format as 'text')) as typeof pg.types.getTypeParser,
    },
  });
  // An idle connection that the server drops must not crash the process; the next
  // statement on the pool gets a fresh connection, or fails and says why.
  pool.on('error', () => {});
  return {
    query: queryOn(pool),
    async transaction(work) {
      const client = await pool.connect();
      let broken: Error | undefined;
      try {
        // One round trip for both (a simple query may hold several statements).
        await client.query('BEGIN; SET LOCAL synchronous_commit = on');
        const result = await work({ query: queryOn(client) });
        await client.query('COMMIT');
        return result;
      } catch (err) {
        try {
          await client.query('ROLLBACK');
        } catch (rollbackFailed) {
          // The connection itself failed: it goes, rather than back into the pool.
          broken = rollbackFailed instanceof Error ? rollbackFailed : new Error(String(rollbackFailed));
        }
        throw err;
      } finally {
        client.release(broken);
      }
    },
    async session(work) {
      const client = await pool.connect();
      let broken: Error | undefined;
      try {
        return await work({ query: queryOn(client) });
      } catch (err) {
        // What the session held (a lock) must not outlive it in the pool: the connection goes.
        broken = err instanceof Error ? err : new Error(String(err));
        throw err;
      } finally {
        client.release(broken);
      }
    },
    end: () => pool.end(),
  };
}
