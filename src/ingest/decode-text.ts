import type { Diagnostic } from '../domain/diagnostic.ts';
import type { RawDocument } from '../domain/raw-document.ts';

export type Decoded =
  | { readonly ok: true; readonly text: string; readonly encoding: string; readonly warning?: Diagnostic }
  | { readonly ok: false; readonly problem: Diagnostic };

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const win1252 = new TextDecoder('windows-1252');

/**
 * Bytes to text, or a clear reason why not. UTF-8 with or without a byte-order mark
 * (the mark is not part of the text, so spans match what the scorers read); when the
 * bytes are not UTF-8 but look like Latin-1 / Windows-1252 text (isolated high bytes
 * between ASCII, as in "caf\xe9"), they are decoded as that, with a warning; anything
 * else is refused rather than guessed at. Empty and binary files are refused too.
 */
export function decodeText(raw: RawDocument): Decoded {
  const b = raw.bytes;
  const fail = (code: string, message: string, offset?: number): Decoded => ({
    ok: false,
    problem: { doc: raw.name, severity: 'error', code, message, ...(offset === undefined ? {} : { offset }) },
  });
  if (b.length === 0) return fail('empty', `${raw.uri}: empty file (0 bytes)`);
  const binaryAt = findBinary(b);
  if (binaryAt >= 0) return fail('binary', `${raw.uri}: binary content (control byte 0x${hex(b[binaryAt] ?? 0)} at byte ${binaryAt}), not text`, binaryAt);
  const bom = b.length >= 3 && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf;
  let text: string;
  let encoding: string;
  try {
    text = utf8.decode(bom ? b.subarray(3) : b);
    encoding = bom ? 'utf-8-bom' : 'utf-8';
  } catch {
    const bad = firstInvalidUtf8(b);
    if (bom || !looksLikeLatin1(b)) {
      return fail('undecodable', `${raw.uri}: invalid UTF-8 at byte ${bad}, and not Latin-1 text either`, bad);
    }
    text = win1252.decode(b);
    encoding = 'latin1';
    if (text.trim() === '') return fail('empty', `${raw.uri}: no text (only white space)`);
    return {
      ok: true,
      text,
      encoding,
      warning: { doc: raw.name, severity: 'warning', code: 'latin1', message: `${raw.uri}: not UTF-8 (byte ${bad}); read as Latin-1` },
    };
  }
  if (text.trim() === '') return fail('empty', `${raw.uri}: no text (only white space)`);
  return { ok: true, text, encoding };
}

function hex(n: number): string {
  return n.toString(16).padStart(2, '0');
}

/** Offset of the first byte that text never holds (NUL, or most C0 controls in a run), or -1. */
function findBinary(b: Uint8Array): number {
  const n = Math.min(b.length, 65536);
  let controls = 0;
  let first = -1;
  for (let i = 0; i < n; i++) {
    const c = b[i] ?? 0;
    if (c === 0) return i;
    if (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c && c !== 0x1b) {
      controls++;
      if (first < 0) first = i;
    }
  }
  return controls > Math.max(4, n / 100) ? first : -1;
}

function firstInvalidUtf8(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i] ?? 0;
    const need = c < 0x80 ? 0 : c >= 0xc2 && c <= 0xdf ? 1 : c >= 0xe0 && c <= 0xef ? 2 : c >= 0xf0 && c <= 0xf4 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) if (((b[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    i += need + 1;
  }
  return -1;
}

/**
 * Latin-1 / Windows-1252 text: no valid multi-byte UTF-8 sequence anywhere (a file mixing
 * both is damaged, not Latin-1), and most high bytes are letters or typographic marks.
 */
function looksLikeLatin1(b: Uint8Array): boolean {
  let high = 0;
  let plausible = 0;
  for (let i = 0; i < b.length; i++) {
    const c = b[i] ?? 0;
    if (c < 0x80) continue;
    high++;
    const next = b[i + 1] ?? 0;
    if (c >= 0xc2 && c <= 0xf4 && (next & 0xc0) === 0x80) return false;
    if (c >= 0xa0 || (c >= 0x91 && c <= 0x97) || c === 0x80 || c === 0x85) plausible++;
  }
  return high > 0 && plausible / high >= 0.9;
}
