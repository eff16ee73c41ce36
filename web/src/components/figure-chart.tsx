// The chart of one figure series (uPlot, on a canvas): each reported value a point,
// coloured by who gave it, across the documents in order of publication.
import { useEffect, useRef } from 'preact/hooks';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import type { DocumentSummary, FigureSeries } from '../api-types.ts';
import { chartData, PALETTE } from './figure-data.ts';

const HEIGHT = 360;

export function FigureChart({ series, docs }: { readonly series: FigureSeries; readonly docs: ReadonlyMap<string, DocumentSummary> | undefined }) {
  const box = useRef<HTMLDivElement>(null);
  const data = chartData(series, docs);
  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const width = () => Math.max(320, el.clientWidth);
    const labelEvery = Math.max(1, Math.ceil(data.slots.length / 10));
    const opts: uPlot.Options = {
      width: width(),
      height: HEIGHT,
      scales: {
        x: { time: false, range: () => [-0.5, Math.max(0.5, data.slots.length - 0.5)] },
        y: { range: (_u, _min, max) => [0, max > 0 ? max * 1.15 : 1] },
      },
      axes: [
        {
          label: 'documents, in order of publication',
          splits: () => data.slots.map((_, i) => i).filter((i) => i % labelEvery === 0),
          values: (_u, splits) => splits.map((i) => data.slots[i]?.label ?? ''),
          grid: { show: false },
        },
        { label: series.unit ?? series.what, size: 70 },
      ],
      cursor: { drag: { x: false, y: false } },
      legend: { live: true },
      series: [
        { label: 'document', value: (_u, v) => (v === null || v === undefined ? '--' : (data.slots[Math.round(v)]?.label ?? '')) },
        ...data.sources.map((s, i) => {
          const color = PALETTE[i % PALETTE.length] ?? '#333';
          return { label: s, stroke: color, fill: color, paths: () => null, points: { show: true, size: 10, width: 2, stroke: color, fill: color }, spanGaps: false };
        }),
      ],
    };
    const plot = new uPlot(opts, [data.xs, ...data.ys] as uPlot.AlignedData, el);
    const resize = new ResizeObserver(() => plot.setSize({ width: width(), height: HEIGHT }));
    resize.observe(el);
    return () => {
      resize.disconnect();
      plot.destroy();
    };
  }, [series, docs]);
  return <div class="figure-chart" ref={box} data-points={data.points} data-sources={data.sources.length} />;
}
