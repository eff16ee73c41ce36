// Every in-app URL, built here from ids and user input only, each part encoded.
import type { Span } from './api-types.ts';

const enc = encodeURIComponent;

export const home = '/';

export function claimHref(id: string): string {
  return `/claims/${enc(id)}`;
}

export function entityHref(id: string): string {
  return `/entities/${enc(id)}`;
}

/** The source viewer, with the evidence span to highlight. */
export function sourceHref(docId: string, span?: Span): string {
  const base = `/sources/${enc(docId)}`;
  return span ? `${base}?start=${span.start}&end=${span.end}` : base;
}

export function searchHref(params: Readonly<Record<string, string | undefined>>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v) q.set(k, v);
  const s = q.toString();
  return s ? `/search?${s}` : '/search';
}

export function figuresHref(what?: string): string {
  return what ? `/figures?what=${enc(what)}` : '/figures';
}

/** `/claims/abc` → ['claims', 'abc']; undefined when the path has another shape. */
export function matchPath(path: string, prefix: string): string | undefined {
  const m = new RegExp(`^/${prefix}/([^/]+)/?$`).exec(path);
  if (!m?.[1]) return undefined;
  try {
    return decodeURIComponent(m[1]);
  } catch {
    return undefined;
  }
}
