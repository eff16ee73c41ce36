import type { TextStance } from '../../domain/stance.ts';
import { analyseText, type AnalysedText } from './analyse-text.ts';
import { mlpForward } from './mlp-forward.ts';
import { pairFeatures } from './pair-features.ts';
import type { StanceModel } from './stance-model.ts';
import { STANCE_LABELS } from './stance-labels.ts';

/** A stance with the model's probability for each label. */
export interface StanceResult {
  readonly stance: TextStance;
  readonly scores: Readonly<Record<TextStance, number>>;
}

/**
 * The stance of `text` toward `claim` (agree, disagree, discuss, unrelated) with the
 * probabilities behind it. The text may be given analysed already (analyseText), which
 * saves re-reading a long body that is checked against many claims.
 */
export function stanceOf(model: StanceModel, claim: string, text: string | AnalysedText): StanceResult {
  const x = pairFeatures(
    model.vectoriser,
    analyseText(claim),
    typeof text === 'string' ? analyseText(text) : text,
    {
      mean: model.denseMean,
      std: model.denseStd,
    },
  );
  const p = mlpForward(model.net, x);
  let best = 0;
  for (let c = 1; c < p.length; c++) if ((p[c] as number) > (p[best] as number)) best = c;
  const scores = Object.fromEntries(STANCE_LABELS.map((l, c) => [l, p[c] as number])) as Record<
    TextStance,
    number
  >;
  return { stance: STANCE_LABELS[best] as TextStance, scores };
}
