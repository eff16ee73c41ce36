import { cp1252At } from './cp1252-at.ts';

/** Windows-1252 byte of each character it can produce at 0x80–0xFF. */
const BYTE_OF: ReadonlyMap<string, number> = new Map(Array.from({ length: 128 }, (_, i) => [cp1252At(0x80 + i), 0x80 + i] as const));

// a lead byte (Â..ô) then one to three characters whose Windows-1252 bytes are continuation bytes
const CANDIDATE = /[\u00c2-\u00f4][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]{1,3}/g;

/**
 * UTF-8 that was read as Windows-1252 and written out again as UTF-8 ("â€™" for "’",
 * "Ã©" for "é"), put right. A run is repaired only when its bytes are one valid UTF-8
 * character in the ranges such text holds (Latin-1 and Latin Extended-A letters,
 * general punctuation, €, ™), so a German "groß»" (which would decode to an N'Ko letter)
 * or a French "CAFÉ»" (to an IPA letter) stays as it is. Applied to
 * decoded text, so "&#226;&#128;&#166;" (the bytes of "…" as references) is caught too.
 */
export function repairDoubleUtf8(text: string): string {
  if (!/[\u00c2-\u00f4]/.test(text)) return text;
  return text.replace(CANDIDATE, (run) => {
    const bytes: number[] = [];
    for (const ch of run) {
      const b = ch.charCodeAt(0) <= 0xff ? ch.charCodeAt(0) : BYTE_OF.get(ch);
      if (b === undefined) return run;
      bytes.push(b);
    }
    const lead = bytes[0] ?? 0;
    const need = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : 2;
    if (bytes.length < need) return run;
    let decoded: string;
    try {
      decoded = new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(bytes.slice(0, need)));
    } catch {
      return run;
    }
    const c = decoded.codePointAt(0) ?? 0;
    const plausible = (c >= 0xa0 && c <= 0x17f) || (c >= 0x2010 && c <= 0x2044) || c === 0x20ac || c === 0x2122;
    if (!plausible) return run;
    return decoded + run.slice(need);
  });
}
