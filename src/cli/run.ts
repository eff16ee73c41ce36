import { main } from './main.ts';

/** Binds the CLI to this process: its argv, streams, environment and exit code. */
export async function run(): Promise<void> {
  const code = await main(process.argv.slice(2), {
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
    cwd: process.cwd(),
  });
  // Let stdout drain before exiting (a pipe may still hold output).
  process.exitCode = code;
}
