/**
 * A read-only map from non-negative int32 keys to small ints, in one typed array: key and
 * value side by side, so that a lookup reads one cache line where a Map reads several.
 */
export class IntMap {
  private readonly slots: Int32Array;
  private readonly mask: number;

  constructor(entries: Iterable<readonly [number, number]>) {
    const list = [...entries];
    let cap = 16;
    while (cap < list.length * 2) cap *= 2;
    this.mask = cap - 1;
    this.slots = new Int32Array(cap * 2).fill(-1);
    for (const [key, value] of list) {
      let slot = spread(key) & this.mask;
      while (this.slots[slot * 2] !== -1 && this.slots[slot * 2] !== key) slot = (slot + 1) & this.mask;
      this.slots[slot * 2] = key;
      this.slots[slot * 2 + 1] = value;
    }
  }

  /** The key's value, or -1. */
  get(key: number): number {
    let slot = spread(key) & this.mask;
    for (;;) {
      const k = this.slots[slot * 2] as number;
      if (k === key) return this.slots[slot * 2 + 1] as number;
      if (k === -1) return -1;
      slot = (slot + 1) & this.mask;
    }
  }
}

function spread(key: number): number {
  return Math.imul(key ^ (key >>> 16), 0x45d9f3b) >>> 8;
}
