import { textContent } from 'domutils';
import { parseDocument } from 'htmlparser2';
import { collectParagraphs } from './collect-paragraphs.ts';

/**
 * A JSON-LD `articleBody` as paragraphs. Some publishers put markup in it (then its
 * blocks are the paragraphs), most plain text with line breaks between paragraphs.
 */
export function jsonLdParagraphs(body: string): string[] {
  if (/<(p|div|br|h[1-6])\b/i.test(body)) {
    const doc = parseDocument(`<div>${body}</div>`, { decodeEntities: true, lowerCaseTags: true });
    const root = doc.children.find((c) => c.type === 'tag');
    return root && root.type === 'tag' ? collectParagraphs([root]).map((p) => p.text) : [];
  }
  // Plain text may still carry entities (`&#8217;`): read it as HTML text to decode them.
  return textContent(parseDocument(body, { decodeEntities: true }))
    .split(/\s*\n\s*/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter((p) => p !== '');
}
