// A figure series laid out for the chart: one x slot per document in order of
// publication, one chart series per source (who gave the figure). Points are never
// merged or averaged: a source that gave two values in one document gets two x
// positions inside that document's slot, and different sources in one document share it,
// so conflicting values stand one above the other.
import type { DocumentSummary, FigureSeries, ReportedFigure } from '../api-types.ts';

export const NO_SOURCE = '(no source named)';
const STEP = 0.14;

export interface ChartData {
  readonly xs: number[];
  readonly sources: string[];
  /** Per source, aligned with xs; null where it has no point. */
  readonly ys: (number | null)[][];
  readonly slots: { readonly docId: string; readonly label: string }[];
  readonly points: number;
}

function docIdOf(p: ReportedFigure): string {
  return p.docId ?? p.doc;
}

export function chartData(series: FigureSeries, docs: ReadonlyMap<string, DocumentSummary> | undefined): ChartData {
  const docInfo = new Map<string, { published: string; name: string; label: string }>();
  for (const p of series.points) {
    const id = docIdOf(p);
    if (docInfo.has(id)) continue;
    const d = docs?.get(id);
    const published = p.published ?? d?.published ?? '';
    const name = d?.name ?? p.doc;
    docInfo.set(id, { published, name, label: published || shorten(d?.publisher ?? name) });
  }
  const order = [...docInfo].sort((a, b) => a[1].published.localeCompare(b[1].published) || a[1].name.localeCompare(b[1].name));
  const slotOf = new Map(order.map(([id], i) => [id, i]));
  const sources: string[] = [];
  for (const p of series.points) {
    const s = p.source ?? NO_SOURCE;
    if (!sources.includes(s)) sources.push(s);
  }
  const seen = new Map<string, number>();
  const placed = series.points.map((p) => {
    const source = p.source ?? NO_SOURCE;
    const k = `${source}\u0000${docIdOf(p)}`;
    const n = seen.get(k) ?? 0;
    seen.set(k, n + 1);
    return { x: round((slotOf.get(docIdOf(p)) ?? 0) + n * STEP), source, value: p.value };
  });
  const xs = [...new Set(placed.map((p) => p.x))].sort((a, b) => a - b);
  const ys = sources.map((s) => xs.map((x) => placed.find((p) => p.source === s && p.x === x)?.value ?? null));
  return { xs, sources, ys, slots: order.map(([docId, info]) => ({ docId, label: info.label })), points: placed.length };
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

function shorten(s: string): string {
  return s.length > 22 ? `${s.slice(0, 21)}…` : s;
}

/** Distinct, readable colours, repeated when there are more sources. */
export const PALETTE = ['#1f77b4', '#d62728', '#2ca02c', '#9467bd', '#ff7f0e', '#17becf', '#8c564b', '#e377c2', '#7f7f7f', '#bcbd22', '#393b79', '#ad494a'];
