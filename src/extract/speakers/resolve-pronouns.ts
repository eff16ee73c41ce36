import type { Attribution } from '../../domain/attribution.ts';
import type { Entity } from '../../domain/entity.ts';
import type { Mention } from '../../domain/mention.ts';
import type { Span } from '../../domain/span.ts';

const WINDOW = 1200;

/**
 * Pronouns to entities. "who" takes the mention right before it ("the Human Rights
 * Watch, who added"); "he"/"she" the latest person (or person-like name) before it that
 * agrees in gender, preferring whoever was last quoted ("Milashina told The Washington
 * Post. ... she added"); "they"/"it" the latest organisation or group. Pronouns inside
 * quotations speak from the quoted person's point of view and stay unresolved.
 */
export function resolvePronouns(
  text: string,
  mentions: readonly Mention[],
  of: number[],
  entities: readonly Entity[],
  quotes: readonly Span[],
  attributions: readonly Attribution[],
): void {
  const inQuote = (p: number): boolean => quotes.some((q) => q.start < p && p < q.end);
  const quoted = mentions.map((m) => inQuote(m.start));
  // each attribution's position and the entity its source names, once
  // (the entity is read when needed: a pronoun source resolves during the walk below)
  const said: { at: number; sm: number }[] = [];
  for (const a of attributions) {
    const src = a.source;
    if (!src) continue;
    const sm = mentions.findIndex((x) => x.start >= src.start && x.end <= src.end);
    if (sm >= 0) said.push({ at: a.cue?.start ?? a.content.start, sm });
  }
  const female = new Set<number>();
  const male = new Set<number>();
  mentions.forEach((m, i) => {
    const e = of[i] ?? -1;
    if (e < 0) return;
    if (m.gender === 'female') female.add(e);
    if (m.gender === 'male') male.add(e);
  });
  mentions.forEach((m, i) => {
    if (m.form !== 'pronoun' || quoted[i]) return;
    const p = m.text.toLowerCase();
    if (p === 'who' || p === 'which') {
      for (let j = i - 1; j >= 0; j--) {
        const a = mentions[j] as Mention;
        if (a.end > m.start) continue;
        if (/^[\s,–—-]*$/.test(text.slice(a.end, m.start)) && (of[j] ?? -1) >= 0) of[i] = of[j] as number;
        break;
      }
      return;
    }
    const personal = p === 'he' || p === 'she' || p === 'him' || p === 'her';
    const fits = (e: number): boolean => {
      const ent = entities[e];
      if (!ent) return false;
      if (personal) {
        if (ent.kind !== 'person' && ent.kind !== 'other') return false;
        if (p === 'he' && female.has(e) && !male.has(e)) return false;
        if (p === 'she' && male.has(e) && !female.has(e)) return false;
        return true;
      }
      return ent.kind === 'organization' || (p === 'they' && ent.kind !== 'place');
    };
    // the speaker of the latest attribution before the pronoun, if it fits
    let lastSpeaker = -1;
    let lastAt = -1;
    for (const { at, sm } of said) {
      const e = of[sm] ?? -1;
      if (e >= 0 && at < m.start && at > lastAt) {
        lastAt = at;
        lastSpeaker = e;
      }
    }
    let latest = -1;
    for (let j = i - 1; j >= 0; j--) {
      const a = mentions[j] as Mention;
      if (m.start - a.start > WINDOW) break;
      const e = of[j] ?? -1;
      if (e >= 0 && !quoted[j] && fits(e) && (a.form !== 'pronoun' || j < i)) {
        latest = e;
        break;
      }
    }
    if (lastSpeaker >= 0 && fits(lastSpeaker) && m.start - lastAt < WINDOW && (latest < 0 || entities[latest]?.kind !== 'person' || (p === 'she' ? female.has(lastSpeaker) : p === 'he' ? !female.has(lastSpeaker) : true))) {
      of[i] = lastSpeaker;
    } else if (latest >= 0) of[i] = latest;
  });
}
