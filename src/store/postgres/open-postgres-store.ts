/**
 * The networked Store: PostgreSQL through the `pg` pool (pg-pool.ts). One store lives in
 * one schema of a database: `public` unless the URL asks for another with `?schema=NAME`
 * (or `options.schema` does), so that several stores, or several test runs, share one
 * database without meeting. Opening migrates the schema (apply-migrations.ts, safe with
 * several processes opening at once). Unlike the SQLite store's calls, calls here do
 * interleave: each is one statement, or one transaction on a connection of its own, and
 * PostgreSQL keeps them apart (adding the same document twice at once adds it once: the
 * unique id makes the second wait for the first and then add nothing).
 */
import { z } from 'zod';
import { StoreError, UsageError } from '../../domain/errors.ts';
import { addedAtOf } from '../added-at-of.ts';
import type { MovableStore } from '../store.ts';
import { applyMigrations } from './apply-migrations.ts';
import { entityOverrides } from './entity-overrides.ts';
import { linkRowSchemas } from './link-row-schemas.ts';
import { listDocuments } from './list-documents.ts';
import { migrations } from './migrations.ts';
import { parseRow } from './parse-row.ts';
import { pgPool, SCHEMA_NAME } from './pg-pool.ts';
import type { PgPool } from './pg-pool.ts';
import { queryAttributions } from './query-attributions.ts';
import { queryClaims, readClaim } from './query-claims.ts';
import { queryEntities, readEntity } from './query-entities.ts';
import { queryFigures } from './query-figures.ts';
import { querySearch } from './query-search.ts';
import { readLinks } from './read-links.ts';
import { readLinkInput, readStoredDocument } from './read-stored-document.ts';
import { replaceLinks } from './replace-links.ts';
import { writeStoredDocument } from './write-stored-document.ts';

export interface PostgresStoreOptions {
  /** The schema the store lives in; overrides the URL's `?schema=`. Created when missing. */
  readonly schema?: string;
  /** How many connections the store may hold at once (default 10). */
  readonly poolSize?: number;
}

const DEFAULT_POOL_SIZE = 10;

const COUNTS = `SELECT
  (SELECT count(*) FROM documents) AS documents,
  (SELECT count(*) FROM attributions) AS attributions,
  (SELECT count(*) FROM figures) AS figures,
  (SELECT count(*) FROM mentions) AS mentions`;

const COPY_OF = `SELECT s.id AS source_id, c.similarity, c.exact
  FROM documents d JOIN copies c ON c.doc_seq = d.seq JOIN documents s ON s.seq = c.source_seq WHERE d.id = $1`;

const count = z.int().nonnegative();
const countsRow = z.object({ documents: count, attributions: count, figures: count, mentions: count });

/** The URL without its password, for messages. */
export function redactedUrl(url: string): string {
  return url.replace(/\/\/([^:/@]*):[^@/]*@/u, '//$1:***@');
}

/** The connection string for `pg` and the schema: `?schema=` is ours, not the server's, so it is taken out. */
export function parseLocation(
  url: string,
  options: PostgresStoreOptions,
): { connectionString: string; schema: string } {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch (cause) {
    throw new UsageError(`not a PostgreSQL URL: ${redactedUrl(url)}`, { cause });
  }
  const fromUrl = parsed.searchParams.get('schema');
  parsed.searchParams.delete('schema');
  const schema = options.schema ?? fromUrl ?? 'public';
  if (!SCHEMA_NAME.test(schema)) {
    throw new UsageError(`schema must be lower-case letters, digits and _, got ${JSON.stringify(schema)}`);
  }
  return { connectionString: parsed.toString(), schema };
}

export async function openPostgresStore(
  url: string,
  options: PostgresStoreOptions = {},
): Promise<MovableStore> {
  const { connectionString, schema } = parseLocation(url, options);
  let pool: PgPool | undefined = pgPool(connectionString, schema, options.poolSize ?? DEFAULT_POOL_SIZE);
  try {
    await applyMigrations(pool, schema, migrations);
  } catch (err) {
    await pool.end().catch(() => {});
    if (err instanceof StoreError) throw err;
    throw new StoreError(`cannot open the PostgreSQL store ${redactedUrl(url)} (schema ${schema})`, {
      cause: err,
    });
  }

  /** Runs `work` on the open pool; usage errors pass, database failures become StoreErrors. */
  const run = async <T>(what: string, work: (pool: PgPool) => Promise<T>): Promise<T> => {
    if (pool === undefined) throw new StoreError(`${what}: the store is closed`);
    try {
      return await work(pool);
    } catch (err) {
      if (err instanceof UsageError || err instanceof StoreError) throw err;
      throw new StoreError(`${what} failed`, { cause: err });
    }
  };

  return {
    addDocument: (doc, opts) =>
      run('addDocument', async (db) => ({ added: await writeStoredDocument(db, doc, addedAtOf(opts)) })),
    hasDocument: (id) =>
      run(
        'hasDocument',
        async (db) => (await db.query('SELECT 1 AS one FROM documents WHERE id = $1', [id])).length > 0,
      ),
    getDocument: (id) => run('getDocument', async (db) => (await readStoredDocument(db, id))?.stored),
    getLinkInput: (id) => run('getLinkInput', (db) => readLinkInput(db, id)),
    listDocuments: (page) => run('listDocuments', (db) => listDocuments(db, page)),
    attributions: (query) => run('attributions', (db) => queryAttributions(db, query)),
    figures: (query) => run('figures', (db) => queryFigures(db, query)),
    search: (query) => run('search', (db) => querySearch(db, query)),
    stats: () => run('stats', async (db) => parseRow(countsRow, (await db.query(COUNTS))[0], 'counts')),
    replaceLinks: (links) => run('replaceLinks', (db) => replaceLinks(db, links)),
    links: () => run('links', (db) => readLinks(db)),
    entities: (query) => run('entities', (db) => queryEntities(db, query)),
    entity: (id) => run('entity', (db) => readEntity(db, id)),
    claims: (query) => run('claims', (db) => queryClaims(db, query)),
    claim: (id) => run('claim', (db) => readClaim(db, id)),
    copyOf: (docId) =>
      run('copyOf', async (db) => {
        const [row] = await db.query(COPY_OF, [docId]);
        return row === undefined ? undefined : parseRow(linkRowSchemas.copy, row, 'copy');
      }),
    addOverride: (o) => run('addOverride', (db) => entityOverrides.add(db, o, new Date().toISOString())),
    overrides: () => run('overrides', (db) => entityOverrides.list(db)),
    close: async () => {
      if (pool === undefined) return;
      const closing = pool;
      pool = undefined;
      try {
        await closing.end();
      } catch (err) {
        throw new StoreError('closing the PostgreSQL store failed', { cause: err });
      }
    },
  };
}
