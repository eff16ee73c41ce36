/**
 * Fixtures of the Store contract: plain synthetic documents (an invented quarry and its
 * invented critics) in numbers, for pagination.
 */
import type { StoredDocument } from '../store.ts';
import { idOf } from './id-of.ts';
import { spanOf } from './span-of.ts';

const EMPTY = {
  boilerplate: [],
  mentions: [],
  entities: [],
  attributions: [],
  figures: [],
  dates: [],
  diagnostics: [],
};

const DAYS = ['2030-01-05', '2030-01-04', '2030-01-04T12:00:00Z', '2030-01-03', ''];

/**
 * `count` plain documents for pagination: dates repeat (one in five has none), and every
 * tenth document repeats the name and date of the one before, so that only the store's
 * tie-break tells them apart. Each has the word "quarry" in its text, two attributions
 * (Ines Marlow's, then Bo Tarrant's) and one figure.
 */
export function syntheticDocuments(count: number): StoredDocument[] {
  return Array.from({ length: count }, (_, i) => {
    const n = i % 10 === 9 ? i - 1 : i;
    const day = DAYS[n % DAYS.length] ?? '';
    const t = `Quarry report ${i}. Ines Marlow said the quarry moved ${i + 10} tonnes. Bo Tarrant said the dust was worse.`;
    return {
      ...EMPTY,
      document: {
        id: idOf(t),
        name: `quarry-${String(n).padStart(3, '0')}`,
        uri: `file:///fixtures/quarry-${i}.txt`,
        mediaType: 'text/plain',
        text: t,
        encoding: 'utf-8',
        byteLength: t.length,
        ...(day === '' ? {} : { published: day }),
        publisher: i % 2 === 0 ? 'Quarry Weekly' : 'Dust Gazette',
      },
      attributions: [
        {
          kind: 'indirect',
          content: spanOf(t, `the quarry moved ${i + 10} tonnes`),
          cue: spanOf(t, 'said'),
          source: spanOf(t, 'Ines Marlow'),
          speaker: 'Ines Marlow',
          stance: 'asserts',
        },
        {
          kind: 'indirect',
          content: spanOf(t, 'the dust was worse'),
          cue: spanOf(t, 'said', 1),
          source: spanOf(t, 'Bo Tarrant'),
          speaker: 'Bo Tarrant',
          stance: i % 2 === 0 ? 'asserts' : 'disputes',
        },
      ],
      figures: [{ value: i + 10, span: spanOf(t, `${i + 10} tonnes`), what: 'tonnes moved', unit: 'tonnes' }],
    };
  });
}
