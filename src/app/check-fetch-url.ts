import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import { UsageError } from '../domain/errors.ts';

/**
 * Refuses a URL the server should not fetch on a user's behalf: anything but http(s),
 * credentials in the URL, and (unless allowed) hosts that are or resolve to loopback,
 * private, link-local or otherwise internal addresses, so that the ingest API cannot be
 * used to reach the server's own network (SSRF). A redirect to such an address, or a
 * name re-resolved differently at fetch time, is not caught here: that needs the fetcher
 * itself (src/ingest/http-get.ts) to check the address it connects to.
 */
export async function checkFetchUrl(url: string, options: { readonly allowPrivate?: boolean } = {}): Promise<URL> {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    throw new UsageError('not a URL');
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') throw new UsageError('only http and https URLs can be ingested');
  if (u.username || u.password) throw new UsageError('a URL with a user name or password is not fetched');
  if (options.allowPrivate) return u;
  const host = u.hostname.replace(/^\[|\]$/g, '');
  let addresses: string[];
  try {
    addresses = isIP(host) ? [host] : (await lookup(host, { all: true, verbatim: true })).map((a) => a.address);
  } catch (cause) {
    throw new UsageError(`cannot resolve ${host}`, { cause });
  }
  if (addresses.length === 0 || addresses.some(isInternal)) throw new UsageError(`${host} is an internal address: not fetched`);
  return u;
}

function isInternal(address: string): boolean {
  const v4 = address.replace(/^::ffff:/i, '');
  if (isIP(v4) === 4) {
    const [a = 0, b = 0] = v4.split('.').map(Number);
    return a === 0 || a === 10 || a === 127 || (a === 100 && b >= 64 && b < 128) || (a === 169 && b === 254) || (a === 172 && b >= 16 && b < 32) || (a === 192 && b === 168) || (a === 198 && (b === 18 || b === 19)) || a >= 224;
  }
  const x = address.toLowerCase();
  return x === '::' || x === '::1' || /^f[cd]/.test(x) || /^fe[89ab]/.test(x) || /^ff/.test(x);
}
