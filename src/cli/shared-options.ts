import { z } from 'zod';
import { UsageError } from '../domain/errors.ts';
import type { Options, ParsedArgs } from './command.ts';
import { DEFAULT_MAX_BYTES } from '../ingest/file-source.ts';

export const maxBytesOption: Options = { 'max-bytes': { type: 'string' } };

const positiveInt = z.coerce.number().int().positive();

/** `--max-bytes N`, validated; the default is 20 MB. */
export function parseMaxBytes(args: ParsedArgs): number {
  const v = args.values['max-bytes'];
  if (v === undefined) return DEFAULT_MAX_BYTES;
  const r = positiveInt.safeParse(v);
  if (!r.success) throw new UsageError(`--max-bytes needs a positive whole number of bytes, got '${String(v)}'`);
  return r.data;
}

/** The positional FILE_OR_DIR arguments; at least one. */
export function requirePaths(args: ParsedArgs, command: string): readonly string[] {
  if (args.positionals.length === 0) throw new UsageError(`${command} needs at least one file or directory (see claimtrail ${command} --help)`);
  return args.positionals;
}
