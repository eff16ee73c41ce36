// Figures over time: pick what is counted (deaths, people, …) and see every value each
// source reported, conflicting values side by side, never averaged, each traceable to
// its sentence.
import type { DocumentSummary, FigureSeries, FigureSeriesAnswer, ReportedFigure } from '../api-types.ts';
import { FigureChart } from '../components/figure-chart.tsx';
import { NO_SOURCE } from '../components/figure-data.ts';
import { Empty, Loaded } from '../components/status.tsx';
import { A, navigate } from '../router.tsx';
import { figuresHref, sourceHref } from '../routes.ts';
import { useApi } from '../use-api.ts';
import { outletOf, useDocuments } from '../use-documents.ts';

export function FiguresPage({ what }: { readonly what: string | undefined }) {
  const answer = useApi<FigureSeriesAnswer>('/api/figure-series');
  const docs = useDocuments();
  return (
    <div class="figures-page">
      <h1>Figures over time</h1>
      <Loaded data={answer.data} error={answer.error}>
        {(a) => {
          if (a.series.length === 0) return <Empty>No figures reported yet.</Empty>;
          const chosen = a.series.find((s) => s.key === what) ?? a.series[0];
          if (!chosen) return <Empty>No figures reported yet.</Empty>;
          return (
            <>
              <label class="inline-label">
                Figure{' '}
                <select value={chosen.key} onChange={(e) => navigate(figuresHref(e.currentTarget.value), { replace: true })} name="series">
                  {a.series.map((s) => (
                    <option key={s.key} value={s.key}>
                      {s.what} ({s.points.length})
                    </option>
                  ))}
                </select>
              </label>
              {!a.complete && <p class="muted small">Only part of the {a.figures} figures were read for these series.</p>}
              <Series series={chosen} docs={docs} />
            </>
          );
        }}
      </Loaded>
    </div>
  );
}

function Series({ series, docs }: { readonly series: FigureSeries; readonly docs: ReadonlyMap<string, DocumentSummary> | undefined }) {
  return (
    <>
      <section class="card chart-card" aria-label={`Chart of ${series.what}`}>
        <FigureChart series={series} docs={docs} />
        <p class="muted small">Each point is one reported value, coloured by who gave it. Values from different sources in one document stand one above another.</p>
      </section>
      {series.conflicts.length > 0 && (
        <section class="card conflicts" aria-labelledby="conflicts-title">
          <h2 id="conflicts-title">Conflicting values</h2>
          <ul class="plain-list">
            {series.conflicts.map((c) => (
              <li key={c.when}>
                <strong>{c.when}</strong>:{' '}
                {c.points.map((p, i) => (
                  <span key={i} class="conflict-value">
                    {valueText(p)} ({p.source ?? NO_SOURCE}){i < c.points.length - 1 ? ' · ' : ''}
                  </span>
                ))}
              </li>
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="points-title">
        <h2 id="points-title">Every reported value</h2>
        <table class="points-table">
          <thead>
            <tr>
              <th>Value</th>
              <th>Who gave it</th>
              <th>Outlet</th>
              <th>Published</th>
              <th>Sentence</th>
            </tr>
          </thead>
          <tbody>
            {series.points.map((p, i) => (
              <tr key={i}>
                <td class="num">{valueText(p)}</td>
                <td>{p.source ?? <span class="muted">{NO_SOURCE}</span>}</td>
                <td>{p.publisher ?? outletOf(docs, p.docId ?? '', p.doc)}</td>
                <td>{p.published ?? docs?.get(p.docId ?? '')?.published ?? <span class="muted">undated</span>}</td>
                <td>
                  {p.docId ? <A href={sourceHref(p.docId, p.span)}>{p.context ?? p.what}</A> : (p.context ?? p.what)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </>
  );
}

function valueText(p: ReportedFigure): string {
  const v = p.value.toLocaleString();
  return p.valueMax !== undefined ? `${v}–${p.valueMax.toLocaleString()}` : v;
}
