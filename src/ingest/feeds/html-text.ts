import { decodeEntities } from './decode-entities.ts';

/** An HTML fragment (an Atom `type="html"` title) reduced to its text: tags dropped, entities decoded. */
export function htmlText(html: string): string {
  return decodeEntities(html.replace(/<[^>]*>/g, ''));
}
