import type { XmlElement } from './feed-elements.ts';

/** The element's text: its own and its descendants', decoded, white space as written. */
export function textOf(el: XmlElement | undefined): string | undefined {
  if (!el) return undefined;
  const parts: string[] = [];
  const walk = (e: XmlElement): void => {
    for (const c of e.children) {
      if (typeof c === 'string') parts.push(c);
      else walk(c);
    }
  };
  walk(el);
  return parts.join('');
}
