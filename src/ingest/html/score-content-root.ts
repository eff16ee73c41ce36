import type { Element, ParentNode } from 'domhandler';
import { furnitureKind } from './furniture-kind.ts';
import type { TextMeasure } from './measure-text.ts';
import { namedContentTier } from './named-content-tier.ts';

export interface ScoredRoot {
  /** The box that scored highest. */
  readonly best: Element;
  /** It and the siblings that continue it, in document order. */
  readonly withSiblings: readonly Element[];
}

/** Blocks whose text counts as evidence for the box around them (readability's list). */
const SCORED = new Set(['p', 'pre', 'td', 'blockquote', 'dd']);
const BLOCKS = new Set([
  'p',
  'div',
  'section',
  'article',
  'main',
  'ul',
  'ol',
  'dl',
  'table',
  'blockquote',
  'pre',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'figure',
  'form',
  'header',
  'footer',
  'aside',
  'nav',
  'li',
  'hr',
]);

/**
 * The element most likely to hold the article, by readability's scoring: every paragraph
 * of 25 characters or more gives points for its commas and length to its parent (in
 * full), grandparent (half) and further ancestors (less); a box's names add or take
 * points; link-heavy boxes lose in proportion. Divs that hold text directly (no block
 * children) count as paragraphs, since many templates write prose that way.
 */
export function scoreContentRoot(
  body: ParentNode,
  measures: ReadonlyMap<Element, TextMeasure>,
): ScoredRoot | undefined {
  const scores = new Map<Element, number>();
  visit(body);
  const final = (el: Element): number => {
    const m = measures.get(el);
    return m && m.text > 0 ? (scores.get(el) ?? 0) * (1 - m.linked / m.text) : 0;
  };
  let best: Element | undefined;
  let bestScore = 0;
  for (const el of scores.keys()) {
    const s = final(el);
    if (s > bestScore) {
      bestScore = s;
      best = el;
    }
  }
  if (!best) return undefined;
  return { best, withSiblings: withSiblings(best, bestScore, final, measures) };

  function visit(node: ParentNode): void {
    for (const c of node.children) {
      if (c.type !== 'tag') continue;
      if (
        SCORED.has(c.name) ||
        (c.name === 'div' && !c.children.some((k) => k.type === 'tag' && BLOCKS.has(k.name)))
      )
        award(c);
      else award(c, true);
      visit(c);
    }
  }

  /**
   * Points for a paragraph's text to the boxes around it. `loose`: the paragraph is the
   * text lying loose in `el` beside its blocks, so `el` itself is the box around it.
   */
  function award(el: Element, loose = false): void {
    const m = measures.get(el);
    if (!m) return;
    const own = loose ? m.loose : m.text - m.linked;
    if (own < 25) return;
    const commas = loose ? Math.round((m.punctuation * m.loose) / Math.max(1, m.text)) : m.punctuation;
    const points = 1 + commas + Math.min(Math.floor(own / 100), 3);
    let level = 0;
    for (
      let a: ParentNode | null = loose ? el : el.parent;
      a && a.type === 'tag' && level < 5;
      a = a.parent, level++
    ) {
      const anc = a as Element;
      if (!scores.has(anc)) scores.set(anc, initial(anc));
      const share = level === 0 ? 1 : level === 1 ? 0.5 : 1 / (level * 3);
      scores.set(anc, (scores.get(anc) ?? 0) + points * share);
    }
  }
}

/**
 * The best box and those of its siblings that continue it (readability's rule): boxes that
 * score a fifth of it (a box of the same class gets a bonus, being a later part of the
 * same story), and plain paragraphs of prose between them.
 */
function withSiblings(
  best: Element,
  bestScore: number,
  final: (el: Element) => number,
  measures: ReadonlyMap<Element, TextMeasure>,
): Element[] {
  const parent = best.parent;
  if (!parent) return [best];
  const threshold = Math.max(10, bestScore * 0.2);
  const cls = best.attribs.class ?? '';
  const out: Element[] = [];
  for (const c of parent.children) {
    if (c.type !== 'tag') continue;
    if (c === best) {
      out.push(c);
      continue;
    }
    const bonus = cls !== '' && c.attribs.class === cls ? bestScore * 0.2 : 0;
    if (final(c) + bonus >= threshold) {
      out.push(c);
      continue;
    }
    const m = measures.get(c);
    if (!m || m.text === 0 || (c.name !== 'p' && !(c.attribs.class === cls && cls !== ''))) continue;
    const density = m.linked / m.text;
    if ((m.text > 80 && density < 0.25) || (m.text <= 80 && density === 0 && m.punctuation > 0)) out.push(c);
  }
  return out;
}

/** A box's starting score: its tag, and what its names say about it. */
function initial(el: Element): number {
  let s =
    el.name === 'div' || el.name === 'article' || el.name === 'main'
      ? 5
      : el.name === 'section' || el.name === 'pre' || el.name === 'td' || el.name === 'blockquote'
        ? 3
        : 0;
  if (['ol', 'ul', 'dl', 'li', 'form', 'address'].includes(el.name)) s -= 3;
  if (/^h[1-6]$/.test(el.name) || el.name === 'th') s -= 5;
  if (namedContentTier(el) > 0) s += 25;
  else if (furnitureKind(el)) s -= 25;
  return s;
}
