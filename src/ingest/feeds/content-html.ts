import type { XmlElement } from './feed-elements.ts';
import { escapeHtml } from './escape-html.ts';
import { textOf } from './text-of.ts';

/**
 * An item's description, summary or content as HTML, whatever way the feed wrote it.
 * RSS means HTML, escaped or in CDATA ("&lt;p&gt;Text" or "<![CDATA[<p>Text]]>"), though
 * ill-formed feeds put the tags in raw; Atom says which with `type` (text, html, xhtml)
 * and Atom 0.3 also with `mode` (escaped, xml, base64). Plain text is escaped and split
 * into paragraphs at blank lines. Undefined when the element is absent or empty.
 */
export function contentHtml(el: XmlElement | undefined, src: string): string | undefined {
  if (!el) return undefined;
  const type = (el.attrs.type ?? '').toLowerCase();
  const mode = (el.attrs.mode ?? '').toLowerCase();
  let html: string;
  if (mode === 'base64') {
    const decoded = Buffer.from(textOf(el) ?? '', 'base64').toString('utf8');
    html = type.includes('html') ? decoded : textHtml(decoded);
  } else if (type === 'xhtml' || type.includes('xhtml') || mode === 'xml' || hasElements(el)) {
    const div = el.children.find((c): c is XmlElement => typeof c !== 'string' && c.local === 'div');
    const onlyDiv = div && el.children.every((c) => c === div || (typeof c === 'string' && c.trim() === ''));
    html = markup(onlyDiv && type.includes('xhtml') ? div : el, src);
  } else if (type === 'text' || type === 'text/plain') {
    html = textHtml(textOf(el) ?? '');
  } else {
    html = textOf(el) ?? '';
  }
  return html.trim() === '' ? undefined : html;
}

function hasElements(el: XmlElement): boolean {
  return el.children.some((c) => typeof c !== 'string');
}

/** The element's content as written in the source, CDATA wrappers and namespace prefixes on XHTML tags removed. */
function markup(el: XmlElement, src: string): string {
  return src
    .slice(el.innerStart, el.innerEnd)
    .replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, '$1')
    .replace(/<(\/?)[A-Za-z_][\w.-]*:([A-Za-z])/g, '<$1$2');
}

function textHtml(text: string): string {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p !== '')
    .map((p) => `<p>${escapeHtml(p)}</p>`)
    .join('\n');
}
