/**
 * The `count` items with the highest scores, best first (ties to the smaller item, so the
 * choice never depends on input order). A bounded min-heap makes it O(m log count) for
 * m items, where sorting them all would cost O(m log m): the difference matters when a
 * document has thousands of candidate neighbours and only a few are wanted.
 */
export function topByScore(
  items: readonly number[],
  score: (item: number) => number,
  count: number,
): number[] {
  // `worse(x, y)`: x ranks below y.
  const worse = (x: number, y: number): boolean => {
    const sx = score(x);
    const sy = score(y);
    return sx < sy || (sx === sy && x > y);
  };
  const heap: number[] = [];
  for (const item of items) {
    if (heap.length < count) {
      heap.push(item);
      let i = heap.length - 1;
      while (i > 0) {
        const parent = (i - 1) >> 1;
        if (!worse(heap[i]!, heap[parent]!)) break;
        [heap[i], heap[parent]] = [heap[parent]!, heap[i]!];
        i = parent;
      }
    } else if (count > 0 && worse(heap[0]!, item)) {
      heap[0] = item;
      let i = 0;
      for (;;) {
        const left = 2 * i + 1;
        const right = left + 1;
        let least = i;
        if (left < heap.length && worse(heap[left]!, heap[least]!)) least = left;
        if (right < heap.length && worse(heap[right]!, heap[least]!)) least = right;
        if (least === i) break;
        [heap[i], heap[least]] = [heap[least]!, heap[i]!];
        i = least;
      }
    }
  }
  return heap.sort((x, y) => (worse(x, y) ? 1 : worse(y, x) ? -1 : 0));
}
