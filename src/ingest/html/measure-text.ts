import type { ChildNode, Element, ParentNode } from 'domhandler';

export interface TextMeasure {
  /** Characters of visible text, white space runs counted once. */
  readonly text: number;
  /** Of those, characters inside links. */
  readonly linked: number;
  /**
   * Characters in paragraph-like blocks of 80 unlinked characters or more: p, pre,
   * blockquote, li, td, dd, and any box that holds text with no block inside (templates
   * that write paragraphs as `<div>text<br><br>text</div>`).
   */
  readonly prose: number;
  /** Commas and full stops: prose has them, menus do not. */
  readonly punctuation: number;
  /**
   * Unlinked characters lying loose in this box, beside its blocks: text written straight
   * into a <div> after an image box, with <br>s for paragraph breaks.
   */
  readonly loose: number;
}

type Mutable = { -readonly [K in keyof TextMeasure]: TextMeasure[K] };

const PROSE_BLOCKS = new Set(['p', 'pre', 'blockquote', 'li', 'td', 'dd']);
const INLINE = new Set([
  'a',
  'span',
  'em',
  'strong',
  'b',
  'i',
  'u',
  's',
  'small',
  'big',
  'font',
  'sup',
  'sub',
  'code',
  'cite',
  'q',
  'abbr',
  'time',
  'mark',
  'label',
  'br',
]);
const BLOCK_CHILDREN = new Set([
  'p',
  'div',
  'section',
  'article',
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
  'header',
  'footer',
  'aside',
  'nav',
  'main',
  'form',
  'li',
  'tr',
  'td',
]);

function hasBlockChild(el: Element): boolean {
  for (const c of el.children) if (c.type === 'tag' && BLOCK_CHILDREN.has(c.name)) return true;
  return false;
}

/**
 * Text lengths of every element below `root`, in one pass, so that the decisions that
 * compare an element with its page ("does this box hold most of the text?") cost a
 * lookup, not a walk. The map is the caller's: nothing is kept between pages.
 */
export function measureText(root: ParentNode): Map<Element, TextMeasure> {
  const out = new Map<Element, TextMeasure>();
  visit(root, false);
  return out;

  function visit(node: ParentNode, inLink: boolean): Mutable {
    const m: Mutable = { text: 0, linked: 0, prose: 0, punctuation: 0, loose: 0 };
    for (const c of node.children) {
      const before = m.text - m.linked;
      add(m, c, inLink);
      if (c.type === 'text' || (c.type === 'tag' && INLINE.has(c.name)))
        m.loose += m.text - m.linked - before;
    }
    return m;
  }

  function add(m: Mutable, c: ChildNode, inLink: boolean): void {
    if (c.type === 'text') {
      const d = c.data;
      const n = collapsedLength(d);
      m.text += n;
      if (inLink) m.linked += n;
      for (let i = 0; i < d.length; i++) {
        const ch = d.charCodeAt(i);
        if (ch === 44 || ch === 46 || ch === 0x3001 || ch === 0x3002 || ch === 0xff0c) m.punctuation++;
      }
      return;
    }
    // Scripts and styles are not visible text, however much JSON they carry.
    if (c.type !== 'tag') return;
    const el = c;
    // An anchor without href (`<a name="top">`) is a bookmark, not a link.
    const sub = visit(el, inLink || (el.name === 'a' && el.attribs.href !== undefined));
    const paragraphLike =
      PROSE_BLOCKS.has(el.name) || (sub.prose === 0 && !INLINE.has(el.name) && !hasBlockChild(el));
    if (paragraphLike && sub.text - sub.linked >= 80) sub.prose = Math.max(sub.prose, sub.text - sub.linked);
    else if (!paragraphLike && !INLINE.has(el.name) && sub.loose >= 80) sub.prose += sub.loose;
    out.set(el, sub);
    m.text += sub.text;
    m.linked += sub.linked;
    m.prose += sub.prose;
    m.punctuation += sub.punctuation;
  }
}

function collapsedLength(s: string): number {
  let n = 0;
  let space = true;
  for (let i = 0; i < s.length; i++) {
    const ch = s.charCodeAt(i);
    const ws = ch === 32 || ch === 10 || ch === 9 || ch === 13 || ch === 12 || ch === 0xa0;
    if (ws) {
      if (!space) n++;
      space = true;
    } else {
      n++;
      space = false;
    }
  }
  return n;
}
