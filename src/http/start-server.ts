import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import type { Api } from './create-app.ts';

export interface RunningServer {
  /** http://host:port, with the port actually bound (port 0 picks a free one). */
  readonly url: string;
  close(): Promise<void>;
}

/** Listens with the API on host:port; resolves once it is listening. */
export function startServer(api: Api, options: { readonly port: number; readonly host: string }): Promise<RunningServer> {
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: api.app.fetch, port: options.port, hostname: options.host }, (info: AddressInfo) => {
      const host = info.family === 'IPv6' ? `[${info.address}]` : info.address;
      resolve({
        url: `http://${host}:${info.port}`,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done());
            // idle keep-alive connections would hold close() open
            (server as { closeAllConnections?: () => void }).closeAllConnections?.();
          }),
      });
    });
    server.once('error', reject);
  });
}
