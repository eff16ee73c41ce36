import type { TextStance } from '../../domain/stance.ts';

/** The model's output classes, in the order of its output units (the FNC-1 labels). */
export const STANCE_LABELS: readonly TextStance[] = ['agree', 'disagree', 'discuss', 'unrelated'];
