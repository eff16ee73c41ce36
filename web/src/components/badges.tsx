// Small labels for stances (what a speaker did) and positions (toward a claim). The
// class comes from a fixed list, never from the value itself.
import type { Position, Stance } from '../api-types.ts';

const STANCES: readonly Stance[] = ['asserts', 'denies', 'confirms', 'disputes', 'reports'];
const POSITIONS: readonly Position[] = ['supports', 'opposes', 'neutral'];

export const POSITION_LABEL: Readonly<Record<Position, string>> = { supports: 'Supports', opposes: 'Opposes', neutral: 'Neutral / discusses' };

export function StanceBadge({ stance }: { readonly stance: string }) {
  const known = STANCES.find((s) => s === stance);
  return <span class={`badge ${known ? `stance-${known}` : ''}`}>{stance}</span>;
}

export function PositionBadge({ position }: { readonly position: string }) {
  const known = POSITIONS.find((p) => p === position);
  return <span class={`badge ${known ? `position-${known}` : ''}`}>{known ? POSITION_LABEL[known] : position}</span>;
}

/** Supporters against opponents (and neutral) as one proportional bar with counts. */
export function SidesBar({ supports, opposes, neutral }: { readonly supports: number; readonly opposes: number; readonly neutral: number }) {
  const total = supports + opposes + neutral || 1;
  const pct = (n: number) => `${(100 * n) / total}%`;
  return (
    <div class="sides" aria-label={`${supports} support, ${opposes} oppose, ${neutral} neutral`}>
      <div class="sides-bar">
        <span class="seg seg-supports" style={{ width: pct(supports) }} />
        <span class="seg seg-opposes" style={{ width: pct(opposes) }} />
        <span class="seg seg-neutral" style={{ width: pct(neutral) }} />
      </div>
      <div class="sides-counts">
        <span class="count-supports">{supports} support</span>
        <span class="count-opposes">{opposes} oppose</span>
        <span class="count-neutral">{neutral} neutral</span>
      </div>
    </div>
  );
}
