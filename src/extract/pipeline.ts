import type { Analysis } from '../domain/analysis.ts';
import type { Document } from '../domain/document.ts';
import type { Stage, StageContext } from './stage.ts';
import { attributions } from './attributions/attributions.ts';
import { boilerplate } from './boilerplate/boilerplate.ts';
import { channels } from './channels/channels.ts';
import { cues } from './cues/cues.ts';
import { dates } from './dates/dates.ts';
import { figures } from './figures/figures.ts';
import { headline } from './headline/headline.ts';
import { mentions } from './mentions/mentions.ts';
import { quotes } from './quotes/quotes.ts';
import { speakers } from './speakers/speakers.ts';
import { stance } from './stance/stance.ts';
import { attributionTagger } from './tagger/attribution-tagger.ts';
import { tokenize } from './tokens/tokenize.ts';

/** The extraction stages, in the order they run. Each reads what the ones before it set. */
export const pipeline: readonly Stage[] = [boilerplate, headline, tokenize, mentions, quotes, cues, attributions, attributionTagger, speakers, channels, stance, dates, figures];

/** An Analysis with nothing found yet. */
export function emptyAnalysis(doc: Document): Analysis {
  return {
    doc,
    boilerplate: [],
    sentences: [],
    tokens: [],
    mentions: [],
    entities: [],
    quotes: [],
    cues: [],
    attributions: [],
    dates: [],
    figures: [],
    diagnostics: [],
  };
}

/**
 * Runs every stage over one document. A stage that throws becomes a diagnostic on this
 * document and the stages after it still run on what was found so far: one bad document
 * never stops a run.
 */
export function analyse(doc: Document, ctx: StageContext, stages: readonly Stage[] = pipeline): Analysis {
  let a = emptyAnalysis(doc);
  for (const stage of stages) {
    try {
      a = stage.run(a, ctx);
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      a = {
        ...a,
        diagnostics: [
          ...a.diagnostics,
          { doc: doc.name, severity: 'error', code: 'stage-failed', message: `stage ${stage.name} failed: ${message}` },
        ],
      };
    }
  }
  return a;
}
