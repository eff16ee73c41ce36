// A claim: every position taken on it, by side, each with the speaker, the outlet, the
// stance, the evidence and a link to that evidence in its source.
import type { ClaimPosition, ClaimSides, DocumentSummary, Position } from '../api-types.ts';
import { POSITION_LABEL, SidesBar, StanceBadge } from '../components/badges.tsx';
import { Empty, Loaded } from '../components/status.tsx';
import { A } from '../router.tsx';
import { entityHref, sourceHref } from '../routes.ts';
import { useApi } from '../use-api.ts';
import { outletOf, useDocuments } from '../use-documents.ts';
import { stanceKey, useStances } from '../use-stances.ts';

const SIDES: readonly Position[] = ['supports', 'opposes', 'neutral'];

export function ClaimPage({ id }: { readonly id: string }) {
  const claim = useApi<ClaimSides>(`/api/claims/${encodeURIComponent(id)}`);
  const docs = useDocuments();
  const all = claim.data ? SIDES.flatMap((s) => claim.data?.positions[s] ?? []) : [];
  const stances = useStances(all.map((p) => p.docId));
  return (
    <Loaded data={claim.data} error={claim.error}>
      {(c) => (
        <article class="claim-page">
          <p class="eyebrow">Claim · story {c.story}</p>
          <h1 class="claim-title">{c.text}</h1>
          <SidesBar supports={c.positions.supports.length} opposes={c.positions.opposes.length} neutral={c.positions.neutral.length} />
          <div class="sides-columns">
            {SIDES.map((s) => (
              <section key={s} class={`side side-${s}`} aria-labelledby={`side-${s}`}>
                <h2 id={`side-${s}`}>
                  {POSITION_LABEL[s]} <span class="muted">({c.positions[s].length})</span>
                </h2>
                {c.positions[s].length === 0 ? (
                  <Empty>No one.</Empty>
                ) : (
                  <ol class="positions">
                    {c.positions[s].map((p, i) => (
                      <PositionItem key={`${p.docId}-${p.span.start}-${i}`} p={p} docs={docs} stance={stances.get(stanceKey(p.docId, p.span))} />
                    ))}
                  </ol>
                )}
              </section>
            ))}
          </div>
        </article>
      )}
    </Loaded>
  );
}

function PositionItem({ p, docs, stance }: { readonly p: ClaimPosition; readonly docs: ReadonlyMap<string, DocumentSummary> | undefined; readonly stance: string | undefined }) {
  const doc = docs?.get(p.docId);
  return (
    <li class="position card">
      <div class="position-head">
        <span class="speaker">{p.entityId ? <A href={entityHref(p.entityId)}>{p.speaker}</A> : p.speaker}</span>
        {stance && <StanceBadge stance={stance} />}
      </div>
      <blockquote class="evidence">{p.text}</blockquote>
      <div class="position-foot">
        <span class="muted small">
          {outletOf(docs, p.docId, p.doc)}
          {doc?.published ? ` · ${doc.published}` : ''}
        </span>
        <A href={sourceHref(p.docId, p.span)} class="evidence-link">
          View in source →
        </A>
      </div>
    </li>
  );
}
