import type { Span } from '../../domain/span.ts';
import { normaliseText } from './normalise-text.ts';
import { seededRandom } from './seeded-random.ts';
import { sentenceSet } from './sentence-set.ts';
import { sharedSentenceShare } from './shared-sentence-share.ts';
import { simulateSyndication } from './simulate-syndication.ts';

/** An article the set is built from: a section ("sport") groups articles on a topic. */
export interface SectionArticle {
  readonly id: string;
  readonly section: string;
  readonly text: string;
}

export interface SyndicationItem {
  readonly id: string;
  readonly text: string;
  readonly published: string;
  /** The source article's id: the copies of one source and the source itself share it. */
  readonly family: string;
  /** The edit strength of a copy; 0 for an original. */
  readonly strength: number;
  /** The boilerplate the generator wrapped a copy in. */
  readonly boilerplate: readonly Span[];
}

export interface SyndicationSet {
  /** Originals and copies, in a shuffled order. */
  readonly items: readonly SyndicationItem[];
  /** Articles left out of the pool: exact repeats, and those repeating half an earlier one's sentences. */
  readonly dropped: readonly string[];
  readonly sources: readonly string[];
  /** Pairs of one family: the duplicates to find. */
  readonly duplicatePairs: number;
  /** Each member of a source's family against each of the source's nearest articles in its section. */
  readonly hardNegatives: readonly (readonly [string, string])[];
}

/**
 * A test set for near-duplicate detection, the same for the same seed: `sources`
 * articles each get one to three copies from `simulateSyndication` (edit strength drawn
 * uniformly from 0 to 1), dated 1 to 73 hours after their source, mixed with every other
 * article. Articles repeating another verbatim, or half of another's sentences (a
 * corpus's own updated stories), are dropped first, by a sentence test independent of
 * shingles, so that the only duplicates in the set are the generated ones. Hard
 * negatives are the `nearest` articles of the source's section by TF-IDF cosine:
 * different stories on the same topic.
 */
export function buildSyndicationSet(
  articles: readonly SectionArticle[],
  options: { readonly sources: number; readonly seed: number; readonly nearest?: number },
): SyndicationSet {
  const random = seededRandom(options.seed);
  const sentences = articles.map((a) => sentenceSet(a.text));
  const seen = new Set<string>();
  const dropped = new Set<string>();
  articles.forEach((a, i) => {
    const key = a.text.replace(/\s+/gu, ' ').trim();
    if (seen.has(key)) dropped.add(a.id);
    seen.add(key);
    for (let j = 0; j < i && !dropped.has(a.id); j++)
      if (
        !dropped.has(articles[j]?.id ?? '') &&
        sharedSentenceShare(sentences[i] ?? new Set(), sentences[j] ?? new Set()) >= 0.5
      )
        dropped.add(a.id);
  });
  const pool = articles.filter((a) => !dropped.has(a.id));
  const shuffle = <T>(xs: T[]): T[] => {
    for (let i = xs.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [xs[i], xs[j]] = [xs[j] as T, xs[i] as T];
    }
    return xs;
  };
  const sources = shuffle([...pool]).slice(0, options.sources);
  const day = 86_400_000;
  const dateOf = new Map(pool.map((a) => [a.id, Date.UTC(2005, 0, 1) + Math.floor(random() * 300 * day)]));
  const iso = (t: number) => new Date(t).toISOString();
  const items: SyndicationItem[] = pool.map((a) => ({
    id: a.id,
    text: a.text,
    published: iso(dateOf.get(a.id) ?? 0),
    family: a.id,
    strength: 0,
    boilerplate: [],
  }));
  let duplicatePairs = 0;
  for (const s of sources) {
    const n = 1 + Math.floor(random() * 3);
    duplicatePairs += ((n + 1) * n) / 2;
    for (let c = 0; c < n; c++) {
      const strength = random();
      const copy = simulateSyndication(s.text, random, strength);
      const published = iso((dateOf.get(s.id) ?? 0) + Math.floor((1 + random() * 72) * 3_600_000));
      items.push({
        id: `${s.id}#copy${c}`,
        text: copy.text,
        published,
        family: s.id,
        strength,
        boilerplate: copy.boilerplate,
      });
    }
  }
  const hardNegatives: [string, string][] = [];
  const vectors = tfidfVectors(pool);
  for (const s of sources) {
    const v = vectors.get(s.id) ?? new Map<string, number>();
    const near = pool
      .filter((a) => a.section === s.section && a.id !== s.id)
      .map((a) => ({ id: a.id, cos: cosine(v, vectors.get(a.id) ?? new Map()) }))
      .sort((x, y) => y.cos - x.cos)
      .slice(0, options.nearest ?? 3);
    for (const it of items) if (it.family === s.id) for (const n of near) hardNegatives.push([it.id, n.id]);
  }
  return {
    items: shuffle(items),
    dropped: [...dropped],
    sources: sources.map((s) => s.id),
    duplicatePairs,
    hardNegatives,
  };
}

/** Unit-length TF-IDF vectors over words of three letters or more. */
function tfidfVectors(articles: readonly SectionArticle[]): Map<string, Map<string, number>> {
  const words = articles.map((a) =>
    normaliseText(a.text)
      .split(' ')
      .filter((w) => w.length > 2),
  );
  const df = new Map<string, number>();
  for (const ws of words) for (const w of new Set(ws)) df.set(w, (df.get(w) ?? 0) + 1);
  const out = new Map<string, Map<string, number>>();
  articles.forEach((a, i) => {
    const v = new Map<string, number>();
    for (const w of words[i] ?? []) v.set(w, (v.get(w) ?? 0) + Math.log(articles.length / (df.get(w) ?? 1)));
    const norm = Math.sqrt([...v.values()].reduce((s, x) => s + x * x, 0)) || 1;
    for (const [w, x] of v) v.set(w, x / norm);
    out.set(a.id, v);
  });
  return out;
}

function cosine(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): number {
  let s = 0;
  for (const [w, x] of a) s += x * (b.get(w) ?? 0);
  return s;
}
