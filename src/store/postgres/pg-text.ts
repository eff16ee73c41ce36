/**
 * PostgreSQL text cannot hold U+0000, which a JavaScript string (and SQLite) can: a JSONL
 * article may carry one, and a hostile filter value certainly may. So every string sent
 * to the database is escaped, and every string read back unescaped, with U+FFFF as the
 * escape: U+0000 → U+FFFF '0', U+FFFF → U+FFFF U+FFFF. Strings holding neither (all but
 * a freak few) pass unchanged, so what the database compares and sorts is the string
 * itself, and a value with U+0000 in a filter simply matches the same value stored.
 * (U+FFFF is a noncharacter: in real text it does not occur.)
 */

const ESC = '\uffff';
// eslint-disable-next-line no-control-regex -- U+0000 is what this is about
const NEEDS_ESCAPE = /[\u0000\uffff]/u;
// eslint-disable-next-line no-control-regex -- likewise
const TO_ESCAPE = /[\u0000\uffff]/gu;

function encodeString(s: string): string {
  if (!NEEDS_ESCAPE.test(s)) return s;
  return s.replace(TO_ESCAPE, (c) => (c === ESC ? ESC + ESC : `${ESC}0`));
}

function decodeString(s: string): string {
  if (!s.includes(ESC)) return s;
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s[i] as string;
    if (c !== ESC) {
      out += c;
      continue;
    }
    const next = s[++i];
    // A lone escape at the end was not written by encode; keep it as it stands.
    out += next === '0' ? '\u0000' : ESC;
  }
  return out;
}

/** Strings, and the strings inside arrays and plain objects, mapped by `f`; everything else as it is. */
function deep(value: unknown, f: (s: string) => string): unknown {
  if (typeof value === 'string') return f(value);
  if (Array.isArray(value)) return value.map((v) => deep(v, f));
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = deep(v, f);
    return out;
  }
  return value;
}

export const pgText = {
  encode: encodeString,
  decode: decodeString,
  /** A query parameter as it goes to the database. */
  encodeParam: (value: unknown): unknown => deep(value, encodeString),
  /** A row as it comes back. */
  decodeRow: (row: Record<string, unknown>): Record<string, unknown> =>
    deep(row, decodeString) as Record<string, unknown>,
};
