/**
 * Reading a row through its schema (row-schemas.ts): a row that does not fit means the
 * database holds something this code never wrote, which is a StoreError, not a crash
 * somewhere downstream on a missing field.
 */
import type { z } from 'zod';
import { StoreError } from '../../domain/errors.ts';

export function parseRow<S extends z.ZodType>(schema: S, row: unknown, what: string): z.output<S> {
  const parsed = schema.safeParse(row);
  if (!parsed.success) {
    throw new StoreError(`the database holds a malformed ${what} row`, { cause: parsed.error });
  }
  return parsed.data;
}
