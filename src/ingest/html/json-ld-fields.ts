/** What a page's JSON-LD says about its article. */
export interface JsonLdFields {
  headline?: string;
  authors?: string[];
  datePublished?: string;
  dateModified?: string;
  inLanguage?: string;
  url?: string;
  description?: string;
  publisher?: string;
  /** The full text, which some publishers put here for search engines. */
  articleBody?: string;
}

/** Schema.org types that describe an article (not the site, a person, a breadcrumb list). */
const ARTICLE_TYPE =
  /(Article|BlogPosting|Posting|Report|Review|NewsArticle|Recipe|WebPage|CreativeWork|LiveBlogPosting)$/;

/**
 * The article fields of a page's `<script type="application/ld+json">` blocks. Scripts
 * that do not parse are skipped (publishers ship trailing commas and CDATA wrappers);
 * `@graph` containers are searched; among several objects the most article-like wins
 * (an `Article` over a `WebPage`).
 */
export function jsonLdFields(scripts: readonly string[]): JsonLdFields {
  const objects: Record<string, unknown>[] = [];
  for (const s of scripts) {
    const parsed = tryParse(s);
    if (parsed !== undefined) gather(parsed, objects, 0);
  }
  const ranked = objects
    .map((o) => ({ o, rank: rank(o) }))
    .filter((x) => x.rank > 0)
    .sort((a, b) => b.rank - a.rank);
  const out: JsonLdFields = {};
  for (const { o } of ranked) {
    out.headline ??= str(o.headline) ?? str(o.name);
    out.datePublished ??= str(o.datePublished) ?? str(o.dateCreated) ?? str(o.uploadDate);
    out.dateModified ??= str(o.dateModified);
    out.inLanguage ??=
      str(o.inLanguage) ?? str((o.inLanguage as Record<string, unknown> | undefined)?.alternateName);
    out.url ??= str(o.url) ?? str((o.mainEntityOfPage as Record<string, unknown> | undefined)?.['@id']);
    out.description ??= str(o.description);
    out.publisher ??= names(o.publisher)[0];
    out.articleBody ??= str(o.articleBody) ?? str(o.text);
    if (!out.authors?.length) {
      const a = names(o.author ?? o.creator);
      if (a.length) out.authors = a;
    }
  }
  return out;
}

function tryParse(s: string): unknown {
  const body = s
    .trim()
    .replace(/^<!\[CDATA\[|\]\]>$/g, '')
    .replace(/^\/\/.*$/gm, '');
  try {
    return JSON.parse(body);
  } catch {
    try {
      // Trailing commas and raw line breaks inside strings: the two commonest faults.
      return JSON.parse(body.replace(/,\s*([}\]])/g, '$1').replace(/[\r\n\t]+/g, ' '));
    } catch {
      return undefined;
    }
  }
}

function gather(v: unknown, out: Record<string, unknown>[], depth: number): void {
  if (depth > 4 || v === null || typeof v !== 'object') return;
  if (Array.isArray(v)) {
    for (const x of v) gather(x, out, depth + 1);
    return;
  }
  const o = v as Record<string, unknown>;
  out.push(o);
  if (o['@graph']) gather(o['@graph'], out, depth + 1);
  if (o.mainEntity && typeof o.mainEntity === 'object') gather(o.mainEntity, out, depth + 1);
}

function rank(o: Record<string, unknown>): number {
  const types = ([] as unknown[]).concat(o['@type'] ?? []).map(String);
  if (types.some((t) => /Article$|BlogPosting$|LiveBlogPosting$|Report$/.test(t))) return 3;
  if (types.some((t) => ARTICLE_TYPE.test(t))) return types.some((t) => /WebPage$/.test(t)) ? 1 : 2;
  return 0;
}

function str(v: unknown): string | undefined {
  if (typeof v === 'string' && v.trim() !== '') return v.trim();
  if (Array.isArray(v)) return str(v[0]);
  return undefined;
}

/** `"Jane Doe"`, `{name: "Jane Doe"}`, `[{...}, {...}]` → names. */
function names(v: unknown): string[] {
  if (typeof v === 'string') return v.trim() ? [v.trim()] : [];
  if (Array.isArray(v)) return v.flatMap(names);
  if (v && typeof v === 'object') {
    const n = (v as Record<string, unknown>).name;
    return typeof n === 'string' && n.trim() ? [n.trim()] : [];
  }
  return [];
}
