// The source viewer: an article's text with the evidence highlighted, where it came from
// (SHA-256, capture URL and time, custody), its statements, and the original to download.
import type { CustodyEntry, DocumentDetail, Span } from '../api-types.ts';
import { StanceBadge } from '../components/badges.tsx';
import { HighlightedText } from '../components/highlighted-text.tsx';
import { Empty, Loaded } from '../components/status.tsx';
import { A } from '../router.tsx';
import { entityHref, sourceHref } from '../routes.ts';
import { useApi } from '../use-api.ts';

const SHA256 = /^[0-9a-f]{64}$/;

export function SourcePage({ id, start, end }: { readonly id: string; readonly start: number | undefined; readonly end: number | undefined }) {
  const detail = useApi<DocumentDetail>(SHA256.test(id) ? `/api/documents/${id}` : undefined);
  if (!SHA256.test(id)) return <p class="error">Not a document id.</p>;
  const mark: Span | undefined = start !== undefined && end !== undefined ? { start, end } : undefined;
  return (
    <Loaded data={detail.data} error={detail.error}>
      {(d) => <Source id={id} d={d} mark={mark} />}
    </Loaded>
  );
}

function Source({ id, d, mark }: { readonly id: string; readonly d: DocumentDetail; readonly mark: Span | undefined }) {
  const doc = d.document;
  const cap = d.capture;
  return (
    <article class="source-page">
      <p class="eyebrow">Source · {doc.mediaType}</p>
      <h1 class="source-title">{doc.title ?? doc.name}</h1>
      <p class="muted">
        {[doc.publisher, doc.author, doc.published].filter(Boolean).join(' · ') || doc.name}
      </p>
      {mark && mark.end <= doc.text.length && (
        <p class="small">
          Highlighted: characters {mark.start}–{mark.end}. <A href={sourceHref(id)}>Clear</A>
        </p>
      )}
      <div class="source-columns">
        <section class="card text-card" aria-label="Article text">
          <HighlightedText text={doc.text} boilerplate={d.boilerplate} mark={mark} />
        </section>
        <aside class="source-side">
          <section class="card">
            <h2>Provenance</h2>
            <dl class="facts">
              <dt>SHA-256</dt>
              <dd class="mono sha">{cap.sha256}</dd>
              <dt>Captured from</dt>
              <dd class="mono wrap">{cap.url ?? cap.uri}</dd>
              <dt>Captured at</dt>
              <dd>{cap.capturedAt ?? doc.capturedAt ?? 'unknown'}</dd>
              <dt>Size</dt>
              <dd>{doc.byteLength.toLocaleString()} bytes</dd>
              <dt>Original</dt>
              <dd>
                {cap.archived ? (
                  <a href={`/api/documents/${id}/original`} download={`${id}.original`} class="download-original">
                    Download original
                  </a>
                ) : (
                  <span class="muted">not archived</span>
                )}
              </dd>
              {d.copyOf && (
                <>
                  <dt>Copy of</dt>
                  <dd>
                    <A href={sourceHref(d.copyOf.sourceId)}>earlier source</A> ({d.copyOf.exact ? 'exact' : `${Math.round(d.copyOf.similarity * 100)}% similar`})
                  </dd>
                </>
              )}
            </dl>
            <h3>Custody</h3>
            <Custody entries={cap.custody} />
          </section>
          <section class="card">
            <h2>Statements ({d.attributions.length})</h2>
            {d.attributions.length === 0 ? (
              <Empty>None found.</Empty>
            ) : (
              <ol class="doc-statements">
                {d.attributions.map((a) => (
                  <li key={a.index} class={mark && mark.start === a.content.start && mark.end === a.content.end ? 'current' : ''}>
                    <span class="speaker">{a.entityId ? <A href={entityHref(a.entityId)}>{a.speaker ?? 'unknown'}</A> : (a.speaker ?? 'unknown')}</span> <StanceBadge stance={a.stance} />
                    <div>
                      <A href={sourceHref(id, a.content)} class="small">
                        {a.contentText.length > 140 ? `${a.contentText.slice(0, 140)}…` : a.contentText}
                      </A>
                    </div>
                  </li>
                ))}
              </ol>
            )}
          </section>
          {d.entities.length > 0 && (
            <section class="card">
              <h2>Entities</h2>
              <ul class="inline-list">
                {d.entities.map((e) => (
                  <li key={e.id}>{e.name}</li>
                ))}
              </ul>
            </section>
          )}
        </aside>
      </div>
    </article>
  );
}

function Custody({ entries }: { readonly entries: readonly CustodyEntry[] }) {
  if (entries.length === 0) return <Empty>No custody entries (not ingested with an archive).</Empty>;
  return (
    <ol class="custody">
      {entries.map((e) => (
        <li key={e.seq}>
          <strong>{e.action}</strong> by {e.who} <span class="muted">at {e.at}</span>
          <div class="mono small wrap">{e.url ?? e.uri}</div>
          {e.note && <div class="small">{e.note}</div>}
          <div class="mono tiny muted">entry #{e.seq} · hash {e.hash.slice(0, 16)}…</div>
        </li>
      ))}
    </ol>
  );
}
