import type { Position } from '../domain/stance.ts';
import type { StoredClaim, StoredClaimPosition } from '../store/store.ts';

export interface ClaimSides {
  readonly id: string;
  readonly text: string;
  readonly story: string;
  /** Every position, grouped by side, each with its evidence span, words and document. */
  readonly positions: Readonly<Record<Position, readonly StoredClaimPosition[]>>;
}

/** A claim as its page shows it: who supports it, who opposes it, who only reports it. */
export function claimSides(c: StoredClaim): ClaimSides {
  const positions: Record<Position, StoredClaimPosition[]> = { supports: [], opposes: [], neutral: [] };
  for (const p of c.positions) positions[p.position].push(p);
  return { id: c.id, text: c.text, story: c.story, positions };
}
