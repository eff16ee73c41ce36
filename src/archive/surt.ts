/**
 * The SURT form CDXJ indexes sort by: `https://www.Example.com/a?b` → `com,example)/a?b`
 * (host reversed, `www.` dropped, lower-cased). Anything not http(s) is lower-cased as is.
 */
export function surt(url: string): string {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return url.toLowerCase();
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return url.toLowerCase();
  const host = u.hostname.toLowerCase().replace(/^www\d*\./, '').split('.').reverse().join(',');
  const port = u.port ? `:${u.port}` : '';
  return `${host}${port})${(u.pathname + u.search).toLowerCase()}`;
}
