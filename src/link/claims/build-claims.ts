import type { Claim, ClaimPosition } from '../../domain/claim.ts';
import { positionOf } from './position-of.ts';
import { similarPairs } from './similar-pairs.ts';
import type { Statement } from './statement.ts';
import { cosine, tfidf } from './tfidf.ts';

/** "allegations that gay men are being detained ..." → "gay men are being detained ...": what a denial denies. */
const OBJECT = /^(?:the\s+)?(?:allegations?|claims?|reports?|accusations?|suggestions?|charges?|rumou?rs?)\s+(?:that\s+)?(.+)$/i;

export interface ClaimOptions {
  /** Statements at least this similar (cosine of content words) state the same proposition. */
  readonly sameClaim?: number;
}

/**
 * Claims of one story (documents about one event). The story's central claim is the
 * proposition its statements are most about: among what deniers deny ("allegations that X"
 * gives X) and what others assert, the one most similar to all statements; every speaker
 * quoted in the story takes a position on it, asserting and confirming for, denying and
 * disputing against, as on an Emergent claim page. Then narrower claims: the same
 * statement carried by several outlets. A syndicated copy never counts again for a speaker
 * who already spoke in its source.
 */
export function buildClaims(story: string, statements: readonly Statement[], options: ClaimOptions = {}): Claim[] {
  const said = dedupeCopies(statements.filter((s) => s.speaker !== null && s.text.trim() !== ''));
  if (said.length === 0) return [];
  const objects = said.map((s) => OBJECT.exec(s.text.trim())?.[1] ?? null);
  const model = tfidf([...said.map((s) => s.text), ...objects.map((o) => o ?? '')]);
  const vec = model.vectors;
  // the summed similarity to every other statement is the dot product with their sum
  const total = new Map<string, number>();
  for (let j = 0; j < said.length; j++) for (const [w, x] of vec[j] as ReadonlyMap<string, number>) total.set(w, (total.get(w) ?? 0) + x);
  let best = -1;
  let bestScore = -Infinity;
  said.forEach((s, i) => {
    const candidate = objects[i] !== null ? vec[said.length + i] : vec[i];
    if (!candidate || candidate.size < 3 || s.kind === 'direct') return;
    let score = cosine(candidate, total) - cosine(candidate, vec[i] as ReadonlyMap<string, number>);
    // what a denial denies is the contested proposition itself, stated plainly; a headline
    // in title case states it clumsily
    if (objects[i] !== null) score *= 1.5;
    if (/^(?:\W*\p{Lu}\S*\s+){4}/u.test(s.text)) score *= 0.5;
    if (score > bestScore) [best, bestScore] = [i, score];
  });
  const claims: Claim[] = [];
  if (best >= 0) {
    const s = said[best] as Statement;
    const text = clean(objects[best] ?? s.text);
    claims.push({ id: `${story}-c0`, text, positions: said.map(toPosition) });
  }
  // the same statement carried by several outlets
  const threshold = options.sameClaim ?? 0.6;
  const used = new Set<number>();
  const similar = similarPairs(vec.slice(0, said.length), threshold, model.idf);
  for (let i = 0; i < said.length; i++) {
    if (used.has(i)) continue;
    const group = [i];
    for (const j of similar[i] ?? []) {
      if (used.has(j) || (said[j] as Statement).family === (said[i] as Statement).family) continue;
      group.push(j);
    }
    if (group.length < 2) continue;
    for (const g of group) used.add(g);
    const members = group.map((g) => said[g] as Statement);
    const longest = [...members].sort((a, b) => b.text.length - a.text.length)[0] as Statement;
    claims.push({ id: `${story}-c${claims.length}`, text: clean(longest.text), positions: members.map(toPosition) });
  }
  return claims;
}

function toPosition(s: Statement): ClaimPosition {
  return { speaker: s.speaker as string, position: positionOf(s.stance), doc: s.doc, span: s.span, ...(s.index === undefined ? {} : { attribution: s.index }) };
}

function clean(text: string): string {
  return text.replace(/^["“”'‘’\s]+|["“”'‘’\s.,]+$/g, '').replace(/\s+/g, ' ');
}

/** Statements of copies whose source is in the set and carries the same speaker saying the same. */
function dedupeCopies(statements: readonly Statement[]): Statement[] {
  const seen = new Set<string>();
  const out: Statement[] = [];
  const sorted = [...statements].sort((a, b) => Number(a.doc !== a.family) - Number(b.doc !== b.family));
  for (const s of sorted) {
    const key = `${s.family}\u0000${s.speaker}\u0000${s.text.replace(/\W+/g, ' ').toLowerCase().trim()}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(s);
  }
  return out.sort((a, b) => a.doc.localeCompare(b.doc) || a.span.start - b.span.start);
}
