/** Where the charset of an HTML page was learnt, strongest first. */
export type CharsetSource = 'bom' | 'transport' | 'meta' | 'utf-8-valid' | 'default';

export interface SniffedCharset {
  /** A WHATWG encoding name that `TextDecoder` accepts (`utf-8`, `windows-1252`, `shift_jis`, ...). */
  readonly charset: string;
  readonly source: CharsetSource;
  /** Bytes to skip before decoding (a byte-order mark). */
  readonly skip: number;
  /** The page declared something that the bytes contradict, or that no decoder knows. */
  readonly note?: string;
}

/**
 * Browsers look at the first 1024 bytes only; pages with a long comment or inline style
 * before the <meta> still declare it a little later, so the prescan reads further.
 */
const PRESCAN_BYTES = 8192;

/**
 * The charset of HTML bytes, the way a browser settles it (WHATWG "encoding sniffing"),
 * with one repair: a page that declares a single-byte Western charset ("ISO-8859-1",
 * "windows-1252", "us-ascii") but whose bytes are well-formed UTF-8 with multi-byte
 * sequences is UTF-8. CMS templates keep the old declaration long after the content
 * became UTF-8; reading it as Latin-1 would turn "Café" into "CafÃ©".
 *
 * Order: byte-order mark; the transport's hint (the HTTP Content-Type or a feed's
 * declaration); `<meta charset>` / `<meta http-equiv="Content-Type">` / `<?xml encoding?>`
 * in the first bytes; UTF-8 if the bytes are valid UTF-8; else windows-1252 (what browsers
 * use for unlabelled Western pages, and a superset of Latin-1).
 */
export function sniffCharset(bytes: Uint8Array, transportHint?: string): SniffedCharset {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return { charset: 'utf-8', source: 'bom', skip: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { charset: 'utf-16le', source: 'bom', skip: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { charset: 'utf-16be', source: 'bom', skip: 2 };

  const notes: string[] = [];
  const hinted = transportHint ? canonical(charsetParam(transportHint) ?? transportHint) : undefined;
  if (transportHint && !hinted) notes.push(`unknown charset "${transportHint}" from the transport`);
  if (hinted) return repaired(bytes, hinted, 'transport', notes);

  const declared = prescanMeta(bytes);
  if (declared !== undefined) {
    const c = canonical(declared);
    // A <meta> cannot honestly declare UTF-16: the bytes that carry it are ASCII (WHATWG says utf-8).
    if (c === 'utf-16le' || c === 'utf-16be') return repaired(bytes, 'utf-8', 'meta', notes);
    if (c) return repaired(bytes, c, 'meta', notes);
    notes.push(`unknown charset "${declared}" declared in the page`);
  }
  const note = notes.length ? { note: notes.join('; ') } : {};
  if (isUtf8(bytes)) return { charset: 'utf-8', source: 'utf-8-valid', skip: 0, ...note };
  return { charset: 'windows-1252', source: 'default', skip: 0, ...note };
}

function repaired(
  bytes: Uint8Array,
  charset: string,
  source: CharsetSource,
  notes: string[],
): SniffedCharset {
  if (charset === 'windows-1252' && hasMultiByteUtf8(bytes) && isUtf8(bytes)) {
    notes.push(`declared ${charset} (${source}) but the bytes are UTF-8`);
    return { charset: 'utf-8', source: 'utf-8-valid', skip: 0, note: notes.join('; ') };
  }
  return { charset, source, skip: 0, ...(notes.length ? { note: notes.join('; ') } : {}) };
}

/** `text/html; charset="ISO-8859-1"` → `ISO-8859-1`. */
function charsetParam(value: string): string | undefined {
  const m = /charset\s*=\s*["']?\s*([^"'\s;,>]+)/i.exec(value);
  return m?.[1];
}

/** The WHATWG name for a label (`latin1`, `iso-8859-1`, `ascii` all mean windows-1252), or undefined. */
function canonical(label: string): string | undefined {
  try {
    return new TextDecoder(label.trim()).encoding;
  } catch {
    return undefined;
  }
}

/** The charset a page declares near its start, looked for in its markup (not in scripts or comments). */
function prescanMeta(bytes: Uint8Array): string | undefined {
  // latin1 maps each byte to one char, so regexes can run over any ASCII-compatible encoding.
  const head = Buffer.from(bytes.subarray(0, PRESCAN_BYTES))
    .toString('latin1')
    .replace(/<!--[\s\S]*?-->/g, '');
  const xml = /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([^"']+)["']/i.exec(head);
  for (const m of head.matchAll(/<meta\b[^>]*>/gi)) {
    const tag = m[0];
    const direct = /\bcharset\s*=\s*["']?\s*([^"'\s;/>]+)/i.exec(tag);
    if (direct && !/\bcontent\s*=/i.test(tag.slice(0, direct.index))) return direct[1];
    if (/http-equiv\s*=\s*["']?\s*content-type/i.test(tag)) {
      const content = /\bcontent\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(tag);
      const param = charsetParam(content?.[1] ?? content?.[2] ?? content?.[3] ?? '');
      if (param) return param;
    }
  }
  return xml?.[1];
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

function isUtf8(bytes: Uint8Array): boolean {
  try {
    strictUtf8.decode(bytes);
    return true;
  } catch {
    return false;
  }
}

function hasMultiByteUtf8(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++)
    if ((bytes[i] ?? 0) >= 0xc2 && ((bytes[i + 1] ?? 0) & 0xc0) === 0x80) return true;
  return false;
}
