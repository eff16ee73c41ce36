import { sniffCharset, type CharsetSource } from './sniff-charset.ts';

export interface DecodedHtml {
  readonly html: string;
  /** The WHATWG name of the charset used. */
  readonly charset: string;
  readonly source: CharsetSource;
  /** Set when the declaration was wrong or unknown, or bytes did not fit the charset. */
  readonly note?: string;
}

/**
 * HTML bytes as a string, in the charset `sniffCharset` settles on. Decoding is not
 * fatal: a page with a few broken bytes is still a page (browsers show U+FFFD too), so a
 * replacement character is reported in `note` rather than refused.
 */
export function decodeHtml(bytes: Uint8Array, transportHint?: string): DecodedHtml {
  const sniffed = sniffCharset(bytes, transportHint);
  const html = new TextDecoder(sniffed.charset, { ignoreBOM: true }).decode(bytes.subarray(sniffed.skip));
  const notes = sniffed.note ? [sniffed.note] : [];
  if (sniffed.source !== 'utf-8-valid' && html.includes('\ufffd'))
    notes.push(`bytes that are not ${sniffed.charset} were replaced`);
  return {
    html,
    charset: sniffed.charset,
    source: sniffed.source,
    ...(notes.length ? { note: notes.join('; ') } : {}),
  };
}
