import type { Analysis } from '../../domain/analysis.ts';
import type { Stage } from '../stage.ts';
import { findBoilerplate } from './find-boilerplate.ts';

/**
 * Marks the stretches of a plain-text article that are not article text: promotional
 * banners, photo credits and captions, section labels ("Latest News"), syndication and
 * read-more notices, share and follow lines, copyright lines. The text is never changed:
 * `Analysis.boilerplate` holds spans into it, one or more per line, trimmed, in order.
 * Each rule (see boilerplate-rules.ts) looks at one line at a time.
 */
export const boilerplate: Stage = {
  name: 'boilerplate',
  run(input): Analysis {
    return { ...input, boilerplate: findBoilerplate(input.doc.text) };
  },
};
