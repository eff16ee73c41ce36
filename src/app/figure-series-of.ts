import { figureSeries, type FigureSeries } from '../link/figures/figure-series.ts';
import type { FigureQuery, FigureRow, Store } from '../store/store.ts';

/** At most this many figures are grouped into series for one answer. */
const MAX_FIGURES = 5000;

/**
 * The figures matching a query as series over time, conflicts side by side
 * (figure-series.ts). Reads at most 5000 figures (newest first) and says whether that
 * was all of them: narrow with `what` or a document for a complete answer.
 */
export async function figureSeriesOf(store: Store, q: Omit<FigureQuery, 'cursor' | 'limit'>): Promise<{ readonly series: readonly FigureSeries[]; readonly figures: number; readonly complete: boolean }> {
  const rows: FigureRow[] = [];
  let cursor: string | undefined;
  do {
    const page = await store.figures({ ...q, limit: 1000, ...(cursor ? { cursor } : {}) });
    rows.push(...page.items);
    cursor = page.next;
  } while (cursor && rows.length < MAX_FIGURES);
  const series = figureSeries(rows.map((f) => ({ ...f, doc: f.docName })));
  return { series, figures: rows.length, complete: cursor === undefined };
}
