/**
 * The embedded Store: one SQLite file (or `:memory:`) through Node's built-in
 * `node:sqlite`. Opening sets the connection up (WAL, so that readers never wait for
 * the writer; foreign keys; a busy timeout, so that a second process waits for the
 * write lock instead of failing) and migrates the schema. The methods are async to fit
 * the Store interface, but each runs synchronously to completion, so calls on one store
 * never interleave inside a transaction.
 */
import { DatabaseSync } from 'node:sqlite';
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
import { queryAttributions } from './query-attributions.ts';
import { queryClaims, readClaim } from './query-claims.ts';
import { queryEntities, readEntity } from './query-entities.ts';
import { queryFigures } from './query-figures.ts';
import { querySearch } from './query-search.ts';
import { readLinks } from './read-links.ts';
import { readLinkInput, readStoredDocument } from './read-stored-document.ts';
import { replaceLinks } from './replace-links.ts';
import { statementCache } from './statement-cache.ts';
import type { StatementCache } from './statement-cache.ts';
import { writeStoredDocument } from './write-stored-document.ts';

/** How long a statement waits for another connection's lock before failing (ms). */
const BUSY_TIMEOUT_MS = 5000;

/** How much of the file to read through a memory map (searches; see openSqliteStore's options). */
const MMAP_BYTES = 1024 * 1024 * 1024;

export interface SqliteOpenOptions {
  /**
   * Read through a memory map (default true). Mapped pages count in the process's resident
   * memory, so a run that reads or writes the whole store (ingest, link, worker) turns it off
   * to stay in bounded memory; SQLite's page cache is used instead.
   */
  readonly memoryMap?: boolean;
}

const COUNTS = `SELECT
  (SELECT count(*) FROM documents) AS documents,
  (SELECT count(*) FROM attributions) AS attributions,
  (SELECT count(*) FROM figures) AS figures,
  (SELECT count(*) FROM mentions) AS mentions`;

const COPY_OF = `SELECT s.id AS source_id, c.similarity, c.exact
  FROM documents d JOIN copies c ON c.doc_seq = d.seq JOIN documents s ON s.seq = c.source_seq WHERE d.id = ?`;

const count = z.int().nonnegative();
const countsRow = z.object({ documents: count, attributions: count, figures: count, mentions: count });

function connect(path: string, mmapBytes: number): DatabaseSync {
  // `defensive` keeps SQL from corrupting the file on purpose (writable_schema and the like).
  const db = new DatabaseSync(path, {
    enableForeignKeyConstraints: true,
    timeout: BUSY_TIMEOUT_MS,
    defensive: true,
  });
  try {
    // In-memory databases answer `memory` and stay so; that is fine.
    db.exec('PRAGMA journal_mode = WAL');
    // With WAL, NORMAL loses at most the last commits on power loss, never consistency;
    // FULL would fsync on every addDocument.
    db.exec('PRAGMA synchronous = NORMAL');
    // Reading through a memory map instead of copying pages halves the time of searches
    // that touch many rows of a large store. Address space only; ignored in memory.
    db.exec(`PRAGMA mmap_size = ${mmapBytes}`);
    applyMigrations(db, migrations);
    return db;
  } catch (err) {
    db.close();
    throw err;
  }
}

export async function openSqliteStore(path: string, options: SqliteOpenOptions = {}): Promise<MovableStore> {
  let db: DatabaseSync;
  try {
    db = connect(path, options.memoryMap === false ? 0 : MMAP_BYTES);
  } catch (err) {
    if (err instanceof StoreError) throw err;
    throw new StoreError(`cannot open the SQLite store ${path}`, { cause: err });
  }
  let sql: StatementCache | undefined = statementCache(db);

  /** Runs `work` on the open database; usage errors pass, database failures become StoreErrors. */
  const run = async <T>(what: string, work: (sql: StatementCache) => T): Promise<T> => {
    if (sql === undefined) throw new StoreError(`${what}: the store is closed`);
    try {
      return work(sql);
    } catch (err) {
      if (err instanceof UsageError || err instanceof StoreError) throw err;
      throw new StoreError(`${what} failed`, { cause: err });
    }
  };

  return {
    addDocument: (doc, options) =>
      run('addDocument', (s) => ({ added: writeStoredDocument(s, doc, addedAtOf(options)) })),
    hasDocument: (id) =>
      run('hasDocument', (s) => s('SELECT 1 FROM documents WHERE id = ?').get(id) !== undefined),
    getDocument: (id) => run('getDocument', (s) => readStoredDocument(s, id)),
    getLinkInput: (id) => run('getLinkInput', (s) => readLinkInput(s, id)),
    listDocuments: (page) => run('listDocuments', (s) => listDocuments(s, page)),
    attributions: (query) => run('attributions', (s) => queryAttributions(s, query)),
    figures: (query) => run('figures', (s) => queryFigures(s, query)),
    search: (query) => run('search', (s) => querySearch(s, query)),
    stats: () => run('stats', (s) => parseRow(countsRow, s(COUNTS).get(), 'counts')),
    replaceLinks: (links) => run('replaceLinks', (s) => replaceLinks(s, links)),
    links: () => run('links', (s) => readLinks(s)),
    entities: (query) => run('entities', (s) => queryEntities(s, query)),
    entity: (id) => run('entity', (s) => readEntity(s, id)),
    claims: (query) => run('claims', (s) => queryClaims(s, query)),
    claim: (id) => run('claim', (s) => readClaim(s, id)),
    copyOf: (docId) =>
      run('copyOf', (s) => {
        const row = s(COPY_OF).get(docId);
        return row === undefined ? undefined : parseRow(linkRowSchemas.copy, row, 'copy');
      }),
    addOverride: (o) => run('addOverride', (s) => entityOverrides.add(s, o, new Date().toISOString())),
    overrides: () => run('overrides', (s) => entityOverrides.list(s)),
    close: async () => {
      if (sql === undefined) return;
      sql = undefined;
      try {
        db.close();
      } catch (err) {
        throw new StoreError('closing the SQLite store failed', { cause: err });
      }
    },
  };
}
