import { cp1252At } from './cp1252-at.ts';

export interface DecodedFeed {
  readonly text: string;
  /** The encoding the text was read as, lower case: `utf-8`, `us-ascii`, `windows-1252`, `gb2312`, ... */
  readonly encoding: string;
  /** What did not add up: a declaration the bytes contradict, an unknown label, invalid bytes. */
  readonly notes: readonly string[];
}

const XML_DECL = /^\s*<\?xml[^>]*?encoding\s*=\s*["']\s*([^"'\s]+)\s*["']/;
const CHARSET = /;\s*charset\s*=\s*["']?\s*([^"';\s]+)/i;

/**
 * A feed's bytes as text, choosing the encoding as RFC 3023 and feed readers do: a
 * byte-order mark or UTF-16/32 byte pattern first (bytes cannot lie about that); then
 * the HTTP charset, which overrides the XML declaration; `text/*` without a charset
 * means US-ASCII, `application/*xml` or no HTTP type means the declaration, else UTF-8.
 * Where the choice and the bytes disagree the bytes win, with a note: a feed declared
 * ISO-8859-1 whose bytes are valid multi-byte UTF-8 is UTF-8, a feed that is not valid
 * UTF-8 is Windows-1252, and "us-ascii" text with high bytes is read by its declaration.
 * C1 controls in the result become the Windows-1252 characters the writer meant.
 */
export function decodeFeed(bytes: Uint8Array, contentType?: string): DecodedFeed {
  const notes: string[] = [];
  const sniffed = sniffUnicode(bytes);
  const head = latin1(bytes.subarray(0, 1024));
  const declared = sniffed ? undefined : XML_DECL.exec(head)?.[1]?.toLowerCase();
  const essence = contentType?.split(';')[0]?.trim().toLowerCase() ?? '';
  const httpCharset = contentType ? CHARSET.exec(contentType)?.[1]?.toLowerCase() : undefined;
  if (essence && !/xml|rss|atom|rdf/.test(essence)) notes.push(`served as ${essence}, not as XML`);

  let label: string;
  let defaulted = false;
  if (sniffed) {
    label = sniffed.encoding;
    if (httpCharset && !httpCharset.startsWith(label.slice(0, 6))) notes.push(`HTTP says ${httpCharset} but the bytes are ${label}`);
  } else if (httpCharset) {
    label = httpCharset;
    if (declared && declared !== httpCharset) notes.push(`HTTP charset ${httpCharset} overrides the declared ${declared}`);
  } else if (essence.startsWith('text/')) {
    label = 'us-ascii';
    defaulted = true;
  } else label = declared ?? 'utf-8';

  const body = sniffed ? bytes.subarray(sniffed.bom) : bytes;
  if (label.startsWith('utf-32') || label === 'ucs-4') return finish(decodeUtf32(body, label.endsWith('le') || sniffed?.encoding === 'utf-32le'), label);
  const ascii = !sniffed && isAscii(body);
  if (defaulted && !ascii) {
    // RFC 3023's us-ascii default is wrong for nearly every real text/xml feed with high bytes
    label = declared ?? 'utf-8';
    notes.push(`served as ${essence} without a charset (US-ASCII), but has non-ASCII bytes; read as ${label}`);
  }
  if (!ascii && !sniffed && label !== 'utf-8' && isSingleByteLatin(label) && looksLikeUtf8(body)) {
    notes.push(`declared ${label}, but the bytes are UTF-8`);
    label = 'utf-8';
  }
  // GB2312 declarations cover GBK and GB18030 text in practice; GB18030 reads all three
  if (label === 'gb2312' || label === 'gbk') label = 'gb18030';
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(label, { fatal: true, ignoreBOM: true });
  } catch {
    notes.push(`unknown encoding '${label}'; read as utf-8`);
    label = 'utf-8';
    decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  }
  try {
    return finish(decoder.decode(body), label);
  } catch {
    if (label === 'utf-8' && !sniffed) {
      notes.push('not valid UTF-8; read as windows-1252');
      return finish(new TextDecoder('windows-1252').decode(body), 'windows-1252');
    }
    notes.push(`invalid bytes for ${label}; replaced with U+FFFD`);
    return finish(new TextDecoder(decoder.encoding, { ignoreBOM: true }).decode(body), label);
  }

  function finish(text: string, encoding: string): DecodedFeed {
    const clean = text.replace(/[\u0080-\u009f]/g, (c) => cp1252At(c.charCodeAt(0)));
    return { text: clean, encoding, notes };
  }
}

/** A byte-order mark, or the bytes of "<" in UTF-16/32, which no ASCII-compatible encoding has. */
function sniffUnicode(b: Uint8Array): { encoding: string; bom: number } | undefined {
  const [b0, b1, b2, b3] = [b[0], b[1], b[2], b[3]];
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) return { encoding: 'utf-8', bom: 3 };
  if (b0 === 0x00 && b1 === 0x00 && b2 === 0xfe && b3 === 0xff) return { encoding: 'utf-32be', bom: 4 };
  if (b0 === 0xff && b1 === 0xfe && b2 === 0x00 && b3 === 0x00) return { encoding: 'utf-32le', bom: 4 };
  if (b0 === 0xfe && b1 === 0xff) return { encoding: 'utf-16be', bom: 2 };
  if (b0 === 0xff && b1 === 0xfe) return { encoding: 'utf-16le', bom: 2 };
  if (b0 === 0x00 && b1 === 0x00 && b2 === 0x00 && b3 === 0x3c) return { encoding: 'utf-32be', bom: 0 };
  if (b0 === 0x3c && b1 === 0x00 && b2 === 0x00 && b3 === 0x00) return { encoding: 'utf-32le', bom: 0 };
  if (b0 === 0x00 && b1 === 0x3c) return { encoding: 'utf-16be', bom: 0 };
  if (b0 === 0x3c && b1 === 0x00) return { encoding: 'utf-16le', bom: 0 };
  return undefined;
}

function decodeUtf32(b: Uint8Array, little: boolean): string {
  const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
  const parts: string[] = [];
  for (let i = 0; i + 3 < b.length; i += 4) {
    const c = view.getUint32(i, little);
    parts.push(c > 0x10ffff || (c >= 0xd800 && c <= 0xdfff) ? '\ufffd' : String.fromCodePoint(c));
  }
  return parts.join('');
}

function latin1(b: Uint8Array): string {
  let s = '';
  for (const c of b) s += String.fromCharCode(c);
  return s;
}

function isAscii(b: Uint8Array): boolean {
  for (const c of b) if (c >= 0x80) return false;
  return true;
}

function isSingleByteLatin(label: string): boolean {
  return /^(iso-?8859-1|iso-?8859-15|latin-?1|l1|windows-1252|cp1252|us-ascii|ascii)$/.test(label);
}

/** Valid UTF-8 with at least one multi-byte sequence: text in a single-byte encoding almost never is. */
function looksLikeUtf8(b: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(b);
    return true;
  } catch {
    return false;
  }
}
