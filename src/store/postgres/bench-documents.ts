/**
 * Synthetic documents and links for timing a store (store-bench.ts): each document some
 * 400 words drawn from a 6,000-word invented vocabulary with a Zipf-like skew (so that
 * searches meet common, middling and rare words), 20 attributions by 200 invented
 * speakers, 100 mentions of 10 document entities, 3 figures; and links over them as
 * linking would write them. Everything is derived from a seed: runs are comparable.
 */
import type { Stance } from '../../domain/stance.ts';
import type { StoredDocument, StoredLinks } from '../store.ts';

function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const STANCES: readonly Stance[] = ['asserts', 'denies', 'confirms', 'disputes', 'reports'];

const SYLLABLES = 'ka lo mi ren tu sa vel dor an is ul pe bri gan tho mar el'.split(' ');

/** The vocabulary: word i is made of i's digits in base 17 as syllables. */
export const VOCABULARY: readonly string[] = Array.from({ length: 6000 }, (_, i) => {
  let n = i + 17;
  let word = '';
  while (n > 0) {
    word += SYLLABLES[n % 17];
    n = Math.floor(n / 17);
  }
  return word;
});

export const SPEAKERS: readonly string[] = Array.from(
  { length: 200 },
  (_, i) => `Speaker ${VOCABULARY[i * 7]}`,
);

export function benchDocuments(count: number, seed = 1): StoredDocument[] {
  const rnd = random(seed);
  // Zipf-like: word k drawn with probability about 1/k.
  const word = () => VOCABULARY[Math.floor(Math.exp(rnd() * Math.log(VOCABULARY.length))) - 1] as string;
  return Array.from({ length: count }, (_, d) => {
    const sentences = Array.from({ length: 40 }, () => `${Array.from({ length: 10 }, word).join(' ')}.`);
    const text = sentences.join(' ');
    const starts: number[] = [];
    for (let i = 0, at = 0; i < sentences.length; i++) {
      starts.push(at);
      at += (sentences[i] as string).length + 1;
    }
    const sentence = (i: number) => ({
      start: starts[i] as number,
      end: (starts[i] as number) + (sentences[i] as string).length - 1,
    });
    const wordAt = (i: number) => {
      const s = sentence(i);
      return { start: s.start, end: text.indexOf(' ', s.start) };
    };
    const day = `20${20 + (d % 10)}-0${1 + (d % 9)}-${String(1 + (d % 28)).padStart(2, '0')}`;
    return {
      document: {
        id: `bench-${seed}-${String(d).padStart(8, '0')}`.padEnd(64, '-'),
        name: `bench-${String(d).padStart(6, '0')}`,
        uri: `file:///bench/${d}.txt`,
        mediaType: 'text/plain',
        text,
        encoding: 'utf-8',
        byteLength: text.length,
        title: `${word()} ${word()} ${word()}`,
        ...(d % 11 === 0 ? {} : { published: day }),
        publisher: `Publisher ${d % 25}`,
      },
      boilerplate: [],
      entities: Array.from({ length: 10 }, (_, e) => ({
        id: `e${e}`,
        name: `Entity ${VOCABULARY[(d * 10 + e) % 3000]}`,
        kind: 'person' as const,
        aliases: [`E. ${VOCABULARY[(d * 10 + e) % 3000]}`],
      })),
      mentions: Array.from({ length: 100 }, (_, m) => {
        const span = wordAt(m % 40);
        return {
          ...span,
          text: text.slice(span.start, span.end),
          kind: 'person' as const,
          form: 'name' as const,
          entity: m % 10,
        };
      }),
      attributions: Array.from({ length: 20 }, (_, a) => ({
        kind: 'indirect' as const,
        content: sentence(2 * a),
        cue: null,
        source: wordAt(2 * a + 1),
        speaker: SPEAKERS[(d * 20 + a) % SPEAKERS.length] as string,
        stance: STANCES[a % 5] as Stance,
        entity: a % 10,
      })),
      figures: Array.from({ length: 3 }, (_, f) => ({
        value: d + f,
        span: wordAt(f),
        what: `${word()} ${word()}`,
      })),
      dates: [],
      diagnostics: [],
    };
  });
}

/** Links over `docs` as linking writes them: every attribution's speaker, entities, claims, copies, events. */
export function benchLinks(docs: readonly StoredDocument[]): StoredLinks {
  const entityOf = (d: number, e: number) => `c${(d * 10 + e) % 3000}`;
  return {
    entities: Array.from({ length: 3000 }, (_, i) => ({
      id: `c${i}`,
      name: `Entity ${VOCABULARY[i]}`,
      kind: 'person',
      aliases: [`E. ${VOCABULARY[i]}`],
    })),
    members: docs.flatMap((doc, d) =>
      doc.entities.map((_, local) => ({ docId: doc.document.id, local, entityId: entityOf(d, local) })),
    ),
    speakers: docs.flatMap((doc, d) =>
      doc.attributions.map((a, index) => ({
        docId: doc.document.id,
        index,
        speaker: a.speaker,
        entityId: entityOf(d, index % 10),
      })),
    ),
    claims: Array.from({ length: Math.floor(docs.length / 5) }, (_, c) => ({
      id: `claim-${c}`,
      text: `claim ${c}`,
      story: `story-${c % 50}`,
      positions: Array.from({ length: 1 + (c % 4) }, (_, p) => {
        const doc = docs[(c * 5 + p) % docs.length] as StoredDocument;
        const a = doc.attributions[p] as StoredDocument['attributions'][number];
        return {
          speaker: a.speaker ?? '',
          position: 'supports' as const,
          doc: doc.document.name,
          span: a.content,
          attribution: p,
          docId: doc.document.id,
          text: '',
        };
      }),
    })),
    copies: docs
      .slice(1)
      .filter((_, i) => i % 20 === 0)
      .map((doc, i) => ({
        docId: doc.document.id,
        sourceId: (docs[i * 20] as StoredDocument).document.id,
        similarity: 0.9,
        exact: false,
      })),
    events: docs.map((doc, d) => ({ docId: doc.document.id, event: `ev${d % 500}`, story: `st${d % 50}` })),
  };
}
