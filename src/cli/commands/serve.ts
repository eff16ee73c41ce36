import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { archiveLocation } from '../../app/archive-location.ts';
import { openStore } from '../../app/open-store.ts';
import { openUserStore } from '../../app/open-user-store.ts';
import { openArchive } from '../../archive/open-archive.ts';
import { UsageError } from '../../domain/errors.ts';
import { createStageContext } from '../../extract/create-stage-context.ts';
import type { StageContext } from '../../extract/stage.ts';
import { createApp } from '../../http/create-app.ts';
import { startServer } from '../../http/start-server.ts';
import type { Command } from '../command.ts';
import { STORE_HELP, storeLocation, storeOption } from '../store-option.ts';

const WEB_DIST = fileURLToPath(new URL('../../../web/dist', import.meta.url));

export const serveCommand: Command = {
  name: 'serve',
  summary: 'serve the HTTP API (and the web UI when built) for signed-in users',
  usage: `usage: claimtrail serve [--store PATH] [--port 8080] [--host 127.0.0.1] [options]

Serves the ledger over HTTP: the JSON API under /api (described at /openapi.json) and
the web UI from web/dist when it has been built. Every API call but /api/health and
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
    const host = typeof args.values.host === 'string' ? args.values.host : '127.0.0.1';
    const location = storeLocation(args, io);
    const web = typeof args.values.web === 'string' ? args.values.web : WEB_DIST;
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
      trustProxy: Boolean(args.values['trust-proxy']),
      allowedOrigins: (args.values['allow-origin'] as string[] | undefined) ?? [],
      allowPrivateUrls: Boolean(args.values['allow-private-urls']),
      webDist: web,
      log: (line) => io.stderr.write(`${line}\n`),
    });
    try {
      const server = await startServer(api, { port, host });
      io.stdout.write(`claimtrail API on ${server.url} (store ${location}${existsSync(web) ? `, web UI from ${web}` : ', no web UI built'})\n`);
      if ((await users.countUsers()) === 0) io.stdout.write(`no accounts yet: add one with 'claimtrail users add NAME --role admin --store ${location}'\n`);
      await new Promise<void>((resolve) => {
        process.once('SIGINT', resolve);
        process.once('SIGTERM', resolve);
      });
      io.stdout.write('stopping\n');
      await server.close();
      return 0;
    } finally {
      await api.close();
      await archive?.close();
      await users.close();
      await store.close();
    }
  },
};
