import { decodeFeed } from './decode-feed.ts';

// the first element, past the XML declaration, comments, a DOCTYPE and white space
const FIRST_ELEMENT = /^(?:\s+|<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>[]*(?:\[[\s\S]*?\])?\s*>)*<(?:[\w.-]+:)?([\w.-]+)/i;

/** True when the bytes start like an RSS, RDF or Atom document: for XML files whose name does not say. */
export function looksLikeFeed(bytes: Uint8Array): boolean {
  const head = decodeFeed(bytes.subarray(0, 4096)).text;
  const root = FIRST_ELEMENT.exec(head)?.[1]?.toLowerCase();
  return root === 'rss' || root === 'feed' || root === 'rdf' || root === 'channel';
}
