import type { ChildNode, Element } from 'domhandler';

/** One block of text as a reader sees it: a paragraph, heading, list item, table row, ... */
export interface Paragraph {
  readonly text: string;
  /** The block element it came from: `p`, `h2`, `li`, `pre`, `tr`, `div`, ... */
  readonly tag: string;
  /** Characters of `text` inside links. */
  readonly linked: number;
}

/** Elements that start a new block of text. */
const BLOCK = new Set([
  'p',
  'div',
  'section',
  'article',
  'main',
  'header',
  'footer',
  'aside',
  'nav',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'ul',
  'ol',
  'li',
  'dl',
  'dt',
  'dd',
  'blockquote',
  'pre',
  'table',
  'thead',
  'tbody',
  'tfoot',
  'tr',
  'td',
  'th',
  'caption',
  'figure',
  'hr',
  'address',
  'details',
  'summary',
  'center',
  'form',
  'fieldset',
  'legend',
  'body',
  'html',
  'hgroup',
  'menu',
  'dialog',
  'noscript',
  'frame',
  'iframe',
  'option',
  'li',
  'output',
]);

/**
 * The text of the article boxes as paragraphs: each block element (p, h1-h6, li, div
 * with text, blockquote, pre, ...) is one paragraph; `<br>` is a line break inside one,
 * two in a row a paragraph break. Table rows whose cells hold only inline text are one
 * paragraph, cells separated by a tab; cells holding blocks are boxes of their own.
 * White space is collapsed as a browser shows it, except inside <pre>.
 */
export function collectParagraphs(roots: readonly Element[]): Paragraph[] {
  const out: Paragraph[] = [];
  let parts: string[] = [];
  let linked = 0;
  let tag = 'div';
  /** <br>s since the last visible text. */
  let breaks = 0;

  const flush = (): void => {
    const text = normalise(parts.join(''), tag === 'pre');
    if (text !== '') out.push({ text, tag, linked: Math.min(linked, text.length) });
    parts = [];
    linked = 0;
    breaks = 0;
  };

  for (const r of roots) {
    tag = r.name;
    block(r);
    flush();
  }
  return out;

  function block(el: Element): void {
    flush();
    const outer = tag;
    tag = el.name;
    if (el.name === 'tr' && isSimpleRow(el)) {
      const cells = el.children.filter(
        (c): c is Element => c.type === 'tag' && (c.name === 'td' || c.name === 'th'),
      );
      cells.forEach((cell, i) => {
        if (i > 0) parts.push('\t');
        inline(cell.children, false);
      });
    } else if (el.name === 'pre') {
      parts.push(rawText(el));
    } else {
      inline(el.children, false);
    }
    flush();
    tag = outer;
  }

  function inline(nodes: readonly ChildNode[], inLink: boolean): void {
    for (const c of nodes) {
      if (c.type === 'text') {
        // Line ends in the source are white space; only <br> breaks a line.
        const t = c.data.replace(/[ \t\n\r\f]+/g, ' ');
        parts.push(t);
        if (inLink) linked += t.trim().length;
        if (t.trim() !== '') breaks = 0;
        continue;
      }
      if (c.type !== 'tag') continue;
      if (c.name === 'br') {
        // Two <br> in a row end a paragraph; one is a line break inside it.
        breaks++;
        if (breaks >= 2) flush();
        else parts.push('\n');
        continue;
      }
      if (BLOCK.has(c.name)) block(c);
      else inline(c.children, inLink || (c.name === 'a' && c.attribs.href !== undefined));
    }
  }
}

/** A row whose cells hold only inline content: a line of a data table. */
function isSimpleRow(tr: Element): boolean {
  for (const c of tr.children) {
    if (c.type !== 'tag') continue;
    if (c.name !== 'td' && c.name !== 'th') return false;
    if (hasBlock(c)) return false;
  }
  return true;
}

function hasBlock(el: Element): boolean {
  for (const c of el.children) if (c.type === 'tag' && (BLOCK.has(c.name) || hasBlock(c))) return true;
  return false;
}

function rawText(el: Element): string {
  let s = '';
  for (const c of el.children) {
    if (c.type === 'text') s += c.data;
    else if (c.type === 'tag') s += c.name === 'br' ? '\n' : rawText(c);
  }
  return s;
}

/**
 * As a browser shows it: runs of white space are one space, no space at line ends, no
 * blank lines inside a block; non-breaking spaces are spaces and soft hyphens and
 * zero-width spaces are gone, so the words downstream match what a reader reads.
 */
function normalise(s: string, pre: boolean): string {
  const cleaned = s.replace(/[\u00ad\u200b\ufeff]/g, '').replace(/\u00a0/g, ' ');
  if (pre)
    return cleaned
      .replace(/\r\n?/g, '\n')
      .replace(/[ \t]+$/gm, '')
      .replace(/^\n+|\n+$/g, '');
  return (
    cleaned
      .split('\n')
      // Tabs are ours (between table cells); the source's white space is spaces by now.
      .map((line) =>
        line
          .replace(/[ \r\f\u2028\u2029]+/g, ' ')
          .replace(/ *\t */g, '\t')
          .trim(),
      )
      .filter((line) => line !== '')
      .join('\n')
  );
}
