import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';

export interface RequestFacts {
  /** The client's address (the socket's; X-Forwarded-For's first only behind a trusted proxy). */
  readonly ip: string;
  readonly https: boolean;
  /** scheme://host[:port] the client addressed. */
  readonly origin: string;
}

/** What the API needs to know about where a request came from and how. */
export function requestFacts(c: Context, trustProxy: boolean): RequestFacts {
  const url = new URL(c.req.url);
  let ip = 'unknown';
  try {
    ip = getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    // in-process requests (app.request in tests) have no socket
  }
  let proto = url.protocol.replace(/:$/, '');
  let host = url.host;
  if (trustProxy) {
    ip = c.req.header('x-forwarded-for')?.split(',')[0]?.trim() || ip;
    proto = c.req.header('x-forwarded-proto')?.split(',')[0]?.trim() || proto;
    host = c.req.header('x-forwarded-host')?.split(',')[0]?.trim() || host;
  }
  return { ip, https: proto === 'https', origin: `${proto}://${host}` };
}
