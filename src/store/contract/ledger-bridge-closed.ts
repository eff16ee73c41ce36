/**
 * Fixture of the Store contract: the fullest document of the invented story (see
 * contract-fixtures.ts), in which every optional field of every part is set somewhere.
 */
import type { StoredDocument } from '../store.ts';
import { idOf } from './id-of.ts';
import { spanOf } from './span-of.ts';

const LEDGER_TEXT = `Hollin Bridge closed after cracks found

The Hollin Bridge in Marrowby was closed on Tuesday after inspectors found cracks in two of its piers. Some 1,200 vehicles cross the bridge every day.

"We cannot take any risks with people's lives," said Mayor Ottilie Brand.

Engineer Kasimir Vell said the cracks were "older than anyone admits". He told the Ledger that repairs could cost between 3 and 4.5 million crowns.

Councillor Dagny Roe denied that the council had ignored earlier warnings.
`;

/** The fullest document: every optional field of every part is set somewhere in it. */
export function ledgerBridgeClosed(): StoredDocument {
  const t = LEDGER_TEXT;
  const name = 'ledger-bridge-closed';
  return {
    document: {
      id: idOf(t),
      name,
      uri: 'file:///fixtures/ledger-bridge-closed.txt',
      mediaType: 'text/plain',
      text: t,
      encoding: 'utf-8',
      byteLength: Buffer.byteLength(t),
      title: 'Hollin Bridge closed after cracks found',
      titleSpan: spanOf(t, 'Hollin Bridge closed after cracks found'),
      published: '2031-04-02',
      author: 'Wren Hallam',
      publisher: 'The Marrowby Ledger',
      url: 'https://ledger.example/2031/04/02/hollin-bridge-closed',
      language: 'en',
      capturedAt: '2031-04-02T18:00:00.000Z',
    },
    boilerplate: [],
    mentions: [
      {
        ...spanOf(t, 'The Hollin Bridge'),
        text: 'The Hollin Bridge',
        kind: 'place',
        form: 'name',
        entity: 3,
      },
      {
        ...spanOf(t, 'Mayor Ottilie Brand'),
        text: 'Mayor Ottilie Brand',
        kind: 'person',
        form: 'role',
        nameSpan: spanOf(t, 'Ottilie Brand'),
        gender: 'female',
        plural: false,
        entity: 0,
      },
      {
        ...spanOf(t, 'Engineer Kasimir Vell'),
        text: 'Engineer Kasimir Vell',
        kind: 'person',
        form: 'role',
        nameSpan: spanOf(t, 'Kasimir Vell'),
        entity: 1,
      },
      {
        ...spanOf(t, 'He'),
        text: 'He',
        kind: 'person',
        form: 'pronoun',
        gender: 'male',
        plural: false,
        entity: 1,
      },
      {
        ...spanOf(t, 'the Ledger'),
        text: 'the Ledger',
        kind: 'organization',
        form: 'name',
        gender: 'neuter',
        entity: 4,
      },
      {
        ...spanOf(t, 'Councillor Dagny Roe'),
        text: 'Councillor Dagny Roe',
        kind: 'person',
        form: 'role',
        entity: 2,
      },
      { ...spanOf(t, 'inspectors'), text: 'inspectors', kind: 'other', form: 'role', plural: true },
    ],
    entities: [
      { id: 'e-brand', name: 'Ottilie Brand', kind: 'person', aliases: ['Mayor Ottilie Brand', 'Brand'] },
      { id: 'e-vell', name: 'Kasimir Vell', kind: 'person', aliases: ['Engineer Kasimir Vell', 'He'] },
      { id: 'e-roe', name: 'Dagny Roe', kind: 'person', aliases: [] },
      { id: 'e-bridge', name: 'Hollin Bridge', kind: 'place', aliases: ['The Hollin Bridge'] },
      { id: 'e-ledger', name: 'The Marrowby Ledger', kind: 'organization', aliases: ['the Ledger'] },
    ],
    attributions: [
      {
        kind: 'direct',
        content: spanOf(t, `"We cannot take any risks with people's lives,"`),
        cue: spanOf(t, 'said', 0),
        source: spanOf(t, 'Mayor Ottilie Brand'),
        speaker: 'Ottilie Brand',
        stance: 'asserts',
        tense: 'past',
        negated: false,
        cueLemma: 'say',
        entity: 0,
      },
      {
        kind: 'mixed',
        content: spanOf(t, 'the cracks were "older than anyone admits"'),
        cue: spanOf(t, 'said', 1),
        source: spanOf(t, 'Engineer Kasimir Vell'),
        speaker: 'Kasimir Vell',
        stance: 'asserts',
      },
      {
        kind: 'indirect',
        content: spanOf(t, 'that repairs could cost between 3 and 4.5 million crowns'),
        cue: spanOf(t, 'told'),
        source: spanOf(t, 'He'),
        speaker: 'Kasimir Vell',
        stance: 'reports',
        addressee: 'The Marrowby Ledger',
        channel: 'interview',
        tense: 'past',
        speakerFrom: 1,
      },
      {
        kind: 'indirect',
        content: spanOf(t, 'that the council had ignored earlier warnings'),
        cue: spanOf(t, 'denied'),
        source: spanOf(t, 'Councillor Dagny Roe'),
        speaker: 'Dagny Roe',
        stance: 'denies',
        negated: false,
        tense: 'past',
      },
    ],
    figures: [
      { value: 1200, span: spanOf(t, '1,200'), what: 'vehicles cross the bridge every day', when: '2031-04' },
      {
        value: 3_000_000,
        valueMax: 4_500_000,
        span: spanOf(t, 'between 3 and 4.5 million crowns'),
        what: 'cost of repairs',
        unit: 'crowns',
        source: 'Kasimir Vell',
      },
    ],
    dates: [{ ...spanOf(t, 'Tuesday'), text: 'Tuesday', value: '2031-04-01' }],
    diagnostics: [
      {
        doc: name,
        severity: 'warning',
        code: 'unbalanced-quote',
        message: 'a quote runs to the paragraph end',
        offset: 17,
      },
      {
        doc: name,
        severity: 'error',
        code: 'stage-failed',
        message: 'the figure stage gave up on one sentence',
      },
    ],
  };
}
