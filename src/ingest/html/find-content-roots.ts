import type { Element, ParentNode } from 'domhandler';
import { textContent } from 'domutils';
import { furnitureKind } from './furniture-kind.ts';
import { isLead } from './is-lead.ts';
import type { TextMeasure } from './measure-text.ts';
import { namedContentTier } from './named-content-tier.ts';
import { scoreContentRoot } from './score-content-root.ts';

export interface ContentRoots {
  /** The boxes holding the article, in document order (a body split by ad slots is several). */
  readonly roots: readonly Element[];
  /** How they were found. */
  readonly via: 'named' | 'scored' | 'body';
}

/** A named box must hold this share of the page's prose to be the article (teasers do not). */
const MIN_SHARE = 0.3;

/**
 * Where the article is. A box that the template names as the article body wins when it
 * holds a fair share of the page's prose, the most specific name first (the body, then
 * the article, then the main column); else the box readability's scoring picks; else the
 * whole body. A named body that readability's box dwarfs elsewhere on the page is a
 * teaser or a summary, and loses to it.
 */
export function findContentRoots(
  body: ParentNode,
  measures: ReadonlyMap<Element, TextMeasure>,
): ContentRoots {
  const total = sum(body, measures);
  const byTier: Element[][] = [[], [], [], []];
  collect(body);
  const scoredRoot = scoreContentRoot(body, measures);
  const scored = scoredRoot?.best;
  const prose = (el: Element): number => measures.get(el)?.prose ?? 0;
  const scoredProse = scored ? prose(scored) : 0;
  for (const tier of [1, 2, 3] as const) {
    const pool = (byTier[tier] ?? []).filter((el) => {
      if (!hasText(el, measures)) return false;
      const agrees = scored !== undefined && related(el, scored);
      // A main column far larger than the scored box around the story is the whole page.
      if (agrees && tier === 3 && scored && contains(el, scored) && prose(el) > 1.5 * scoredProse + 500)
        return false;
      return agrees || share(el, measures, total) >= MIN_SHARE;
    });
    if (pool.length === 0) continue;
    const best = pool.reduce((a, b) => (density(b, measures) > density(a, measures) ? b : a));
    if (scored && !related(best, scored) && scoredProse > 2 * prose(best)) continue;
    const parts = withSplitParts(
      best,
      (byTier[tier] ?? []).filter((el) => unlinked(el, measures) >= 25),
    );
    return { roots: tier === 1 ? [...leadsBefore(parts[0] ?? best), ...parts] : parts, via: 'named' };
  }
  if (scoredRoot && scored && (measures.get(scored)?.text ?? 0) >= 100)
    return { roots: scoredRoot.withSiblings, via: 'scored' };
  // A fragment (a feed item's HTML) has no <body>: its top-level elements are the text.
  const roots =
    body.type === 'tag' ? [body as Element] : body.children.filter((c): c is Element => c.type === 'tag');
  return { roots, via: 'body' };

  function collect(node: ParentNode): void {
    for (const c of node.children) {
      if (c.type !== 'tag') continue;
      const tier = namedContentTier(c);
      if (tier > 0) byTier[tier]?.push(c);
      collect(c);
    }
  }
}

/**
 * Prose less half the rest: among nested boxes of the same name, the one that holds the
 * story's paragraphs with the least else around them.
 */
function density(el: Element, measures: ReadonlyMap<Element, TextMeasure>): number {
  const m = measures.get(el);
  return m ? m.prose - 0.5 * (m.text - m.prose) : 0;
}

function hasText(el: Element, measures: ReadonlyMap<Element, TextMeasure>): boolean {
  return unlinked(el, measures) >= 100;
}

function unlinked(el: Element, measures: ReadonlyMap<Element, TextMeasure>): number {
  const m = measures.get(el);
  return m ? m.text - m.linked : 0;
}

