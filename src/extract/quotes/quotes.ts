import type { Analysis, Quote } from '../../domain/analysis.ts';
import type { Stage } from '../stage.ts';
import { findQuotes } from './find-quotes.ts';
import { paragraphs } from './paragraphs.ts';

/** Quotations in quotation marks, found paragraph by paragraph, outside boilerplate. */
export const quotes: Stage = {
  name: 'quotes',
  run(input): Analysis {
    const text = input.doc.text;
    const found: Quote[] = [];
    for (const p of paragraphs(text)) {
      for (const q of findQuotes(text, p)) {
        if (input.boilerplate.some((b) => b.start < q.end && q.start < b.end)) continue;
        found.push(q);
      }
    }
    return { ...input, quotes: found };
  },
};
