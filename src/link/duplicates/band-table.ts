/**
 * A multimap from LSH band keys to document numbers, in typed arrays: an index holds one
 * entry per band per document (64 with the defaults), so this is where most of its
 * memory goes. A `Map<number, number[]>` spent about 45 bytes an entry; this spends 19
 * to 37, as its arrays stand between doublings (a probe slot of key and head, 8 bytes
 * at a load of 0.375 to 0.75, and a chain link of document and next, 8 bytes).
 * Keys must be below 2³²−1; documents are non-negative integers below 2³¹.
 */
export interface BandTable {
  /** Files `doc` under `key`. */
  add(key: number, doc: number): void;
  /** Calls `visit` with each document filed under `key`, latest first. */
  forEach(key: number, visit: (doc: number) => void): void;
  /** Bytes held by the arrays. */
  readonly bytes: number;
}

export function createBandTable(initialSlots = 1024): BandTable {
  let capacity = Math.max(16, 2 ** Math.ceil(Math.log2(initialSlots)));
  /** Key + 1 in each probe slot; 0 marks an empty slot. */
  let keys = new Uint32Array(capacity);
  /** The latest entry filed under the slot's key. */
  let heads = new Int32Array(capacity);
  let used = 0;
  let docs = new Int32Array(capacity);
  /** The entry filed before this one under the same key, or −1. */
  let next = new Int32Array(capacity);
  let entries = 0;

  const slotOf = (key: number, table: Uint32Array): number => {
    const mask = table.length - 1;
    // Keys are already well-mixed hashes: the low bits serve as the home slot.
    let slot = key & mask;
    while (table[slot] !== 0 && table[slot] !== key + 1) slot = (slot + 1) & mask;
    return slot;
  };

  const grow = () => {
    const oldKeys = keys;
    const oldHeads = heads;
    capacity *= 2;
    keys = new Uint32Array(capacity);
    heads = new Int32Array(capacity);
    for (let s = 0; s < oldKeys.length; s++) {
      const k = oldKeys[s] ?? 0;
      if (k === 0) continue;
      const slot = slotOf(k - 1, keys);
      keys[slot] = k;
      heads[slot] = oldHeads[s] ?? 0;
    }
  };

  return {
    add(key, doc) {
      if (entries === docs.length) {
        const size = docs.length * 2;
        docs = copyInto(new Int32Array(size), docs);
        next = copyInto(new Int32Array(size), next);
      }
      let slot = slotOf(key, keys);
      if (keys[slot] === 0) {
        if ((used + 1) * 4 > capacity * 3) {
          grow();
          slot = slotOf(key, keys);
        }
        keys[slot] = key + 1;
        heads[slot] = -1;
        used++;
      }
      docs[entries] = doc;
      next[entries] = heads[slot] ?? -1;
      heads[slot] = entries++;
    },
    forEach(key, visit) {
      const slot = slotOf(key, keys);
      if (keys[slot] === 0) return;
      for (let e = heads[slot] ?? -1; e >= 0; e = next[e] ?? -1) visit(docs[e] ?? 0);
    },
    get bytes() {
      return keys.byteLength + heads.byteLength + docs.byteLength + next.byteLength;
    },
  };
}

function copyInto<T extends Int32Array>(target: T, source: Int32Array): T {
  target.set(source);
  return target;
}
