import type { CliIo } from '../src/cli/cli-io.ts';

/** A CliIo that records what the CLI writes, for tests that run main() whole. */
export function fakeIo(cwd: string, env: Record<string, string | undefined> = {}): CliIo & { out(): string; err(): string } {
  let out = '';
  let err = '';
  return {
    stdout: { write: (s: string) => (out += s) },
    stderr: { write: (s: string) => (err += s) },
    env,
    cwd,
    out: () => out,
    err: () => err,
  };
}
