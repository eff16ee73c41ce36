/**
 * A max-heap of candidate merges `(similarity, a, b)`. Ties go to the smaller ids, so the
 * order of merges, and so the clustering, never depends on insertion order. The three
 * fields live in parallel arrays rather than one object per entry, because the heap
 * holds every neighbour pair.
 */
export class PairHeap {
  private readonly similarities: number[] = [];
  private readonly as: number[] = [];
  private readonly bs: number[] = [];

  get size(): number {
    return this.similarities.length;
  }

  push(similarity: number, a: number, b: number): void {
    this.similarities.push(similarity);
    this.as.push(Math.min(a, b));
    this.bs.push(Math.max(a, b));
    let i = this.size - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.before(i, parent)) break;
      this.swap(i, parent);
      i = parent;
    }
  }

  /** The best entry, removed; undefined when empty. */
  pop(): { similarity: number; a: number; b: number } | undefined {
    if (this.size === 0) return undefined;
    const top = { similarity: this.similarities[0]!, a: this.as[0]!, b: this.bs[0]! };
    const last = this.size - 1;
    this.swap(0, last);
    this.similarities.pop();
    this.as.pop();
    this.bs.pop();
    let i = 0;
    for (;;) {
      const left = 2 * i + 1;
      const right = left + 1;
      let best = i;
      if (left < this.size && this.before(left, best)) best = left;
      if (right < this.size && this.before(right, best)) best = right;
      if (best === i) break;
      this.swap(i, best);
      i = best;
    }
    return top;
  }

  private before(i: number, j: number): boolean {
    const si = this.similarities[i]!;
    const sj = this.similarities[j]!;
    if (si !== sj) return si > sj;
    if (this.as[i] !== this.as[j]) return this.as[i]! < this.as[j]!;
    return this.bs[i]! < this.bs[j]!;
  }

  private swap(i: number, j: number): void {
    for (const array of [this.similarities, this.as, this.bs]) {
      const t = array[i]!;
      array[i] = array[j]!;
      array[j] = t;
    }
  }
}
