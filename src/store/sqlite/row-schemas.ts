/**
 * The SQLite store's row schemas (../row-schemas-for.ts): SQLite has no boolean (0/1, or
 * NULL for "not said") and keeps an entity's aliases as JSON text.
 */
import { z } from 'zod';
import { rowSchemasFor } from '../row-schemas-for.ts';

const aliases = z.string().transform((text, ctx): string[] => {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    value = undefined;
  }
  const parsed = z.array(z.string()).safeParse(value);
  if (parsed.success) return parsed.data;
  ctx.addIssue({ code: 'custom', message: 'aliases are not a JSON array of strings' });
  return z.NEVER;
});

export const rowSchemas = rowSchemasFor({
  optBool: z
    .union([z.literal(0), z.literal(1)])
    .nullable()
    .transform((v) => (v === null ? null : v === 1)),
  aliases,
});
