import http from 'node:http';
import https from 'node:https';
import { createRequire } from 'node:module';
import type { Readable } from 'node:stream';
import zlib from 'node:zlib';
import { DEFAULT_MAX_BYTES } from './file-source.ts';

export interface HttpGetOptions {
  /** Time to establish the connection (TCP and TLS). Default 10 s. */
  readonly connectTimeoutMs?: number;
  /** Longest silence once connected: waiting for the headers, or between two chunks of the body. Default 30 s. */
  readonly readTimeoutMs?: number;
  /** Bodies larger than this (after decompression) are refused; the download stops there. Default 20 MB. */
  readonly maxBytes?: number;
  /** Default 5. */
  readonly maxRedirects?: number;
  /** Extra request headers: If-None-Match, If-Modified-Since, Accept. */
  readonly headers?: Readonly<Record<string, string>>;
  readonly signal?: AbortSignal;
}

export type HttpGetResult =
  | {
      readonly ok: true;
      /** The URL after redirects. */
      readonly url: string;
      /** 2xx, or 304 (not modified) when a conditional request was made: then `bytes` is empty. */
      readonly status: number;
      /** Response headers, names in lower case. */
      readonly headers: Readonly<Record<string, string>>;
      readonly bytes: Uint8Array;
    }
  | {
      readonly ok: false;
      readonly url: string;
      /** `timeout`, `too-large`, `too-many-redirects`, `http-status`, `unreachable`, `bad-url`, `aborted`. */
      readonly code: string;
      readonly message: string;
      readonly status?: number;
      /** From Retry-After on a 429 or 503, in milliseconds from now. */
      readonly retryAfterMs?: number;
    };

const VERSION = (createRequire(import.meta.url)('../../package.json') as { version: string }).version;
/** Honest about what it is and where to find out more, as polite crawlers are. */
const USER_AGENT = `claimtrail/${VERSION} (+https://github.com/claimtrail; research tool)`;
const REDIRECTS = new Set([301, 302, 303, 307, 308]);

type Hop = { readonly redirect: string } | { readonly result: HttpGetResult };

/**
 * One HTTP(S) GET, bounded every way a crawler must be: connect and read timeouts, a
 * size limit enforced while streaming (the connection is dropped past it), a redirect
 * limit. Every failure is a result with a code and a message naming the URL, never a
 * throw, so a source can turn it into one document's problem and go on.
 */
export async function httpGet(url: string, options: HttpGetOptions = {}): Promise<HttpGetResult> {
  const maxRedirects = options.maxRedirects ?? 5;
  let target: URL;
  try {
    target = new URL(url);
  } catch {
    return { ok: false, url, code: 'bad-url', message: `${url}: not a URL` };
  }
  for (let hops = 0; ; hops++) {
    if (target.protocol !== 'http:' && target.protocol !== 'https:') {
      return { ok: false, url: target.href, code: 'bad-url', message: `${url}: only http and https URLs are fetched (got ${target.protocol})` };
    }
    const hop = await request(target, options);
    if ('result' in hop) return hop.result;
    if (hops >= maxRedirects) return { ok: false, url, code: 'too-many-redirects', message: `${url}: more than ${maxRedirects} redirects` };
    target = new URL(hop.redirect, target);
  }
}

function request(target: URL, options: HttpGetOptions): Promise<Hop> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const connectMs = options.connectTimeoutMs ?? 10_000;
  const readMs = options.readTimeoutMs ?? 30_000;
  const url = target.href;
  return new Promise((resolve) => {
    let settled = false;
    const finish = (hop: Hop): void => {
      if (settled) return;
      settled = true;
      clearTimeout(connectTimer);
      req.destroy();
      resolve(hop);
    };
    const fail = (code: string, message: string, extra: { status?: number; retryAfterMs?: number } = {}): void =>
      finish({ result: { ok: false, url, code, message: `${url}: ${message}`, ...extra } });
    const lib = target.protocol === 'https:' ? https : http;
    const req = lib.request(target, {
      method: 'GET',
      headers: { 'user-agent': USER_AGENT, accept: '*/*', 'accept-encoding': 'gzip, deflate, br', ...options.headers },
      ...(options.signal ? { signal: options.signal } : {}),
    });
    const connectTimer = setTimeout(() => fail('timeout', `no connection within ${connectMs / 1000} s`), connectMs);
    req.on('socket', (socket) => {
      if (!socket.connecting) clearTimeout(connectTimer);
      else socket.once(target.protocol === 'https:' ? 'secureConnect' : 'connect', () => clearTimeout(connectTimer));
    });
    req.setTimeout(readMs, () => fail('timeout', `no data for ${readMs / 1000} s`));
    req.on('error', (err: NodeJS.ErrnoException) => {
      if (err.name === 'AbortError') fail('aborted', 'stopped');
      else fail('unreachable', describe(err));
    });
    req.on('response', (res) => {
      const status = res.statusCode ?? 0;
      const headers: Record<string, string> = {};
      for (const [k, v] of Object.entries(res.headers)) if (v !== undefined) headers[k] = Array.isArray(v) ? v.join(', ') : v;
      if (REDIRECTS.has(status) && headers.location) return finish({ redirect: headers.location });
      if (status === 304) return finish({ result: { ok: true, url, status, headers, bytes: new Uint8Array(0) } });
      if (status < 200 || status >= 300) {
        const retryAfterMs = retryAfter(headers['retry-after']);
        return fail('http-status', `HTTP ${status}${res.statusMessage ? ` ${res.statusMessage}` : ''}`, {
          status,
          ...(retryAfterMs === undefined ? {} : { retryAfterMs }),
        });
      }
      const declared = Number(headers['content-length']);
      if (declared > maxBytes) return fail('too-large', `${mb(declared)} is over the ${mb(maxBytes)} limit`);
      const coding = (headers['content-encoding'] ?? '').trim().toLowerCase();
      const body: Readable =
        coding === 'gzip' || coding === 'x-gzip'
          ? res.pipe(zlib.createGunzip())
          : coding === 'deflate'
            ? res.pipe(zlib.createInflate())
            : coding === 'br'
              ? res.pipe(zlib.createBrotliDecompress())
              : res;
      const chunks: Buffer[] = [];
      let size = 0;
      body.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > maxBytes) {
          body.destroy();
          fail('too-large', `over the ${mb(maxBytes)} limit (stopped reading at ${mb(size)})`);
        } else chunks.push(chunk);
      });
      body.on('end', () => finish({ result: { ok: true, url, status, headers, bytes: Buffer.concat(chunks) } }));
      body.on('error', (err) => fail('unreachable', `broken response: ${describe(err)}`));
      if (body !== res) res.on('error', (err) => fail('unreachable', `broken response: ${describe(err)}`));
    });
    req.end();
  });
}

/** Retry-After as seconds ("120") or an HTTP date, in milliseconds from now. */
function retryAfter(v: string | undefined): number | undefined {
  if (!v) return undefined;
  if (/^\s*\d+\s*$/.test(v)) return Number(v) * 1000;
  const t = Date.parse(v);
  return Number.isNaN(t) ? undefined : Math.max(0, t - Date.now());
}

function describe(err: NodeJS.ErrnoException): string {
  if (err.code === 'ENOTFOUND' || err.code === 'EAI_AGAIN') return 'host not found';
  if (err.code === 'ECONNREFUSED') return 'connection refused';
  if (err.code === 'ECONNRESET') return 'connection reset';
  return err.message || String(err.code);
}

function mb(n: number): string {
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}
