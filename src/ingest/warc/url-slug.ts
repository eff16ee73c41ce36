const MAX = 60;

/**
 * A document name from a URL's path: `https://news.example/world/2024/fire-at-mill.html`
 * → `world-2024-fire-at-mill`; the host when the path is empty; the end of long paths
 * (the most specific part). ASCII letters, digits and hyphens only.
 */
export function urlSlug(uri: string): string {
  let host = '';
  let path = uri;
  try {
    const u = new URL(uri);
    host = u.hostname;
    path = u.pathname;
  } catch {
    // not a URL: slug what there is
  }
  try {
    path = decodeURIComponent(path);
  } catch {
    // a stray % is just a character here
  }
  const slug = (s: string): string =>
    s
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '');
  let s = slug(path.replace(/\.[a-z0-9]{1,5}$/i, ''));
  if (s === '') s = slug(host);
  if (s.length > MAX) s = s.slice(s.length - MAX).replace(/^[^-]*-/, '') || s.slice(s.length - MAX);
  return s === '' ? 'record' : s;
}
