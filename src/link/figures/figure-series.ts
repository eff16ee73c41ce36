import type { Figure } from '../../domain/figure.ts';

/** A figure with where it was reported. */
export interface ReportedFigure extends Figure {
  readonly doc: string;
  readonly published?: string;
  readonly publisher?: string;
}

export interface FigureSeries {
  /** What the series counts: unit and head word ("death", "percent:vote"). */
  readonly key: string;
  /** What is counted, in the words of its earliest report. */
  readonly what: string;
  readonly unit?: string;
  /** In time order: the figure's own date, else its document's. */
  readonly points: readonly ReportedFigure[];
  /** Periods for which different sources report different values: shown side by side, never averaged. */
  readonly conflicts: readonly { readonly when: string; readonly points: readonly ReportedFigure[] }[];
}

const SKIP = new Set(['the', 'a', 'an', 'of', 'more', 'than', 'least', 'some', 'about', 'around', 'nearly', 'almost', 'over', 'under', 'total', 'number', 'other', 'further', 'new']);

/** "deaths of gay and bisexual men" → "death"; "people who gathered" → "people". */
export function quantityKey(f: Pick<Figure, 'what' | 'unit'>): string {
  const head = f.what.toLowerCase().match(/\p{L}+/gu)?.find((w) => !SKIP.has(w)) ?? '';
  const singular = head.length > 3 ? head.replace(/ies$/, 'y').replace(/(?<!s)s$/, '') : head;
  return f.unit ? `${f.unit}:${singular}` : singular;
}

/**
 * The same quantity reported over time and by different sources: figures grouped by what
 * they count (deaths: 3 reported in March, 26 by the end of May), each series in time
 * order; where one period has different values from different sources, the conflict is
 * listed with every value as reported.
 */
export function figureSeries(figures: readonly ReportedFigure[]): FigureSeries[] {
  const groups = new Map<string, ReportedFigure[]>();
  for (const f of figures) {
    const key = quantityKey(f);
    if (!key) continue;
    groups.set(key, [...(groups.get(key) ?? []), f]);
  }
  const out: FigureSeries[] = [];
  for (const [key, list] of groups) {
    const points = [...list].sort((a, b) => dateOf(a).localeCompare(dateOf(b)) || a.doc.localeCompare(b.doc) || a.span.start - b.span.start);
    const byWhen = new Map<string, ReportedFigure[]>();
    for (const p of points) {
      const w = dateOf(p);
      if (w) byWhen.set(w, [...(byWhen.get(w) ?? []), p]);
    }
    const conflicts = [...byWhen]
      .filter(([, ps]) => new Set(ps.map((p) => p.value)).size > 1 && new Set(ps.map((p) => p.source ?? p.publisher ?? p.doc)).size > 1)
      .map(([when, ps]) => ({ when, points: ps }));
    const first = points[0] as ReportedFigure;
    out.push({ key, what: first.what, ...(first.unit ? { unit: first.unit } : {}), points, conflicts });
  }
  return out.sort((a, b) => b.points.length - a.points.length || a.key.localeCompare(b.key));
}

function dateOf(f: ReportedFigure): string {
  return f.when ?? f.published?.slice(0, 10) ?? '';
}
