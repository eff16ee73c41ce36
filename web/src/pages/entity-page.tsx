// An entity: everything it said, grouped by stance, over time; and the claims it took a
// position on.
import { useEffect, useState } from 'preact/hooks';
import { apiGet } from '../api-client.ts';
import type { Attribution, DocumentSummary, EntityProfile, Page, Stance, StanceCounts } from '../api-types.ts';
import { PositionBadge, StanceBadge } from '../components/badges.tsx';
import { Empty, ErrorBox, Loaded } from '../components/status.tsx';
import { A } from '../router.tsx';
import { claimHref, sourceHref } from '../routes.ts';
import { useApi } from '../use-api.ts';
import { outletOf, useDocuments } from '../use-documents.ts';

const STANCES: readonly Stance[] = ['asserts', 'confirms', 'denies', 'disputes', 'reports'];

export function EntityPage({ id }: { readonly id: string }) {
  const profile = useApi<EntityProfile>(`/api/entities/${encodeURIComponent(id)}`);
  return (
    <Loaded data={profile.data} error={profile.error}>
      {(p) => <Profile key={p.entity.id} p={p} />}
    </Loaded>
  );
}

function Profile({ p }: { readonly p: EntityProfile }) {
  const docs = useDocuments();
  const [statements, setStatements] = useState<Attribution[]>(p.statements);
  const [next, setNext] = useState(p.statementsNext);
  const [error, setError] = useState<unknown>();
  useEffect(() => {
    setStatements(p.statements);
    setNext(p.statementsNext);
  }, [p]);
  const more = () =>
    apiGet<Page<Attribution>>('/api/attributions', { entity: p.entity.id, cursor: next, limit: 100 }).then(
      (page) => {
        setStatements((s) => [...s, ...page.items]);
        setNext(page.next);
      },
      setError,
    );
  const { entity } = p;
  return (
    <article class="entity-page">
      <p class="eyebrow">{entity.kind}</p>
      <h1>{entity.name}</h1>
      {entity.aliases.length > 0 && <p class="muted small">Also named: {entity.aliases.join(' · ')}</p>}
      <p>
        {entity.mentions} mentions · {p.coverage.statements} statements
      </p>
      <StanceSummary counts={p.stances} />
      <section aria-labelledby="timeline-title">
        <h2 id="timeline-title">Over time</h2>
        <Timeline rows={p.timeline} />
      </section>
      <section aria-labelledby="said-title">
        <h2 id="said-title">What {entity.name} said</h2>
        {statements.length === 0 && <Empty>No statements.</Empty>}
        {STANCES.filter((s) => statements.some((a) => a.stance === s)).map((s) => (
          <StanceGroup key={s} stance={s} statements={statements.filter((a) => a.stance === s)} docs={docs} />
        ))}
        {error !== undefined && <ErrorBox error={error} />}
        {next && (
          <button type="button" class="secondary" onClick={more}>
            More statements ({statements.length} of {p.coverage.statements})
          </button>
        )}
      </section>
      <section aria-labelledby="claims-title">
        <h2 id="claims-title">Claims</h2>
        {p.claims.length === 0 ? (
          <Empty>No positions on claims.</Empty>
        ) : (
          <ul class="plain-list">
            {p.claims.map((c) => (
              <li key={c.id} class="entity-claim">
                <A href={claimHref(c.id)}>{c.text}</A>
                <span class="small muted">
                  {' '}
                  {c.sides.supports} support · {c.sides.opposes} oppose · {c.sides.neutral} neutral · took:{' '}
                </span>
                {[...new Set(c.taken)].map((t) => (
                  <PositionBadge key={t} position={t} />
                ))}
              </li>
            ))}
          </ul>
        )}
      </section>
    </article>
  );
}

function StanceSummary({ counts }: { readonly counts: StanceCounts }) {
  return (
    <ul class="inline-list stance-summary">
      {STANCES.filter((s) => (counts[s] ?? 0) > 0).map((s) => (
        <li key={s}>
          <StanceBadge stance={s} /> {counts[s]}
        </li>
      ))}
    </ul>
  );
}

function Timeline({ rows }: { readonly rows: EntityProfile['timeline'] }) {
  if (rows.length === 0) return <Empty>No statements.</Empty>;
  const max = Math.max(1, ...rows.map((r) => r.total));
  return (
    <table class="timeline">
      <thead>
        <tr>
          <th>Month</th>
          <th>Statements</th>
          {STANCES.map((s) => (
            <th key={s}>{s}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.period}>
            <td>{r.period || 'undated'}</td>
            <td>
              <span class="bar" style={{ width: `${(100 * r.total) / max}%` }} /> {r.total}
            </td>
            {STANCES.map((s) => (
              <td key={s}>{r.stances[s] ?? ''}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function StanceGroup({ stance, statements, docs }: { readonly stance: Stance; readonly statements: readonly Attribution[]; readonly docs: ReadonlyMap<string, DocumentSummary> | undefined }) {
  const sorted = [...statements].sort((a, b) => (a.published ?? '').localeCompare(b.published ?? '') || a.docName.localeCompare(b.docName) || a.content.start - b.content.start);
  return (
    <section class="stance-group">
      <h3>
        <StanceBadge stance={stance} /> <span class="muted">{statements.length}</span>
      </h3>
      <ol class="statements">
        {sorted.map((a, i) => (
          <li key={`${a.docId}-${a.content.start}-${i}`} class="statement">
            <blockquote class="evidence">{a.contentText}</blockquote>
            <div class="position-foot">
              <span class="muted small">
                {a.published ?? 'undated'} · {a.publisher ?? outletOf(docs, a.docId, a.docName)} · {a.kind}
                {a.negated ? ' · negated' : ''}
              </span>
              <A href={sourceHref(a.docId, a.content)} class="evidence-link">
                View in source →
              </A>
            </div>
          </li>
        ))}
      </ol>
    </section>
  );
}
