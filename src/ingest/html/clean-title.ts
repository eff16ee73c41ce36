export interface TitleSources {
  /** og:title or twitter:title. */
  readonly og?: string | undefined;
  /** The JSON-LD headline. */
  readonly ld?: string | undefined;
  /** The <title> element. */
  readonly tag?: string | undefined;
  /** The page's <h1> texts. */
  readonly h1s: readonly string[];
  readonly siteName?: string | undefined;
}

/** " | ", " - ", " — ", " :: ", " · ": what templates put between a headline and the site's name. */
const SEPARATOR = /\s+(?:[|\-–—·•»:]|::)\s+/;

/**
 * The headline. An <h1> that agrees with the metadata is the headline as printed; else
 * og:title or the JSON-LD headline; else <title> without the site's name ("Story | Site",
 * "Site - Story").
 */
export function cleanTitle(s: TitleSources): string | undefined {
  const declared = [s.og, s.ld, s.tag]
    .map((t) => (t ? squash(t) : undefined))
    .filter((t): t is string => !!t);
  for (const h of s.h1s) {
    const h1 = squash(h);
    if (
      h1.length >= 4 &&
      declared.some((d) => key(d).includes(key(h1)) && key(h1).length >= key(d).length * 0.4)
    )
      return h1;
  }
  const og = s.og ? stripSite(squash(s.og), s.siteName) : undefined;
  if (og) return og;
  if (s.ld) return squash(s.ld);
  if (s.tag) return stripSite(squash(s.tag), s.siteName);
  const h1 = s.h1s.map(squash).find((h) => h.length >= 4);
  return h1;
}

function stripSite(title: string, site: string | undefined): string {
  const parts = title.split(SEPARATOR);
  if (parts.length < 2) return title;
  if (site) {
    const k = key(site);
    const rest = parts.filter((p) => key(p) !== k && !k.includes(key(p)));
    if (rest.length && rest.length < parts.length) return rest.join(' - ');
  }
  // Without a site name: the site is the short end that reads as a name ("Story | The
  // Daily Paper"), not a phrase ("Velm votes - and the ferry sails").
  const first = parts[0] ?? '';
  const last = parts[parts.length - 1] ?? '';
  if (words(last) <= 4 && words(first) >= 3 && isName(last))
    return title.slice(0, title.length - last.length).replace(/\s*(?:[|\-–—·•»:]|::)\s*$/, '');
  if (words(first) <= 3 && words(last) >= 4 && isName(first))
    return title.slice(first.length).replace(/^\s*(?:[|\-–—·•»:]|::)\s*/, '');
  return title;
}

/** "The Daily Paper", "BBC News", "example.com": every word capitalised, or a domain. */
function isName(s: string): boolean {
  if (/^[\w-]+(\.[\w-]+)+$/.test(s.trim())) return true;
  return s
    .trim()
    .split(/\s+/)
    .every((w) => !/^\p{Ll}/u.test(w) || /^(of|the|and|for|de|du|la|le|der|die|das|am|on)$/.test(w));
}

function squash(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

function key(s: string): string {
  return s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

function words(s: string): number {
  return s.split(/\s+/).filter(Boolean).length;
}
