import type { XmlElement } from './feed-elements.ts';

/** The first child element with one of the keys, trying the keys in order of preference. */
export function childOf(el: XmlElement | undefined, ...keys: readonly string[]): XmlElement | undefined {
  if (!el) return undefined;
  for (const key of keys) {
    for (const c of el.children) if (typeof c !== 'string' && c.key === key) return c;
  }
  return undefined;
}
