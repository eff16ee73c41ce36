import type { ChildNode, Document, Element, ParentNode } from 'domhandler';
import { removeElement } from 'domutils';
import { findBody } from './find-body.ts';
import { measureText } from './measure-text.ts';

/** Elements that never hold article text: code, media, controls, and the head. */
const NEVER_TEXT = new Set([
  'head',
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'math',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'canvas',
  'video',
  'audio',
  'source',
  'track',
  'picture',
  'img',
  'map',
  'area',
  'button',
  'input',
  'select',
  'option',
  'optgroup',
  'textarea',
  'datalist',
  'output',
  'progress',
  'meter',
  'link',
  'meta',
  'dialog',
  'figcaption',
  'base',
  'param',
  'marquee',
  'label',
]);

/**
 * Landmarks that are page furniture by definition (site navigation, side columns, site
 * and article footers, page headers, forms). Forms and headers are kept when they hold
 * most of the page's text, since some templates wrap the whole page in a <form> or misuse
 * <header>; an <aside> is removed even then (it is a comment thread longer than the post).
 */
const LANDMARKS = new Set(['nav', 'aside', 'footer', 'header', 'form', 'menu']);
const MISUSED = new Set(['form', 'header']);

/** `display:none`, `visibility: hidden`: text a reader never sees. */
const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;

/**
 * Removes, in place, what is never article text: scripts, styles, media, form controls,
 * comments, hidden elements, and the furniture landmarks (nav, aside, header, footer,
 * form) that do not hold most of the page's text.
 */
export function cleanPage(doc: Document): void {
  const body = findBody(doc);
  const sizes = measureText(body);
  const total = sizes.get(body as Element)?.text ?? 0;
  const doomed: ChildNode[] = [];
  walk(body, false);
  for (const n of doomed) removeElement(n);

  /** `inArticle`: below an <article> or <main>, whose <header> holds the standfirst, not the site's menu. */
  function walk(node: ParentNode, inArticle: boolean): void {
    for (const c of node.children) {
      if (c.type === 'comment' || c.type === 'directive' || c.type === 'cdata') {
        doomed.push(c);
        continue;
      }
      if (c.type !== 'tag' && c.type !== 'script' && c.type !== 'style') continue;
      const el = c as Element;
      // A <noscript> holding the story (a blog that renders posts from a script template) is the text.
      if (el.name === 'noscript' && (sizes.get(el)?.prose ?? 0) >= 200) {
        walk(el, inArticle);
        continue;
      }
      if (NEVER_TEXT.has(el.name) || isHidden(el, sizes.get(el)?.prose ?? 0)) {
        doomed.push(el);
        continue;
      }
      const misused = MISUSED.has(el.name) && (sizes.get(el)?.text ?? 0) >= total * 0.5;
      if (LANDMARKS.has(el.name) && !(el.name === 'header' && inArticle) && !misused) {
        doomed.push(el);
        continue;
      }
      walk(el, inArticle || el.name === 'article' || el.name === 'main');
    }
  }
}

/**
 * Hidden from every reader: the `hidden` attribute, an inline `display:none`. Hidden
 * from screen readers only (`aria-hidden`) are icons and visual duplicates, but some
 * templates set it on a whole story under a modal, so a box holding paragraphs stays.
 */
function isHidden(el: Element, prose: number): boolean {
  const a = el.attribs;
  if ('hidden' in a) return true;
  if (a.style && HIDDEN_STYLE.test(a.style)) return true;
  return a['aria-hidden'] === 'true' && prose < 200;
}
