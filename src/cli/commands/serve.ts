import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { archiveLocation } from '../../app/archive-location.ts';
import { openStore } from '../../app/open-store.ts';
import { openUserStore } from '../../app/open-user-store.ts';
import { openArchive } from '../../archive/open-archive.ts';
import { UsageError } from '../../domain/errors.ts';
import { createStageContext } from '../../extract/create-stage-context.ts';
import type { StageContext } from '../../extract/stage.ts';
import { createApp } from '../../http/create-app.ts';
import { startServer } from '../../http/start-server.ts';
import type { CliIo } from '../cli-io.ts';
import type { Command } from '../command.ts';
import { STORE_HELP, storeLocation, storeOption } from '../store-option.ts';
import { BUILD_HINT, WEB_DIST, webBuildState } from '../web-build.ts';

export const serveCommand: Command = {
  name: 'serve',
  summary: 'serve the HTTP API (and the web UI when built) for signed-in users',
  usage: `usage: claimtrail serve [--store PATH] [--port 8080] [--host 127.0.0.1] [options]

Serves the ledger over HTTP: the JSON API under /api (described at /openapi.json) and
the web UI from web/dist once built ('npm run build:web'). Every API call but /api/health and
sign-in needs an account: make the first with 'claimtrail users add NAME --role admin'.
Writes (ingest, link, verify, export) run as background jobs and are recorded with the
user, in the custody log beside the store where the log has the action, and in the
store's audit of API writes. Ctrl-C (SIGINT) or SIGTERM stops it.

options:
${STORE_HELP}
  --port N              port (default 8080; 0 picks a free one)
  --host ADDRESS        address to listen on (default 127.0.0.1: this machine only)
  --web DIR             the built web UI (default web/dist of this checkout)
  --trust-proxy         take the client address and scheme from X-Forwarded-* (only
                        behind a reverse proxy you run, which sets them)
  --allow-origin URL    another origin allowed to make signed-in writes (a UI dev
                        server); repeatable
  --allow-private-urls  let ingest fetch loopback and private-network addresses
  -h, --help            this text
`,
  options: {
    ...storeOption,
    port: { type: 'string' },
    host: { type: 'string' },
    web: { type: 'string' },
    'trust-proxy': { type: 'boolean' },
    'allow-origin': { type: 'string', multiple: true },
    'allow-private-urls': { type: 'boolean' },
  },
  async run(args, io) {
    const port = Number(args.values.port ?? 8080);
    if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port needs a port number, got '${String(args.values.port)}'`);
    const running = await startServe(
      {
        location: storeLocation(args, io),
        port,
        host: typeof args.values.host === 'string' ? args.values.host : '127.0.0.1',
        ...(typeof args.values.web === 'string' ? { web: args.values.web } : {}),
        trustProxy: Boolean(args.values['trust-proxy']),
        allowedOrigins: (args.values['allow-origin'] as string[] | undefined) ?? [],
        allowPrivateUrls: Boolean(args.values['allow-private-urls']),
      },
      io,
    );
    if (running.accounts === 0) io.stdout.write(`no accounts yet: add one with 'claimtrail users add NAME --role admin --store ${running.location}'\n`);
    await untilStopped();
    io.stdout.write('stopping\n');
    await running.stop();
    return 0;
  },
};

export interface ServeOptions {
  readonly location: string;
  readonly port: number;
  readonly host: string;
  /** The built UI; default web/dist of this checkout. */
  readonly web?: string;
  readonly trustProxy?: boolean;
  readonly allowedOrigins?: readonly string[];
  readonly allowPrivateUrls?: boolean;
}

export interface RunningServe {
  readonly url: string;
  readonly location: string;
  /** How many accounts the store has. */
  readonly accounts: number;
  stop(): Promise<void>;
}

/** Resolves on Ctrl-C (SIGINT) or SIGTERM. */
export function untilStopped(): Promise<void> {
  return new Promise<void>((resolve) => {
    const done = () => {
      process.off('SIGINT', done);
      process.off('SIGTERM', done);
      resolve();
    };
    process.once('SIGINT', done);
    process.once('SIGTERM', done);
  });
}

/** Opens the store, users and archive and starts listening; prints the URL and where the UI comes from. */
export async function startServe(options: ServeOptions, io: CliIo): Promise<RunningServe> {
  const { location } = options;
  const web = options.web ?? WEB_DIST;
  const store = await openStore(location);
  const users = await openUserStore(location);
  const dir = archiveLocation(location);
  const archive = dir ? await openArchive(dir, { who: 'claimtrail serve' }) : undefined;
  let ctx: StageContext | undefined;
  const api = createApp({
    store,
    users,
    ...(archive ? { archive } : {}),
    storeLocation: location,
    stageContext: () => (ctx ??= createStageContext()),
    trustProxy: options.trustProxy ?? false,
    allowedOrigins: options.allowedOrigins ?? [],
    allowPrivateUrls: options.allowPrivateUrls ?? false,
    webDist: web,
    log: (line) => io.stderr.write(`${line}\n`),
  });
  const closeAll = async () => {
    await api.close();
    await archive?.close();
    await users.close();
    await store.close();
  };
  try {
    const server = await startServer(api, { port: options.port, host: options.host });
    const built = existsSync(join(web, 'index.html'));
    io.stdout.write(`claimtrail API on ${server.url} (store ${location}${built ? `, web UI from ${web}` : ', no web UI built'})\n`);
    if (!built) io.stderr.write(`no web UI in ${web}: build it with ${BUILD_HINT}, then restart (the API works without it)\n`);
    else if (options.web === undefined && webBuildState(web) === 'stale') io.stderr.write(`the web UI in ${web} is older than its sources: rebuild it with ${BUILD_HINT}\n`);
    return {
      url: server.url,
      location,
      accounts: await users.countUsers(),
      async stop() {
        await server.close();
        await closeAll();
      },
    };
  } catch (err) {
    await closeAll();
    throw err;
  }
}
