import { UsageError } from '../domain/errors.ts';
import { openPostgresQueue, type PostgresQueueOptions } from '../store/postgres/open-postgres-queue.ts';
import type { WorkQueue } from '../store/work-queue.ts';

const POSTGRES = /^postgres(ql)?:\/\//;

/**
 * The work queue beside the store a location names. Only a PostgreSQL store has one:
 * an SQLite file is one process's, and its ingest extracts inline.
 */
export async function openQueue(location: string, options: PostgresQueueOptions = {}): Promise<WorkQueue> {
  if (!POSTGRES.test(location)) {
    throw new UsageError(`the work queue needs a PostgreSQL store (--store postgres://USER@HOST:PORT/DB), not ${location}`);
  }
  return openPostgresQueue(location, options);
}
