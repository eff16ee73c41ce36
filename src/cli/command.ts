import type { ParseArgsConfig } from 'node:util';
import type { CliIo } from './cli-io.ts';

export type Options = NonNullable<ParseArgsConfig['options']>;

export interface ParsedArgs {
  readonly values: Readonly<Record<string, string | boolean | (string | boolean)[] | undefined>>;
  readonly positionals: readonly string[];
}

/** One `claimtrail` subcommand. `run` returns the exit code: 0 ok, 1 some documents failed. */
export interface Command {
  readonly name: string;
  readonly summary: string;
  /** The full `--help` text. */
  readonly usage: string;
  readonly options: Options;
  run(args: ParsedArgs, io: CliIo): Promise<number>;
}
