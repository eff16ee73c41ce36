import type { Document, ParentNode } from 'domhandler';

/** The <body>, or the document itself when the markup has none. */
export function findBody(doc: Document): ParentNode {
  const stack: ParentNode[] = [doc];
  while (stack.length) {
    const n = stack.pop() as ParentNode;
    for (const c of n.children) {
      if (c.type !== 'tag') continue;
      if (c.name === 'body') return c;
      if (c.name === 'html') stack.push(c);
    }
  }
  return doc;
}
