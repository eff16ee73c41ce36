import { z } from 'zod';
import type { RowDialect } from '../row-schemas-for.ts';

const bit = z.union([z.literal(0), z.literal(1)]);

/** SQLite has no boolean (0/1) and keeps an entity's aliases as JSON text. */
export const sqliteRowDialect: RowDialect = {
  bool: bit.transform((v) => v === 1),
  optBool: bit.nullable().transform((v) => (v === null ? null : v === 1)),
  aliases: z.string().transform((text, ctx): string[] => {
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
  }),
};
