// The story dashboard: how much the ledger holds, its claims with supporters against
// opponents, the most-mentioned entities and the documents by outlet.
import { useEffect, useState } from 'preact/hooks';
import { apiGet } from '../api-client.ts';
import type { Claim, DocumentSummary, EntitySummary, Page, Stats } from '../api-types.ts';
import { ClaimCard } from '../components/claim-card.tsx';
import { Empty, ErrorBox, Loaded, Loading } from '../components/status.tsx';
import { A } from '../router.tsx';
import { entityHref, sourceHref } from '../routes.ts';
import { useApi } from '../use-api.ts';
import { outletOf, useDocuments } from '../use-documents.ts';

const CLAIMS_PER_PAGE = 20;

export function DashboardPage() {
  const stats = useApi<Stats>('/api/stats');
  const entities = useApi<Page<EntitySummary>>('/api/entities', { limit: 12 });
  const docs = useDocuments();
  return (
    <div class="dashboard">
      <h1>Story dashboard</h1>
      <Loaded data={stats.data} error={stats.error}>
        {(s) => (
          <dl class="stats">
            <Stat n={s.documents} label="documents" />
            <Stat n={s.attributions} label="statements" />
            <Stat n={s.figures} label="figures" />
            <Stat n={s.mentions} label="mentions" />
          </dl>
        )}
      </Loaded>
      <div class="columns">
        <section class="main-column" aria-labelledby="claims-title">
          <h2 id="claims-title">Claims</h2>
          <ClaimList docs={docs} />
        </section>
        <aside class="side-column">
          <section aria-labelledby="entities-title">
            <h2 id="entities-title">Who is mentioned</h2>
            <Loaded data={entities.data} error={entities.error}>
              {(p) => (
                <ul class="plain-list">
                  {p.items.map((e) => (
                    <li key={e.id}>
                      <A href={entityHref(e.id)}>{e.name}</A> <span class="muted">{e.kind} · {e.statements} statements</span>
                    </li>
                  ))}
                </ul>
              )}
            </Loaded>
          </section>
          <section aria-labelledby="docs-title">
            <h2 id="docs-title">Sources</h2>
            {docs === undefined ? <Loading /> : <DocumentList docs={[...docs.values()]} all={docs} />}
          </section>
        </aside>
      </div>
    </div>
  );
}

function Stat({ n, label }: { readonly n: number; readonly label: string }) {
  return (
    <div class="stat">
      <dt>{label}</dt>
      <dd>{n.toLocaleString()}</dd>
    </div>
  );
}

function ClaimList({ docs }: { readonly docs: ReadonlyMap<string, DocumentSummary> | undefined }) {
  const [claims, setClaims] = useState<Claim[]>([]);
  const [next, setNext] = useState<string>();
  const [state, setState] = useState<'loading' | 'idle' | { error: unknown }>('loading');
  const load = (cursor?: string) => {
    setState('loading');
    apiGet<Page<Claim>>('/api/claims', { limit: CLAIMS_PER_PAGE, cursor }).then(
      (p) => {
        setClaims((c) => (cursor ? [...c, ...p.items] : p.items));
        setNext(p.next);
        setState('idle');
      },
      (error: unknown) => setState({ error }),
    );
  };
  useEffect(() => load(), []);
  return (
    <>
      {claims.length === 0 && state === 'idle' && <Empty>No claims yet: ingest some articles about a story.</Empty>}
      <ul class="claim-list">
        {claims.map((c) => (
          <ClaimCard key={c.id} claim={c} docs={docs} />
        ))}
      </ul>
      {state === 'loading' && <Loading />}
      {typeof state === 'object' && <ErrorBox error={state.error} />}
      {next && state === 'idle' && (
        <button type="button" class="secondary" onClick={() => load(next)}>
          More claims
        </button>
      )}
    </>
  );
}

function DocumentList({ docs, all }: { readonly docs: readonly DocumentSummary[]; readonly all: ReadonlyMap<string, DocumentSummary> }) {
  if (docs.length === 0) return <Empty>No documents yet.</Empty>;
  const sorted = [...docs].sort((a, b) => (a.published ?? '').localeCompare(b.published ?? '') || a.name.localeCompare(b.name));
  return (
    <ul class="plain-list doc-list">
      {sorted.map((d) => (
        <li key={d.id}>
          <A href={sourceHref(d.id)}>{d.title ?? d.name}</A>
          <span class="muted small">
            {' '}
            {outletOf(all, d.id, d.name)}
            {d.published ? ` · ${d.published}` : ''}
            {d.copyOf ? ' · copy' : ''}
          </span>
        </li>
      ))}
    </ul>
  );
}
