import { z } from 'zod';
import type { RowDialect } from '../row-schemas-for.ts';

/** PostgreSQL returns booleans as booleans and an entity's aliases as a text[]. */
export const postgresRowDialect: RowDialect = {
  bool: z.boolean(),
  optBool: z.boolean().nullable(),
  aliases: z.array(z.string()),
};
