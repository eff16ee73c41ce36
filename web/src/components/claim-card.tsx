// One claim on the dashboard: its text, supporters against opponents, and the outlets
// behind each side (as on an Emergent claim page).
import type { Claim, ClaimPosition, DocumentSummary } from '../api-types.ts';
import { A } from '../router.tsx';
import { claimHref } from '../routes.ts';
import { outletOf } from '../use-documents.ts';
import { SidesBar } from './badges.tsx';

const SHOWN_OUTLETS = 4;

export function ClaimCard({ claim, docs }: { readonly claim: Claim; readonly docs: ReadonlyMap<string, DocumentSummary> | undefined }) {
  const side = (p: string) => claim.positions.filter((x) => x.position === p);
  const supports = side('supports');
  const opposes = side('opposes');
  const neutral = side('neutral');
  return (
    <li class="claim-card card">
      <A href={claimHref(claim.id)} class="claim-text">
        {claim.text}
      </A>
      <SidesBar supports={supports.length} opposes={opposes.length} neutral={neutral.length} />
      <div class="outlets">
        <Outlets label="Supporting outlets" positions={supports} docs={docs} cls="count-supports" />
        <Outlets label="Opposing outlets" positions={opposes} docs={docs} cls="count-opposes" />
      </div>
    </li>
  );
}

function Outlets({ label, positions, docs, cls }: { readonly label: string; readonly positions: readonly ClaimPosition[]; readonly docs: ReadonlyMap<string, DocumentSummary> | undefined; readonly cls: string }) {
  const counts = new Map<string, number>();
  for (const p of positions) {
    const o = outletOf(docs, p.docId, p.doc);
    counts.set(o, (counts.get(o) ?? 0) + 1);
  }
  const sorted = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  return (
    <div class="outlet-list">
      <span class={`outlet-label ${cls}`}>{label}</span>
      {sorted.length === 0 ? (
        <span class="muted"> none</span>
      ) : (
        <ul class="inline-list">
          {sorted.slice(0, SHOWN_OUTLETS).map(([o, n]) => (
            <li key={o}>
              {o} <span class="muted">×{n}</span>
            </li>
          ))}
          {sorted.length > SHOWN_OUTLETS && <li class="muted">+{sorted.length - SHOWN_OUTLETS} more</li>}
        </ul>
      )}
    </div>
  );
}
