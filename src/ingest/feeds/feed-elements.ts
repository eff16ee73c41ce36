import { xmlTokens, type XmlScan } from './xml-tokens.ts';

/** An element of a feed, its namespace resolved to the key readers look it up by. */
export interface XmlElement {
  /** The name as written: `dc:creator`, `title`. */
  readonly name: string;
  /** The local name with a canonical prefix for known namespaces: `title`, `dc:creator`, `atom:link`. */
  readonly key: string;
  readonly local: string;
  readonly attrs: Readonly<Record<string, string>>;
  readonly children: (XmlElement | string)[];
  /** The element's content in the source text: [innerStart, innerEnd). */
  readonly innerStart: number;
  innerEnd: number;
  /** The xml:base in effect, if any. */
  readonly base: string | undefined;
}

export type FeedEvent = { readonly kind: 'root'; readonly el: XmlElement } | { readonly kind: 'item'; readonly el: XmlElement };

/**
 * Namespaces as readers know them. The feed formats' own (RSS 1.0, RSS 0.90, Userland's
 * RSS 2) map to no prefix, like RSS 2.0 without one; both Atom versions to `atom`.
 */
const PREFIXES: Readonly<Record<string, string>> = Object.freeze({
  'http://www.w3.org/2005/Atom': 'atom',
  'http://purl.org/atom/ns#': 'atom',
  'http://purl.org/rss/1.0/': '',
  'http://my.netscape.com/rdf/simple/0.9/': '',
  'http://backend.userland.com/rss2': '',
  'http://blogs.law.harvard.edu/tech/rss': '',
  'http://www.w3.org/1999/02/22-rdf-syntax-ns#': 'rdf',
  'http://purl.org/dc/elements/1.1/': 'dc',
  'http://purl.org/dc/terms/': 'dcterms',
  'http://purl.org/rss/1.0/modules/content/': 'content',
  'http://www.w3.org/1999/xhtml': 'xhtml',
  'http://search.yahoo.com/mrss/': 'media',
  'http://www.itunes.com/dtds/podcast-1.0.dtd': 'itunes',
});

const ITEM_KEYS = new Set(['item', 'entry', 'atom:entry']);

/** Elements that hold only text in every feed format: one opening inside another was not closed. */
const TEXT_ONLY = new Set(['title', 'link', 'guid', 'pubDate', 'author', 'category', 'comments', 'dc:creator', 'dc:date', 'id', 'published', 'updated']);
/** What starts a new field of an item or channel, closing a text-only element left open. */
const FIELDS = new Set([...TEXT_ONLY, 'description', 'content:encoded', 'summary', 'content', 'enclosure', 'source', ...ITEM_KEYS]);

interface Frame {
  readonly el: XmlElement;
  readonly ns: ReadonlyMap<string, string>;
  readonly inItem: boolean;
}

/**
 * The feed's elements as it is read: first the root (whose children fill in as the
 * channel's metadata is read), then each item or entry, whole, when it ends. Items are
 * not kept in the tree once yielded, so memory holds the channel and one item at a time.
 * Mismatched end tags close what they match (noting what they left open); a stray
 * end tag is noted and ignored; everything open at the end of input is closed there.
 */
