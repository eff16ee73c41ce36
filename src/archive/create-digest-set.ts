/** A set of hex SHA-256 digests in about 32 bytes each. */
export interface DigestSet {
  add(hex: string): void;
  /** False for anything that is not a hex digest ("notes.txt" in tmp/, say). */
  has(hex: string): boolean;
  readonly size: number;
}

const WORDS = 4;
const HEX_DIGEST = /^[0-9a-f]{32,}$/i;

/**
 * The digests' first 128 bits in an open-addressing table of 32-bit words. A Set of hex
 * strings costs about 100 bytes a digest: a custody log of a million captures (two entries
 * each, and the objects they name) then holds 300 MB in memory; this holds 50 MB. Two
 * different SHA-256 digests agree on their first 128 bits with odds of about 2^-128 a pair.
 * Slots are found by linear probing from the digest's own first bits, which are uniform;
 * the all-zero prefix marks an empty slot, so it is kept apart.
 */
export function createDigestSet(): DigestSet {
  let capacity = 1024;
  let table = new Uint32Array(capacity * WORDS);
  let size = 0;
  let zero = false;
  const key = new Uint32Array(WORDS);

  const parse = (hex: string): boolean => {
    if (!HEX_DIGEST.test(hex)) return false;
    for (let w = 0; w < WORDS; w++) key[w] = Number.parseInt(hex.slice(w * 8, w * 8 + 8), 16);
    return true;
  };
  const isZero = (): boolean => key.every((w) => w === 0);
  /** The slot holding `key`, or the empty slot where it would go. */
  const slotOf = (words: Uint32Array, within: Uint32Array, slots: number): number => {
    let slot = (words[0]! ^ words[1]!) & (slots - 1);
    for (;;) {
      const at = slot * WORDS;
      if (within[at] === 0 && within[at + 1] === 0 && within[at + 2] === 0 && within[at + 3] === 0) return slot;
      if (within[at] === words[0] && within[at + 1] === words[1] && within[at + 2] === words[2] && within[at + 3] === words[3]) return slot;
      slot = (slot + 1) & (slots - 1);
    }
  };
  const grow = (): void => {
    const old = table;
    capacity *= 2;
    table = new Uint32Array(capacity * WORDS);
    for (let at = 0; at < old.length; at += WORDS) {
      const words = old.subarray(at, at + WORDS);
      if (words.every((w) => w === 0)) continue;
      table.set(words, slotOf(words, table, capacity) * WORDS);
    }
  };

  return {
    add(hex) {
      if (!parse(hex)) throw new RangeError(`not a hex digest: ${hex.slice(0, 80)}`);
      if (isZero()) {
        if (!zero) size++;
        zero = true;
        return;
      }
      const at = slotOf(key, table, capacity) * WORDS;
      if (table[at] === key[0] && table[at + 1] === key[1] && table[at + 2] === key[2] && table[at + 3] === key[3]) return;
      table.set(key, at);
      size++;
      // at most three quarters full: probes stay short, and a million digests fit in 2^21 slots
      if (size * 4 > capacity * 3) grow();
    },
    has(hex) {
      if (!parse(hex)) return false;
      if (isZero()) return zero;
      const at = slotOf(key, table, capacity) * WORDS;
      return table[at] === key[0] && table[at + 1] === key[1] && table[at + 2] === key[2] && table[at + 3] === key[3];
    },
    get size() {
      return size;
    },
  };
}
