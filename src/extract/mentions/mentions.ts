import type { Analysis } from '../../domain/analysis.ts';
import type { Mention } from '../../domain/mention.ts';
import type { Stage } from '../stage.ts';
import { findMentions, isCap, isTitleCase } from './find-mentions.ts';

/**
 * Names, roles and pronouns in every sentence outside boilerplate. Headline-style
 * sentences only take names the rest of the article also uses in running text.
 */
export const mentions: Stage = {
  name: 'mentions',
  run(input): Analysis {
    const { tokens, sentences, doc } = input;
    const inBoilerplate = (start: number, end: number): boolean => input.boilerplate.some((b) => b.start < end && start < b.end);
    const known = new Set<string>();
    const titles = sentences.map((s) => isTitleCase(tokens, s));
    for (const [si, s] of sentences.entries()) {
      if (titles[si]) continue;
      for (let i = s.tokenStart + 1; i < s.tokenEnd; i++) {
        const t = tokens[i];
        if (t && t.pos === 'PROPN' && isCap(t)) known.add(t.lower);
      }
    }
    // adjectives of places the article names: "Karsovian" beside "Karsovia"
    const stem = (w: string): string => w.replace(/(ians?|ans?|ese|ish|ia|a|i|y)$/, '');
    const placeStems = new Set([...known].filter((w) => /(ia|a|y|land)$/.test(w)).map(stem));
    const demonyms = new Set([...known].filter((w) => /(ian|an|ese|ish|i)$/.test(w) && placeStems.has(stem(w))));
    const found: Mention[] = [];
    for (const [si, s] of sentences.entries()) {
      if (inBoilerplate(s.start, s.end)) continue;
      for (const m of findMentions(doc.text, tokens, s, known, demonyms, titles[si])) if (!inBoilerplate(m.start, m.end)) found.push(m);
    }
    return { ...input, mentions: found };
  },
};
