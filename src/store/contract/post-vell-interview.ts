/**
 * Fixture of the Store contract: a document of the invented story (see
 * contract-fixtures.ts) whose speaker is named differently than elsewhere ("K. Vell"),
 * so that linking across the collection gives its attributions another speaker, and
 * whose entities and mentions resolve to collection entities.
 */
import type { StoredDocument } from '../store.ts';
import { idOf } from './id-of.ts';
import { spanOf } from './span-of.ts';

const TEXT = `Engineer warns of a longer closure

K. Vell, the engineer who first reported the cracks, said on Thursday that the Hollin Bridge could stay shut until autumn. Vell added that the council had known about the piers for years. Mayor Brand declined to comment.
`;

export function postVellInterview(): StoredDocument {
  const t = TEXT;
  const mention = (text: string, entity: number | undefined, form: 'name' | 'role', nth = 0) => ({
    ...spanOf(t, text, nth),
    text,
    kind: entity === 2 ? ('place' as const) : ('person' as const),
    form,
    ...(entity === undefined ? {} : { entity }),
  });
  return {
    document: {
      id: idOf(t),
      name: 'post-vell-interview',
      uri: 'https://post.example/marrowby/vell-interview',
      mediaType: 'text/html',
      text: t,
      encoding: 'html',
      byteLength: Buffer.byteLength(t),
      title: 'Engineer warns of a longer closure',
      published: '2031-04-10',
      publisher: 'Fenwick Daily Post',
    },
    boilerplate: [],
    mentions: [
      mention('K. Vell', 0, 'name'),
      mention('the engineer', 0, 'role'),
      mention('the Hollin Bridge', 2, 'name'),
      mention('Vell', 0, 'name', 1),
      mention('the council', undefined, 'role'),
      mention('Mayor Brand', 1, 'role'),
    ],
    entities: [
      { id: 'v-vell', name: 'K. Vell', kind: 'person', aliases: ['the engineer', 'Vell'] },
      { id: 'v-brand', name: 'Mayor Brand', kind: 'person', aliases: [] },
      { id: 'v-bridge', name: 'Hollin Bridge', kind: 'place', aliases: ['the Hollin Bridge'] },
    ],
    attributions: [
      {
        kind: 'indirect',
        content: spanOf(t, 'the Hollin Bridge could stay shut until autumn'),
        cue: spanOf(t, 'said'),
        source: spanOf(t, 'K. Vell'),
        speaker: 'K. Vell',
        stance: 'asserts',
        entity: 0,
      },
      {
        kind: 'indirect',
        content: spanOf(t, 'the council had known about the piers for years'),
        cue: spanOf(t, 'added'),
        source: spanOf(t, 'Vell', 1),
        speaker: 'K. Vell',
        stance: 'asserts',
        entity: 0,
      },
    ],
    figures: [],
    dates: [],
    diagnostics: [],
  };
}
