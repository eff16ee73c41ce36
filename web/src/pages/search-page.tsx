// Full-text search over article text and statements, with filters. The search lives in
// the URL (/search?q=…&stance=…), so it can be reloaded, shared and gone back to.
import { useEffect, useState } from 'preact/hooks';
import { apiGet } from '../api-client.ts';
import type { EntitySummary, Page, SearchHit } from '../api-types.ts';
import { Empty, ErrorBox, Loading } from '../components/status.tsx';
import { A, navigate } from '../router.tsx';
import { searchHref, sourceHref } from '../routes.ts';
import { useApi } from '../use-api.ts';
import { useDocuments } from '../use-documents.ts';

const FIELDS = ['q', 'entity', 'outlet', 'from', 'to', 'stance', 'kind'] as const;
type Field = (typeof FIELDS)[number];
type Filters = Readonly<Record<Field, string>>;

/** Pages read in a row while they come back short (the API may answer short pages). */
const MAX_READS = 5;
const WANTED = 20;

export function SearchPage({ query }: { readonly query: URLSearchParams }) {
  const applied = Object.fromEntries(FIELDS.map((f) => [f, query.get(f) ?? ''])) as Filters;
  const [form, setForm] = useState<Filters>(applied);
  const appliedKey = FIELDS.map((f) => applied[f]).join('\u0000');
  useEffect(() => setForm(applied), [appliedKey]);
  const set = (f: Field) => (e: Event) => setForm({ ...form, [f]: (e.currentTarget as HTMLInputElement).value });
  const submit = (e: Event) => {
    e.preventDefault();
    navigate(searchHref(form));
  };
  const entities = useApi<Page<EntitySummary>>('/api/entities', { limit: 200 });
  const docs = useDocuments();
  const outlets = [...new Set([...(docs?.values() ?? [])].map((d) => d.publisher).filter((p): p is string => !!p))].sort();

  return (
    <div class="search-page">
      <h1>Search</h1>
      <form class="card search-form" onSubmit={submit} role="search">
        <label class="wide">
          Words
          <input name="q" type="search" value={form.q} onInput={set('q')} placeholder="e.g. death toll" required maxLength={1000} />
        </label>
        <label>
          Entity
          <select name="entity" value={form.entity} onChange={set('entity')}>
            <option value="">anyone</option>
            {entities.data?.items.map((e) => (
              <option key={e.id} value={e.id}>
                {e.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          Outlet
          <input name="outlet" list="outlets" value={form.outlet} onInput={set('outlet')} placeholder="any" />
          <datalist id="outlets">
            {outlets.map((o) => (
              <option key={o} value={o} />
            ))}
          </datalist>
        </label>
        <label>
          From
          <input name="from" type="date" value={form.from} onInput={set('from')} />
        </label>
        <label>
          To
          <input name="to" type="date" value={form.to} onInput={set('to')} />
        </label>
        <label>
          Stance
          <select name="stance" value={form.stance} onChange={set('stance')}>
            <option value="">any</option>
            {['asserts', 'denies', 'confirms', 'disputes', 'reports'].map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </select>
        </label>
        <label>
          Kind
          <select name="kind" value={form.kind} onChange={set('kind')}>
            <option value="">any</option>
            <option value="direct">direct quote</option>
            <option value="indirect">reported speech</option>
            <option value="mixed">mixed</option>
          </select>
        </label>
        <button type="submit">Search</button>
      </form>
      {applied.q ? <Results key={appliedKey} filters={applied} /> : <Empty>Type words to find in articles and statements.</Empty>}
    </div>
  );
}

function Results({ filters }: { readonly filters: Filters }) {
  const [hits, setHits] = useState<SearchHit[]>([]);
  const [next, setNext] = useState<string>();
  const [state, setState] = useState<'loading' | 'idle' | { error: unknown }>('loading');
  const load = async (cursor: string | undefined) => {
    setState('loading');
    try {
      let got: SearchHit[] = [];
      let c = cursor;
      for (let i = 0; i < MAX_READS; i++) {
        const page = await apiGet<Page<SearchHit>>('/api/search', { ...filters, limit: WANTED, cursor: c });
        got = [...got, ...page.items];
        c = page.next;
        if (!c || got.length >= WANTED) break;
      }
      setHits((h) => (cursor ? [...h, ...got] : got));
      setNext(c);
      setState('idle');
    } catch (error) {
      setState({ error });
    }
  };
  useEffect(() => {
    void load(undefined);
  }, []);
  return (
    <section aria-labelledby="results-title" class="results">
      <h2 id="results-title">
        Results {state === 'idle' && <span class="muted">({hits.length}{next ? '+' : ''})</span>}
      </h2>
      {state === 'idle' && hits.length === 0 && <Empty>Nothing found.</Empty>}
      <ol class="hits">
        {hits.map((h, i) => (
          <li key={`${h.docId}-${h.field}-${h.attribution ?? ''}-${i}`} class="hit card">
            <div class="hit-head">
              <A href={sourceHref(h.docId, h.span)} class="hit-title">
                {h.title ?? h.docName}
              </A>
              <span class="badge">{h.field === 'attribution' ? 'statement' : 'article text'}</span>
            </div>
            <p class="snippet">{h.snippet}</p>
            <p class="muted small">
              {h.docName}
              {h.published ? ` · ${h.published}` : ''}
            </p>
          </li>
        ))}
      </ol>
      {state === 'loading' && <Loading what="Searching" />}
      {typeof state === 'object' && <ErrorBox error={state.error} />}
      {next && state === 'idle' && (
        <button type="button" class="secondary" onClick={() => void load(next)}>
          More results
        </button>
      )}
    </section>
  );
}
