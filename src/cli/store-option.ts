import { join } from 'node:path';
import type { CliIo } from './cli-io.ts';
import type { Options, ParsedArgs } from './command.ts';

export const storeOption: Options = { store: { type: 'string', short: 's' } };

export const STORE_HELP = `  -s, --store PATH  the store: an SQLite file (default $CLAIMTRAIL_STORE or ./claimtrail.db)`;

/** `--store`, else $CLAIMTRAIL_STORE, else claimtrail.db in the working directory. */
export function storeLocation(args: ParsedArgs, io: CliIo): string {
  const v = args.values.store;
  if (typeof v === 'string' && v !== '') return v;
  return io.env.CLAIMTRAIL_STORE ?? join(io.cwd, 'claimtrail.db');
}
