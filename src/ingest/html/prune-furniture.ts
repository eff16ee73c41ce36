import type { Element, ParentNode } from 'domhandler';
import { prepend, removeElement, textContent } from 'domutils';
import { furnitureKind } from './furniture-kind.ts';
import { isLead } from './is-lead.ts';
import type { TextMeasure } from './measure-text.ts';
import { namedContentTier } from './named-content-tier.ts';

/** Boxes that, when mostly links, are menus or lists of other articles. */
const LINK_BOXES = new Set(['ul', 'ol', 'dl', 'div', 'section', 'table', 'p', 'span', 'li']);

/**
 * Removes, in place, the furniture inside an article's box: share bars, related-story
 * lists, ad slots, newsletter boxes, bylines and tags, captions, comment threads, and
 * boxes that are mostly links. A box whose names say furniture but that holds most of
 * the article's text is kept (a `share-enabled` wrapper around the story), except
 * comment threads, which can be longer than the story they follow.
 */
export function pruneFurniture(root: Element, measures: ReadonlyMap<Element, TextMeasure>): void {
  const rootText = Math.max(1, (measures.get(root)?.text ?? 0) - (measures.get(root)?.linked ?? 0));
  const doomed: Element[] = [];
  walk(root);
  for (const el of doomed) {
    // A header or meta box that holds the standfirst gives it up before it goes.
    const kind = el.name === 'header' ? 'header' : furnitureKind(el);
    const leads = kind === 'header' || kind === 'meta' ? findLeads(el) : [];
    if (leads.length === 0) removeElement(el);
    else {
      for (const l of leads) removeElement(l);
      for (const l of leads) prepend(el, l);
      removeElement(el);
    }
  }

  function walk(node: ParentNode): void {
    for (const c of node.children) {
      if (c.type !== 'tag') continue;
      if (isFurniture(c)) doomed.push(c);
      else walk(c);
    }
  }

  function isFurniture(el: Element): boolean {
    const m = measures.get(el);
    if (!m) return false;
    const own = m.text - m.linked;
    const holdsStory = own >= rootText * 0.5 && own >= 200;
    const kind = el.name === 'header' ? 'header' : el.name === 'address' ? 'meta' : furnitureKind(el);
    if (kind === 'comments') return true;
    if (!holdsStory && BOXES.has(el.name) && labelledAsFurniture(el)) return true;
    if (kind && !holdsStory && namedContentTier(el) !== 1) return true;
    if (LINK_BOXES.has(el.name) && m.text > 0 && m.linked / m.text > linkLimit(el, m) && !holdsStory)
      return true;
    return false;
  }
}

const BOXES = new Set(['div', 'section', 'aside', 'ul', 'ol']);

/**
 * Headings that label a box as a list of other stories or a promotion: "Keep Reading",
 * "Related", "More from Politics", "You may also like", "Most popular".
 */
const FURNITURE_HEADING =
  /^(keep reading|read (more|next|also|this next)|related( (articles?|stories|posts?|content|coverage|topics|news|reading|links))?|more (from|on|in|about|stories|news|articles)\b.*|recommended( for you| reading| stories)?|you (may|might) (also )?(like|enjoy)|most (read|popular|viewed|shared)|trending( now| posts| stories)?|further reading|see also|popular( posts| stories)?|latest( news| posts| stories| articles)?|recent (posts|articles|stories)|top stories|editor'?s picks|around the web|from (our|the) partners|sponsored( content| stories)?|what to read next|also on \S+)[:.]?$/i;

/** A box whose first element is a heading that names it furniture. */
function labelledAsFurniture(el: Element): boolean {
  const first = el.children.find((c): c is Element => c.type === 'tag');
  if (!first) return false;
  const isHeading =
    /^h[1-6]$/.test(first.name) ||
    first.attribs.role === 'heading' ||
    /(^|[-_\s])(title|heading|header|label)([-_\s]|$)/i.test(first.attribs.class ?? '');
  if (!isHeading) return false;
  const text = textContent(first).replace(/\s+/g, ' ').trim();
  return text.length <= 60 && FURNITURE_HEADING.test(text);
}

function findLeads(el: Element): Element[] {
  const out: Element[] = [];
  const visit = (n: Element): void => {
    for (const c of n.children) {
      if (c.type !== 'tag') continue;
      if (isLead(c) && textContent(c).trim().length >= 30) out.push(c);
      else visit(c);
    }
  };
  visit(el);
  return out;
}

/**
 * How much of a box may be link text before it counts as a menu: lists and short boxes
 * are held to half; a box with real prose paragraphs may be link-rich (a post that
 * links every other phrase).
 */
function linkLimit(el: Element, m: TextMeasure): number {
  if (m.prose >= 200) return 0.8;
  if (el.name === 'ul' || el.name === 'ol' || el.name === 'dl' || el.name === 'li') return 0.5;
  return m.text < 200 ? 0.5 : 0.65;
}