/** The share of the page's prose (or, on a page without paragraphs, of its unlinked text) in a box. */
function share(el: Element, measures: ReadonlyMap<Element, TextMeasure>, total: TextMeasure): number {
  const m = measures.get(el);
  if (!m) return 0;
  if (total.prose > 0) return m.prose / total.prose;
  return (m.text - m.linked) / Math.max(1, total.text - total.linked);
}

/**
 * Standfirsts that the template keeps in the article's header, before the body box:
 * looked for in the nearest enclosing article (an <article> or a box named as one).
 */
function leadsBefore(body: Element): Element[] {
  let article: Element | undefined;
  let up = 0;
  for (let p = body.parent; p && p.type === 'tag' && up < 8; p = p.parent, up++) {
    if (namedContentTier(p) === 2) {
      article = p;
      break;
    }
  }
  if (!article) return [];
  const out: Element[] = [];
  let done = false;
  const visit = (n: Element): void => {
    for (const c of n.children) {
      if (done || c.type !== 'tag') continue;
      if (c === body) {
        done = true;
        return;
      }
      if (contains(c, body)) visit(c);
      else if (isLead(c) && textContent(c).trim().length >= 30) out.push(c);
      else if (!isPromotion(c)) visit(c);
    }
  };
  visit(article);
  return out;
}

/** Boxes whose "description" or "intro" is not the article's: author bios, newsletter sign-ups, related lists, ads. */
function isPromotion(el: Element): boolean {
  const k = furnitureKind(el);
  return k !== undefined && k !== 'header';
}

function related(a: Element, b: Element): boolean {
  return contains(a, b) || contains(b, a);
}

function contains(outer: Element, inner: Element): boolean {
  for (let n: ParentNode | null = inner; n; n = n.parent) if (n === outer) return true;
  return false;
}

/**
 * The chosen box, plus same-named boxes that are its siblings or cousins: templates that
 * break a story around ad slots repeat `article-body` for each part. Nested matches are
 * not parts (the outer one already holds them).
 */
function withSplitParts(best: Element, candidates: readonly Element[]): Element[] {
  const cls = best.attribs.class ?? '';
  const parts = candidates.filter(
    (c) =>
      c === best ||
      ((c.attribs.class ?? '') === cls && c.name === best.name && !related(c, best) && near(c, best)),
  );
  const outermost = parts.filter((p) => !parts.some((q) => q !== p && contains(q, p)));
  return outermost.length > 1 ? sortByDocumentOrder(outermost) : [best];
}

/** Within three levels of each other: templates wrap each part in a container or two. */
function near(a: Element, b: Element): boolean {
  const up = (e: Element): ParentNode[] =>
    [e.parent, e.parent?.parent, e.parent?.parent?.parent].filter((x): x is ParentNode => !!x);
  const ua = up(a);
  return up(b).some((x) => ua.includes(x));
}

function sortByDocumentOrder(els: Element[]): Element[] {
  const order = new Map<Element, number>();
  let i = 0;
  const root = rootOf(els[0] as Element);
  const walk = (n: ParentNode): void => {
    for (const c of n.children) {
      if (c.type !== 'tag') continue;
      order.set(c, i++);
      walk(c);
    }
  };
  walk(root);
  return [...els].sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
}

function rootOf(el: Element): ParentNode {
  let n: ParentNode = el;
  while (n.parent) n = n.parent;
  return n;
}

function sum(node: ParentNode, measures: ReadonlyMap<Element, TextMeasure>): TextMeasure {
  const own = node.type === 'tag' ? measures.get(node as Element) : undefined;
  if (own) return own;
  const t = { text: 0, linked: 0, prose: 0, punctuation: 0, loose: 0 };
  for (const c of node.children) {
    if (c.type !== 'tag') continue;
    const m = measures.get(c);
    if (!m) continue;
    t.text += m.text;
    t.linked += m.linked;
    t.prose += m.prose;
    t.punctuation += m.punctuation;
  }
  return t;
}
