import type { Position, Stance } from '../../domain/stance.ts';

/** A statement's position on the claim it is about: asserting or confirming supports it, denying or disputing opposes it. */
export function positionOf(stance: Stance): Position {
  return stance === 'asserts' || stance === 'confirms' ? 'supports' : stance === 'denies' || stance === 'disputes' ? 'opposes' : 'neutral';
}
