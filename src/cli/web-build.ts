import { spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { UsageError } from '../domain/errors.ts';

/** The web UI's sources (web/) and its build (web/dist), beside the CLI's sources in this checkout. */
export const WEB_ROOT = fileURLToPath(new URL('../../web', import.meta.url));
export const WEB_DIST = join(WEB_ROOT, 'dist');

export type WebBuildState = 'missing' | 'stale' | 'fresh';

/** Whether `dist` holds a build of the UI, and whether any source is newer than it. */
export function webBuildState(dist: string = WEB_DIST): WebBuildState {
  const index = join(dist, 'index.html');
  if (!existsSync(index)) return 'missing';
  const built = statSync(index).mtimeMs;
  return newestSource() > built ? 'stale' : 'fresh';
}

function newestSource(): number {
  let newest = 0;
  const visit = (path: string): void => {
    if (!existsSync(path)) return;
    const s = statSync(path);
    if (s.isDirectory()) for (const name of readdirSync(path)) visit(join(path, name));
    else newest = Math.max(newest, s.mtimeMs);
  };
  for (const p of ['src', 'index.html', 'vite.config.ts']) visit(join(WEB_ROOT, p));
  return newest;
}

/** How to build the UI by hand, for messages. */
export const BUILD_HINT = "npm run build:web (in the claimtrail checkout; needs 'npm install' with its dev dependencies)";

/**
 * Builds the UI with vite (a dev dependency) into `outDir` (default web/dist), in a
 * child process under this Node. Its output goes to `log` only when it fails.
 */
export async function buildWeb(options: { readonly outDir?: string; readonly log?: (line: string) => void } = {}): Promise<void> {
  let viteBin: string;
  try {
    viteBin = join(dirname(createRequire(import.meta.url).resolve('vite/package.json')), 'bin', 'vite.js');
  } catch {
    throw new UsageError(`cannot build the web UI: vite is not installed (run 'npm install' in the claimtrail checkout, then ${BUILD_HINT})`);
  }
  const args = [viteBin, 'build', WEB_ROOT, '--logLevel', 'warn', ...(options.outDir ? ['--outDir', options.outDir, '--emptyOutDir'] : [])];
  const output: string[] = [];
  const code = await new Promise<number>((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: WEB_ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.on('data', (d: Buffer) => output.push(d.toString()));
    child.stderr.on('data', (d: Buffer) => output.push(d.toString()));
    child.on('error', reject);
    child.on('close', (c) => resolve(c ?? 1));
  });
  if (code !== 0) {
    options.log?.(output.join(''));
    throw new Error(`building the web UI failed (vite exited with ${code}); try ${BUILD_HINT}`);
  }
}
