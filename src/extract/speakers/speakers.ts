import type { Analysis } from '../../domain/analysis.ts';
import type { Attribution } from '../../domain/attribution.ts';
import type { Mention } from '../../domain/mention.ts';
import type { Stage } from '../stage.ts';
import { buildEntities } from './build-entities.ts';
import { resolvePronouns } from './resolve-pronouns.ts';

/**
 * Who each attribution's speaker is: the document's entities from names and roles, the
 * pronouns resolved to them, and each source mention mapped to its entity's canonical
 * name ("He" → "Ramzan Kadyrov"). A source naming nobody known is its own words ("sources").
 * A continuation quote takes the speaker of the attribution it continues.
 */
const POSSESSIVE = /^(her|his|its|their|our|my|your)$/i;

export const speakers: Stage = {
  name: 'speakers',
  run(input): Analysis {
    const text = input.doc.text;
    const { entities, of } = buildEntities(text, input.mentions);
    resolvePronouns(text, input.mentions, of, entities, input.quotes, input.attributions);
    const mentions: Mention[] = input.mentions.map((m, i) => ((of[i] ?? -1) >= 0 ? { ...m, entity: of[i] as number } : m));
    const out: Attribution[] = [];
    for (const a of input.attributions) {
      if (a.speakerFrom !== undefined) {
        const from = out[a.speakerFrom];
        out.push({ ...a, speaker: from?.speaker ?? null, ...(from?.entity !== undefined ? { entity: from.entity } : {}) });
        continue;
      }
      if (!a.source) {
        out.push(a);
        continue;
      }
      const src = a.source;
      // the first mention inside the source, the longest at that position (mentions are in text order)
      let best: Mention | undefined;
      let lo = 0;
      let hi = mentions.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if ((mentions[mid] as Mention).start < src.start) lo = mid + 1;
        else hi = mid;
      }
      let named: Mention | undefined;
      for (let j = lo; j < mentions.length && (mentions[j] as Mention).start < src.end; j++) {
        const m = mentions[j] as Mention;
        if (m.end > src.end) continue;
        // "Her spokesman, Pavel Ostrin,": a possessive before more words is whose, not who
        if (m.form === 'pronoun' && POSSESSIVE.test(m.text) && /\S/.test(text.slice(m.end, src.end))) continue;
        if (!best || m.start < best.start || (m.start === best.start && m.end > best.end)) best = m;
        // "A spokesman for the governor, Pavel Ostrin,": the person named in apposition (a
        // name the gazetteer does not know as a person's is still one after a person's role)
        if (!named && m.form === 'name' && (m.kind === 'person' || m.kind === 'other') && /,\s*$/.test(text.slice(src.start, m.start))) named = m;
      }
      if (named && best && best.form !== 'name' && (best.kind === 'person' || named.kind === 'person')) best = named;
      const entity = best?.entity;
      const ent = entity === undefined ? undefined : entities[entity];
      const speaker = ent ? ent.name : best?.form === 'pronoun' ? null : text.slice(src.start, src.end).replace(/^(the|a|an)\s+/i, '');
      out.push({ ...a, speaker, ...(entity !== undefined ? { entity } : {}) });
    }
    return { ...input, mentions, entities, attributions: out };
  },
};
