import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { StoreError } from '../domain/errors.ts';

export interface ArchiveLock {
  /** Runs `fn` holding the archive's one writer lock, waiting for another process to let go. */
  hold<T>(fn: () => T): T;
  close(): void;
}

/**
 * The archive's writer lock, taken around each change (not for a whole run, so that two
 * ingests into one store both proceed). The custody chain needs one writer at a time:
 * two appenders would chain onto the same last entry. The lock is an exclusive
 * transaction on an empty SQLite file because that is an OS file lock Node can take: the
 * kernel drops it when the holder dies, even by SIGKILL, so a crashed run never leaves a
 * stale lock behind (a pid file would, and its pid may be reused).
 */
export function archiveLock(dir: string, waitMs: number): ArchiveLock {
  const db = new DatabaseSync(join(dir, 'writer.lock'), { timeout: waitMs });
  let depth = 0;
  return {
    hold(fn) {
      if (depth === 0) {
        try {
          db.exec('BEGIN EXCLUSIVE');
        } catch (err) {
          throw new StoreError(`the archive ${dir} is locked by another claimtrail process (waited ${Math.round(waitMs / 1000)} s)`, { cause: err });
        }
      }
      depth++;
      try {
        return fn();
      } finally {
        depth--;
        if (depth === 0) db.exec('ROLLBACK');
      }
    },
    close() {
      if (db.isOpen) db.close();
    },
  };
}
