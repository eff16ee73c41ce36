/** A document as family-building needs it. */
export interface DatedDocument {
  readonly id: string;
  /** ISO 8601 (or anything `Date.parse` reads); absent or unreadable counts as latest. */
  readonly published?: string;
}

/** Two documents found to be duplicates of each other, in either order. */
export interface DuplicatePair {
  readonly a: string;
  readonly b: string;
}

/** A copy and the document it was copied from. */
export interface DuplicateCopy {
  readonly id: string;
  /** The earliest document this copy itself duplicates. */
  readonly copiedFrom: string;
}

/** An original and every copy descending from it. */
export interface DuplicateFamily {
  /** The earliest document: the only one of the family that counts as support. */
  readonly source: string;
  /** The copies, earliest first (ties by id). */
  readonly copies: readonly DuplicateCopy[];
}

export interface DuplicateFamilies {
  /** Families of two documents or more, by their source's date, then id. */
  readonly families: readonly DuplicateFamily[];
  /** Each copy's family source; documents that copy nothing are absent. */
  readonly sourceOf: ReadonlyMap<string, string>;
}

/**
 * Groups duplicates into families, each led by its earliest document, so that a
 * syndicated story counts once however many outlets republish it.
 *
 * Documents are taken in order of date, then id (so ties and undated documents resolve
 * the same way on every run). A document that duplicates no earlier one is a source. A
 * document that does is a copy: `copiedFrom` is the earliest earlier document it
 * duplicates, and its family is that document's family. So a copy of a copy joins the
 * first source too (A on the wire, B republishing A, C reposting B's version with A's
 * paragraphs cut); but two sources never merge because some later digest quotes both:
 * the digest joins the earlier one's family and the later source keeps its own. (Simply
 * taking connected components would merge them, and count two stories as one.)
 * Pairs may name documents missing from `docs`; they count as undated.
 */
export function duplicateFamilies(
  docs: readonly DatedDocument[],
  pairs: readonly DuplicatePair[],
): DuplicateFamilies {
  const time = new Map<string, number>();
  for (const d of docs) {
    const t = d.published === undefined ? Number.NaN : Date.parse(d.published);
    time.set(d.id, Number.isNaN(t) ? Number.POSITIVE_INFINITY : t);
  }
  const neighbours = new Map<string, string[]>();
  const link = (x: string, y: string) => {
    if (!time.has(x)) time.set(x, Number.POSITIVE_INFINITY);
    const list = neighbours.get(x);
    if (list) list.push(y);
    else neighbours.set(x, [y]);
  };
  for (const { a, b } of pairs) {
    if (a === b) continue;
    link(a, b);
    link(b, a);
  }
  const before = (x: string, y: string): number => {
    const tx = time.get(x) ?? Number.POSITIVE_INFINITY;
    const ty = time.get(y) ?? Number.POSITIVE_INFINITY;
    if (tx !== ty) return tx < ty ? -1 : 1;
    return x < y ? -1 : x > y ? 1 : 0;
  };
  const order = [...neighbours.keys()].sort(before);
  const rank = new Map(order.map((id, i) => [id, i]));
  const sourceOf = new Map<string, string>();
  const copies = new Map<string, DuplicateCopy[]>();
  for (const id of order) {
    const r = rank.get(id) ?? 0;
    let earliest: string | undefined;
    for (const n of neighbours.get(id) ?? []) {
      const nr = rank.get(n) ?? 0;
      if (nr < r && (earliest === undefined || nr < (rank.get(earliest) ?? 0))) earliest = n;
    }
    if (earliest === undefined) continue;
    const source = sourceOf.get(earliest) ?? earliest;
    sourceOf.set(id, source);
    const list = copies.get(source);
    const copy = { id, copiedFrom: earliest };
    if (list) list.push(copy);
    else copies.set(source, [copy]);
  }
  const families = [...copies.entries()]
    .sort(([x], [y]) => before(x, y))
    .map(([source, list]) => ({ source, copies: list }));
  return { families, sourceOf };
}
