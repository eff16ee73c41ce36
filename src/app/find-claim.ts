import type { Position, Stance, TextStance } from '../domain/stance.ts';
import { cosine, tfidf, vectorFor } from '../link/claims/tfidf.ts';
import { positionOf } from '../link/claims/position-of.ts';
import type { AttributionRow, Store } from '../store/store.ts';
import { allPages } from './all-pages.ts';

export interface ClaimMatch {
  readonly attribution: AttributionRow;
  /** How close what was said is to the claim (cosine of content words, 0..1). */
  readonly similarity: number;
  readonly position: Position;
  /** The stance classifier's reading of the statement against the claim, when one ran. */
  readonly textStance?: TextStance;
}

/** Reads a statement against a claim: agree, disagree, discuss or unrelated. */
export type StanceClassifier = (claim: string, text: string) => TextStance;

/**
 * Every stored attribution related to a claim posed in words, with its position on it: the
 * statements most similar to the claim (content words weighted by rarity), each taking the
 * position its stance gives (asserting supports, denying opposes), unless the stance
 * classifier reads the statement as disagreeing with the claim (an assertion that the claim
 * is false opposes it) or as unrelated (dropped).
 */
export async function findClaim(store: Store, claim: string, options: { limit?: number; minSimilarity?: number; classify?: StanceClassifier } = {}): Promise<ClaimMatch[]> {
  const rows = await allPages((p) => store.attributions(p));
  if (rows.length === 0) return [];
  const model = tfidf(rows.map((r) => r.contentText));
  const q = vectorFor(claim, model);
  const min = options.minSimilarity ?? 0.12;
  const scored = rows
    .map((r, i) => ({ r, sim: cosine(q, model.vectors[i] as ReadonlyMap<string, number>) }))
    .filter((x) => x.sim >= min)
    .sort((a, b) => b.sim - a.sim)
    .slice(0, options.limit ?? 50);
  const out: ClaimMatch[] = [];
  for (const { r, sim } of scored) {
    const ts = options.classify?.(claim, r.contentText);
    if (ts === 'unrelated' && sim < 0.3) continue;
    out.push({ attribution: r, similarity: sim, position: combine(r.stance, ts), ...(ts ? { textStance: ts } : {}) });
  }
  return out;
}

function combine(stance: Stance, ts: TextStance | undefined): Position {
  const p = positionOf(stance);
  if (ts === 'disagree' && p === 'supports') return 'opposes';
  if (ts === 'disagree' && p === 'opposes') return 'supports';
  return p;
}
