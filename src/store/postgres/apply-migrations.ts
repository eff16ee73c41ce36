/**
 * Brings a PostgreSQL schema up to migrations.ts: creates the schema when missing, then
 * applies, in order, each step not yet recorded in `schema_migrations`, each in its own
 * transaction together with its record, so that a failed step leaves the schema at the
 * step before it (PostgreSQL's DDL is transactional). Every step's transaction first
 * takes an advisory lock named after the schema and only then reads the version again,
 * so that several processes opening a new store at once wait for each other instead of
 * applying a step twice or tripping over each other's CREATE SCHEMA.
 */
import { z } from 'zod';
import { StoreError } from '../../domain/errors.ts';
import type { Migration } from './migrations.ts';
import type { PgPool, Queryable } from './pg-pool.ts';

/** The first key of the two-part advisory lock: "CTMG", so as not to meet other applications' locks. */
const LOCK_CLASS = 0x43544d47;

const versionRow = z.object({ v: z.int().nullable() });
const existsRow = z.object({ table: z.string().nullable() });

async function current(db: Queryable): Promise<number> {
  const [exists] = await db.query("SELECT to_regclass('schema_migrations')::text AS table");
  if (existsRow.parse(exists).table === null) return 0;
  const [row] = await db.query('SELECT max(version) AS v FROM schema_migrations');
  return versionRow.parse(row).v ?? 0;
}

/** Applies the steps of `steps` the schema lacks; returns the versions it applied. */
export async function applyMigrations(
  pool: PgPool,
  schema: string,
  steps: readonly Migration[],
): Promise<number[]> {
  const known = Math.max(0, ...steps.map((s) => s.version));
  const check = (found: number) => {
    if (found > known) {
      throw new StoreError(
        `the schema ${schema} has version ${found}, newer than this claimtrail knows (${known})`,
      );
    }
  };
  const found = await current(pool);
  check(found);
  const applied: number[] = [];
  // The common case, an up-to-date schema, takes no lock at all.
  if (found === known) return applied;
  for (const step of [...steps].sort((a, b) => a.version - b.version)) {
    await pool.transaction(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [LOCK_CLASS, `claimtrail:${schema}`]);
      const [ns] = await tx.query('SELECT 1 AS one FROM pg_namespace WHERE nspname = $1', [schema]);
      if (ns === undefined) await tx.query(`CREATE SCHEMA ${schema}`);
      await tx.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
        version integer PRIMARY KEY,
        name text NOT NULL,
        applied_at text NOT NULL
      )`);
      const now = await current(tx);
      check(now);
      if (step.version <= now) return;
      try {
        await tx.query(step.sql);
      } catch (err) {
        throw new StoreError(`schema migration ${step.version} (${step.name}) failed`, { cause: err });
      }
      await tx.query('INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, $3)', [
        step.version,
        step.name,
        new Date().toISOString(),
      ]);
      applied.push(step.version);
    });
  }
  return applied;
}
