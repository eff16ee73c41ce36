/**
 * The class of a word the tagger's lexicon lacks, as a small integer: its shape in the
 * top bits, its last three letters (lowercased, 8 bits each) below. Shapes: 1 a number
 * ("1,450"), 2 digits and letters ("COVID-19", "4G"), 3 capitals ("LGBTQ"), 4 capitalised
 * mid-sentence ("Milashina"), 5 capitalised at a sentence start, 6 lowercase ("rebranding"),
 * 7 no letter or digit ("―"), 8 a web or mail address ("https://example.org/a",
 * "press@example.com"), 9 a hashtag ("#Brannock"), 10 a mention ("@VossMayor").
 * Numbers, capitals and addresses keep no letters; a mark keeps itself.
 * `key & SHAPE` is the shape alone, the fallback when a shape-and-letters class is unseen.
 * The training counts (scripts/train-pos.ts) and the lookups use this same function.
 */
export function wordClass(text: string, s: number, e: number, sentenceStart: boolean): number {
  const c0 = text.charCodeAt(s);
  if (e - s > 1 && c0 === 0x40) return 10 << 24;
  if (e - s > 1 && c0 === 0x23) return 9 << 24;
  let address = false;
  let digits = 0;
  let marks = 0;
  let upper = 0;
  let lower = 0;
  for (let k = s; k < e; k++) {
    const c = text.charCodeAt(k);
    if (c >= 0x61 && c <= 0x7a) lower++;
    else if (c >= 0x41 && c <= 0x5a) upper++;
    else if (c >= 0x30 && c <= 0x39) digits++;
    else if (c === 0x2e || c === 0x2c) marks++;
    else if (c === 0x40 || (c === 0x2f && k > s && text.charCodeAt(k - 1) === 0x2f)) address = true;
    else if (c >= 0x80) {
      const ch = String.fromCharCode(c);
      if (ch !== ch.toLowerCase()) upper++;
      else if (ch !== ch.toUpperCase()) lower++;
    }
  }
  if (address) return 8 << 24;
  if (digits > 0) return digits + marks === e - s ? 1 << 24 : (2 << 24) | suffix(text, s, e);
  const capital = upper > 0 && fold(c0) !== c0;
  if (capital && lower === 0 && upper > 1) return 3 << 24;
  if (capital) return ((sentenceStart ? 5 : 4) << 24) | suffix(text, s, e);
  if (lower > 0) return (6 << 24) | suffix(text, s, e);
  return (7 << 24) | (e - s === 1 ? code(c0) : 0);
}

/** The shape bits of a class. */
wordClass.SHAPE = 0xf000000;

function suffix(text: string, s: number, e: number): number {
  let v = 0;
  for (let k = Math.max(s, e - 3); k < e; k++) v = (v << 8) | code(fold(text.charCodeAt(k)));
  return v;
}

/** A lowercased char in 8 bits: ASCII as itself, the rest folded into 128..254. */
function code(c: number): number {
  return c < 0x80 ? c : 0x80 + (c % 127);
}

function fold(c: number): number {
  if (c < 0x80) return c >= 0x41 && c <= 0x5a ? c + 0x20 : c;
  if (c < 0x100) return c >= 0xc0 && c <= 0xde && c !== 0xd7 ? c + 0x20 : c;
  return String.fromCharCode(c).toLowerCase().charCodeAt(0);
}
