import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { openUserStore } from '../app/open-user-store.ts';
import { createPasswordHasher } from '../app/password-hasher.ts';
import { createUserAccounts } from '../app/user-accounts.ts';
import type { CliIo } from './cli-io.ts';
import { startServe, untilStopped } from './commands/serve.ts';
import { buildWeb, webBuildState } from './web-build.ts';

export interface DemoServeOptions {
  readonly location: string;
  /** The store is the demo's own (no --store given): its 'demo' account may get a new password. */
  readonly ownStore: boolean;
  readonly port: number;
  readonly open: boolean;
  /** A built UI to serve instead of web/dist (then nothing is built). */
  readonly web?: string;
  /** Resolves when the server should stop; default Ctrl-C or SIGTERM. */
  readonly until?: Promise<void>;
}

export const DEMO_USER = 'demo';

/**
 * After the demo's ingest: an account to sign in with, the web UI built when it is
 * missing or older than its sources, the server on this machine only, its URL printed
 * and handed to the desktop's browser when there is one. Runs until stopped.
 */
export async function demoServe(options: DemoServeOptions, io: CliIo): Promise<number> {
  const signIn = await demoAccount(options.location, options.ownStore);
  if (options.web === undefined) {
    const state = webBuildState();
    if (state !== 'fresh') {
      io.stderr.write(state === 'missing' ? 'building the web UI (web/dist)…\n' : 'rebuilding the web UI (web/dist is older than its sources)…\n');
      try {
        await buildWeb({ log: (text) => io.stderr.write(text) });
      } catch (err) {
        io.stderr.write(`${err instanceof Error ? err.message : String(err)}\nserving the API alone\n`);
      }
    }
  }
  const running = await startServe({ location: options.location, port: options.port, host: '127.0.0.1', ...(options.web !== undefined ? { web: options.web } : {}) }, io);
  try {
    io.stdout.write(`\nopen ${running.url}/ in your browser\n`);
    io.stdout.write(signIn.password ? `sign in as '${signIn.name}' with the password ${signIn.password}\n` : `sign in with one of the store's accounts (${signIn.note})\n`);
    io.stdout.write('Ctrl-C stops the server\n');
    if (options.open) openBrowser(`${running.url}/`, io.env);
    await (options.until ?? untilStopped());
    io.stdout.write('stopping\n');
    return 0;
  } finally {
    await running.stop();
  }
}

/**
 * The account to print: a new admin 'demo' with a random password when the store has no
 * account; on the demo's own store, a new password for its 'demo' account each run (the
 * last one was shown once and not kept); otherwise none (the store's owner has accounts).
 */
async function demoAccount(location: string, ownStore: boolean): Promise<{ readonly name: string; readonly password?: string; readonly note?: string }> {
  const users = await openUserStore(location);
  try {
    const accounts = createUserAccounts({ users, hasher: createPasswordHasher() });
    const password = randomBytes(12).toString('base64url');
    if ((await users.countUsers()) === 0) {
      await accounts.add(DEMO_USER, 'admin', password);
      return { name: DEMO_USER, password };
    }
    if (ownStore && (await users.userByName(DEMO_USER))) {
      await accounts.update(DEMO_USER, { password });
      return { name: DEMO_USER, password };
    }
    return { name: DEMO_USER, note: `'claimtrail users add NAME --role admin --store ${location}' makes one` };
  } finally {
    await users.close();
  }
}

/** Hands the URL to the desktop's opener when there is a desktop and an opener; never fails. */
function openBrowser(url: string, env: CliIo['env']): void {
  const opener = process.platform === 'darwin' ? 'open' : process.platform === 'win32' ? undefined : 'xdg-open';
  const desktop = process.platform === 'darwin' || Boolean(env['DISPLAY'] || env['WAYLAND_DISPLAY']);
  if (!opener || !desktop || !onPath(opener, env)) return;
  try {
    const child = spawn(opener, [url], { detached: true, stdio: 'ignore' });
    child.on('error', () => undefined);
    child.unref();
  } catch {
    // no browser: the URL is printed
  }
}

function onPath(command: string, env: CliIo['env']): boolean {
  return (env['PATH'] ?? '').split(delimiter).some((dir) => dir !== '' && existsSync(join(dir, command)));
}
