/** Ints per slot: meta, long-word offset, rules, then INLINE characters two to an int. */
const SLOT = 8;
const INLINE = 10;
/** One-character words below this code are found by it: ASCII, Latin-1, quotes and dashes. */
const SINGLES = 0x2030;

/** A word of the tagger's lexicon: its form, usual tag, and context rules [previous, next, tag]. */
export interface WordEntry {
  readonly word: string;
  readonly usual: number;
  readonly rules: readonly (readonly [number, number, number])[];
}

/**
 * The tagger's lexicon as one hash table, looked up straight from a span of the text.
 * Built for a cold cache: the other stages run between two documents and evict it, so
 * what a lookup touches is packed into one 32-byte slot (length, usual tag, where its
 * rules are, and up to ten characters), and a word's rules lie side by side.
 * An entry is its slot's index.
 */
export class WordTable {
  private readonly slots: Int32Array;
  private readonly mask: number;
  /** Characters of words longer than INLINE, end to end. */
  private readonly long: Uint16Array;
  /** Per rule: (previous * 32 + next) << 8 | tag. */
  private readonly rules: Int32Array;
  private readonly singles: Int32Array;

  constructor(entries: readonly WordEntry[]) {
    let cap = 16;
    while (cap < entries.length * 2) cap *= 2;
    this.mask = cap - 1;
    this.slots = new Int32Array(cap * SLOT);
    this.singles = new Int32Array(SINGLES).fill(-1);
    this.long = new Uint16Array(entries.reduce((n, x) => n + (x.word.length > INLINE ? x.word.length : 0), 0));
    this.rules = new Int32Array(entries.reduce((n, x) => n + x.rules.length, 0));
    let longAt = 0;
    let ruleAt = 0;
    for (const { word, usual, rules } of entries) {
      const len = word.length;
      // the slot keeps the length in 8 bits, a word's rule count in 12 and where its rules start in 20
      if (len === 0 || len > 0xff || rules.length > 0xfff || ruleAt + rules.length > 0xfffff) throw new Error(`WordTable: cannot hold ${JSON.stringify(word.slice(0, 40))}`);
      let slot = hash(word, 0, len) & this.mask;
      while (this.slots[slot * SLOT] !== 0) slot = (slot + 1) & this.mask;
      const base = slot * SLOT;
      this.slots[base] = len | (usual << 8) | (rules.length > 0 ? 1 << 16 : 0);
      if (len > INLINE) {
        this.slots[base + 1] = longAt;
        for (let k = 0; k < len; k++) this.long[longAt++] = word.charCodeAt(k);
      } else {
        for (let k = 0; k < len; k++) this.slots[base + 3 + (k >> 1)]! |= word.charCodeAt(k) << ((k & 1) * 16);
      }
      this.slots[base + 2] = ruleAt | (rules.length << 20);
      for (const [prev, next, tag] of rules) this.rules[ruleAt++] = ((prev * 32 + next) << 8) | tag;
      if (len === 1 && word.charCodeAt(0) < SINGLES) this.singles[word.charCodeAt(0)] = slot;
    }
  }

  /** The entry of text[s, e) exactly as written, or -1. */
  find(text: string, s: number, e: number): number {
    const len = e - s;
    // one character (",", ".", "a", "$": a token in five) by its code
    if (len === 1) {
      const c = text.charCodeAt(s);
      if (c < SINGLES) return this.singles[c] as number;
    }
    const slots = this.slots;
    let slot = hash(text, s, e) & this.mask;
    for (;;) {
      const base = slot * SLOT;
      const meta = slots[base] as number;
      if (meta === 0) return -1;
      if ((meta & 0xff) === len && this.same(base, text, s, len)) return slot;
      slot = (slot + 1) & this.mask;
    }
  }

  /** The entry of text[s, e) lowercased ("Flooding" → "flooding"), or -1. */
  findLower(text: string, s: number, e: number): number {
    const lowered = text.slice(s, e).toLowerCase();
    return this.find(lowered, 0, lowered.length);
  }

  usual(entry: number): number {
    return ((this.slots[entry * SLOT] as number) >> 8) & 0xff;
  }

  ambiguous(entry: number): boolean {
    return ((this.slots[entry * SLOT] as number) & (1 << 16)) !== 0;
  }

  /**
   * The tag of the entry's most specific rule that fits the previous tag and the next
   * word's usual tag (both, previous alone, next alone; `any` is the wildcard), or -1.
   */
  rule(entry: number, prev: number, next: number, any: number): number {
    const at = this.slots[entry * SLOT + 2] as number;
    const from = at & 0xfffff;
    const to = from + (at >>> 20);
    const both = prev * 32 + next;
    const prevOnly = prev * 32 + any;
    const nextOnly = any * 32 + next;
    let byPrev = -1;
    let byNext = -1;
    for (let r = from; r < to; r++) {
      const v = this.rules[r] as number;
      const key = v >> 8;
      if (key === both) return v & 0xff;
      if (key === prevOnly) byPrev = v & 0xff;
      else if (key === nextOnly) byNext = v & 0xff;
    }
    return byPrev >= 0 ? byPrev : byNext;
  }

  private same(base: number, text: string, s: number, len: number): boolean {
    const slots = this.slots;
    if (len > INLINE) {
      const from = slots[base + 1] as number;
      for (let k = 0; k < len; k++) if (this.long[from + k] !== text.charCodeAt(s + k)) return false;
      return true;
    }
    for (let k = 0; k < len; k += 2) {
      const pair = text.charCodeAt(s + k) | (k + 1 < len ? text.charCodeAt(s + k + 1) << 16 : 0);
      if (slots[base + 3 + (k >> 1)] !== pair) return false;
    }
    return true;
  }
}

/** FNV-1a over the char codes. */
function hash(text: string, s: number, e: number): number {
  let h = 0x811c9dc5;
  for (let k = s; k < e; k++) h = Math.imul(h ^ text.charCodeAt(k), 16777619);
  return h >>> 0;
}
