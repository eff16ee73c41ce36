import { parseArgs } from 'node:util';
import { UsageError } from '../domain/errors.ts';
import type { CliIo } from './cli-io.ts';
import type { Command } from './command.ts';
import { commands } from './commands/index.ts';
import { exitCodeFor } from './exit-code-for.ts';

const VERSION = '0.1.0';

function overview(): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  return [
    'usage: claimtrail <command> [options]',
    '',
    'Turns news articles into a sourced ledger of who said what.',
    '',
    'commands:',
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Run `claimtrail <command> --help` for a command’s options.',
    'Exit codes: 0 ok, 1 some documents failed, 2 usage error.',
    '',
  ].join('\n');
}

/** The whole CLI as a function: tests call it with fake streams, bin/ with the process's. */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    const target = name === 'help' ? commands.find((c) => c.name === rest[0]) : undefined;
    io.stdout.write(target ? target.usage : overview());
    return name === undefined ? 2 : 0;
  }
  if (name === '--version' || name === '-V') {
    io.stdout.write(`claimtrail ${VERSION}\n`);
    return 0;
  }
  const command = commands.find((c) => c.name === name);
  try {
    if (!command) throw new UsageError(`unknown command '${name}' (see claimtrail --help)`);
    if (rest.includes('--help') || rest.includes('-h')) {
      io.stdout.write(command.usage);
      return 0;
    }
    return await command.run(parse(command, rest), io);
  } catch (err) {
    const { code, message } = exitCodeFor(err, Boolean(io.env.CLAIMTRAIL_DEBUG));
    io.stderr.write(`${message}\n`);
    return code;
  }
}

function parse(command: Command, args: readonly string[]): ReturnType<typeof parseArgs> {
  try {
    return parseArgs({ args: [...args], options: command.options, allowPositionals: true, strict: true });
  } catch (err) {
    throw new UsageError(`${command.name}: ${err instanceof Error ? err.message : String(err)} (see claimtrail ${command.name} --help)`, {
      cause: err,
    });
  }
}