export function* feedElements(src: string, scan: XmlScan): Generator<FeedEvent> {
  const stack: Frame[] = [];
  let rooted = false;
  const note = (msg: string): void => {
    if (scan.issues.length < 20) scan.issues.push(msg);
  };
  const close = (at: number): XmlElement | undefined => {
    const frame = stack.pop();
    if (!frame) return undefined;
    frame.el.innerEnd = at;
    return frame.el;
  };
  /** An element is in its parent's children from the moment it opens (the channel's title can be read while its items are), except an item, which is yielded when it ends. */
  const isItem = (el: XmlElement, parent: Frame): boolean => !parent.inItem && ITEM_KEYS.has(el.key);

  for (const tok of xmlTokens(src, scan)) {
    if (tok.kind === 'text') {
      const top = stack[stack.length - 1];
      if (top) top.el.children.push(tok.text);
      else if (tok.text.trim() !== '') note(`text outside the root element at ${tok.start}`);
      continue;
    }
    if (tok.kind === 'open') {
      if (stack.length === 0 && rooted) {
        note(`second root element <${tok.name}> at ${tok.start}`);
        continue;
      }
      // "<title>First<link>..." and "<item>...<item>": close what was left open, as HTML parsers do
      const key = tok.name.replace(/^atom:/, '');
      if (FIELDS.has(key)) {
        const opener = ITEM_KEYS.has(key) ? stack.findLastIndex((f) => f.inItem && ITEM_KEYS.has(f.el.key)) : -1;
        while (stack.length > 1 && (opener >= 0 ? stack.length > opener : isTextOnly(stack[stack.length - 1]?.el))) {
          note(`<${stack[stack.length - 1]?.el.name}> not closed before <${tok.name}>`);
          yield* closeTop(tok.start);
        }
      }
      const top = stack[stack.length - 1];
      const attrs: Record<string, string> = {};
      let ns: ReadonlyMap<string, string> = top?.ns ?? new Map<string, string>();
      let declared: Map<string, string> | undefined;
      for (const [k, v] of tok.attrs) {
        attrs[k] = v;
        if (k === 'xmlns' || k.startsWith('xmlns:')) {
          declared ??= new Map(ns);
          declared.set(k === 'xmlns' ? '' : k.slice(6), v);
        }
      }
      if (declared) ns = declared;
      const colon = tok.name.indexOf(':');
      const prefix = colon > 0 ? tok.name.slice(0, colon) : '';
      const local = colon > 0 ? tok.name.slice(colon + 1) : tok.name;
      const uri = ns.get(prefix);
      if (prefix && uri === undefined && prefix !== 'xml') note(`undeclared namespace prefix '${prefix}' on <${tok.name}>`);
      const canonical = uri === undefined ? prefix : (PREFIXES[uri] ?? prefix);
      const el: XmlElement = {
        name: tok.name,
        key: canonical ? `${canonical}:${local}` : local,
        local,
        attrs,
        children: [],
        innerStart: tok.end,
        innerEnd: tok.end,
        base: resolveBase(attrs['xml:base'], top?.el.base),
      };
      const inItem = top ? top.inItem || ITEM_KEYS.has(el.key) : false;
      if (!top) {
        rooted = true;
        yield { kind: 'root', el };
        if (tok.selfClosing) continue;
        stack.push({ el, ns, inItem: false });
        continue;
      }
      const item = isItem(el, top);
      if (!item) top.el.children.push(el);
      if (tok.selfClosing) {
        if (item) yield { kind: 'item', el };
        continue;
      }
      stack.push({ el, ns, inItem });
      continue;
    }
    // an end tag closes the innermost open element of its name
    let match = -1;
    for (let k = stack.length - 1; k >= 0; k--) {
      if (stack[k]?.el.name === tok.name) {
        match = k;
        break;
      }
    }
    if (match < 0) {
      note(`stray end tag </${tok.name}> at ${tok.start}`);
      continue;
    }
    while (stack.length > match + 1) {
      note(`<${stack[stack.length - 1]?.el.name}> not closed before </${tok.name}>`);
      yield* closeTop(tok.start);
    }
    yield* closeTop(tok.start);
  }
  if (stack.length > 0) note(`input ended inside <${stack[stack.length - 1]?.el.name}>`);
  while (stack.length > 0) yield* closeTop(src.length);

  function* closeTop(at: number): Generator<FeedEvent> {
    const el = close(at);
    const parent = stack[stack.length - 1];
    if (el && parent && isItem(el, parent)) yield { kind: 'item', el };
  }
}

/** A text-only element holding only text so far (an XHTML title holds markup by design). */
function isTextOnly(el: XmlElement | undefined): boolean {
  return !!el && TEXT_ONLY.has(el.key.replace(/^atom:/, '')) && !(el.attrs.type ?? '').includes('xhtml') && el.children.every((c) => typeof c === 'string');
}

function resolveBase(base: string | undefined, parent: string | undefined): string | undefined {
  if (base === undefined) return parent;
  try {
    return new URL(base, parent).href;
  } catch {
    return parent ?? base;
  }
}
