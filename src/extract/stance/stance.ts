import type { Analysis } from '../../domain/analysis.ts';
import type { Attribution } from '../../domain/attribution.ts';
import { cueEntry } from '../cues/cues.ts';
import type { Stage } from '../stage.ts';
import { stanceOf } from './stance-of.ts';

/**
 * Each attribution's stance from its cue and its words. A speaker who "added" to what
 * they just confirmed goes on confirming ("... was later confirmed by the Human Rights
 * Watch, who added that the information ... was “consistent” with ..."); a continuation
 * quote is judged by its own words.
 */
export const stance: Stage = {
  name: 'stance',
  run(input): Analysis {
    const text = input.doc.text;
    const out: Attribution[] = [];
    for (const a of input.attributions) {
      const base = a.cueLemma ? (cueEntry(a.cueLemma)?.stance ?? 'asserts') : 'asserts';
      let s = stanceOf(base, text.slice(a.content.start, a.content.end), a.negated ?? false);
      const prev = out[out.length - 1];
      if (s === 'asserts' && prev && prev.stance === 'confirms' && prev.speaker === a.speaker && a.cueLemma === 'add') s = 'confirms';
      out.push({ ...a, stance: s });
    }
    return { ...input, attributions: out };
  },
};
