import { Readability } from '@mozilla/readability';
import render from 'dom-serializer';
import type { ParentNode } from 'domhandler';
import { parseDocument } from 'htmlparser2';
import { parseHTML } from 'linkedom';
import { cleanPage } from './clean-page.ts';
import { collectParagraphs } from './collect-paragraphs.ts';
import { filterParagraphs } from './filter-paragraphs.ts';
import { findBody } from './find-body.ts';
import { measureText } from './measure-text.ts';
import { pruneFurniture } from './prune-furniture.ts';

/**
 * The article as Mozilla's Readability (on linkedom) finds it, as paragraphs, with the
 * same furniture pruning and line filters as our own extraction. A second opinion for
 * pages where ours found little: Readability on linkedom is many times slower than our
 * pass, so it runs only then, and on the page without scripts, styles, media and
 * landmarks (cleanPage), which is a fraction of the markup and what it would drop first
 * anyway. Undefined when Readability finds nothing or fails.
 */
export function readabilityParagraphs(html: string): string[] | undefined {
  let content: string | null | undefined;
  try {
    const page = parseDocument(html, {
      decodeEntities: true,
      lowerCaseTags: true,
      lowerCaseAttributeNames: true,
    });
    cleanPage(page);
    if (tooDeep(page)) return undefined;
    const { document } = parseHTML(
      `<!doctype html><html><body>${render(findBody(page).children)}</body></html>`,
    );
    content = new Readability(document as unknown as Document, { maxElemsToParse: MAX_ELEMENTS }).parse()
      ?.content;
  } catch {
    // Readability throws on a few malformed pages (a missing <body>); that is "nothing found".
    return undefined;
  }
  if (!content) return undefined;
  const doc = parseDocument(`<div>${content}</div>`, {
    decodeEntities: true,
    lowerCaseTags: true,
    lowerCaseAttributeNames: true,
  });
  const root = doc.children.find((c) => c.type === 'tag');
  if (!root || root.type !== 'tag') return undefined;
  pruneFurniture(root, measureText(doc));
  return filterParagraphs(collectParagraphs([root])).map((p) => p.text);
}

/**
 * Readability's time grows with the square of the page's depth (it walks up from every
 * node): a page nested hundreds of levels deep takes seconds. Real articles sit a few
 * dozen levels down; such pages are generated junk, and get no second opinion.
 */
const MAX_DEPTH = 120;
/** Readability gives up (throws) on pages with more elements than this. */
const MAX_ELEMENTS = 15000;

function tooDeep(root: ParentNode): boolean {
  const stack: Array<[ParentNode, number]> = [[root, 0]];
  while (stack.length) {
    const [n, d] = stack.pop() as [ParentNode, number];
    if (d > MAX_DEPTH) return true;
    for (const c of n.children) if (c.type === 'tag') stack.push([c, d + 1]);
  }
  return false;
}
