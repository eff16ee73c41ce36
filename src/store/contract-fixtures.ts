/**
 * Test fixtures for the Store contract (store-contract.ts): a small invented story (the
 * closing of the Hollin Bridge in the invented town of Marrowby, as three invented
 * outlets report it). Every person, outlet and quotation here is made up. The fullest
 * document is in contract/ledger-bridge-closed.ts; plain documents in numbers, for
 * pagination, come from contract/synthetic-documents.ts.
 */
import type { StoredDocument } from './store.ts';
import { idOf } from './contract/id-of.ts';
import { ledgerBridgeClosed } from './contract/ledger-bridge-closed.ts';
import { spanOf } from './contract/span-of.ts';

const EMPTY = {
  boilerplate: [],
  mentions: [],
  entities: [],
  attributions: [],
  figures: [],
  dates: [],
  diagnostics: [],
};

const POST_TEXT = `Marrowby's mayor has promised that the Hollin Bridge will reopen before the summer festival.

Ottilie Brand said on Harbour Radio that temporary supports would be installed within three weeks. Kasimir Vell disputed the timetable, saying the piers needed a full survey first.

- Temporary supports: 14 steel props
Photo: Fenwick Daily Post archive
`;

/** Syndicated, title not in the text, a boilerplate credit, and a figure on a line without a full stop. */
function postBridgeReopen(): StoredDocument {
  const t = POST_TEXT;
  return {
    ...EMPTY,
    document: {
      id: idOf(t),
      name: 'post-bridge-reopen',
      uri: 'https://post.example/marrowby/bridge-reopen',
      mediaType: 'text/html',
      text: t,
      encoding: 'html',
      byteLength: 4096,
      title: 'Mayor promises bridge will reopen before the festival',
      published: '2031-04-09T08:30:00Z',
      publisher: 'Fenwick Daily Post',
      syndicatedFrom: 'Harbour Radio',
    },
    boilerplate: [spanOf(t, 'Photo: Fenwick Daily Post archive')],
    attributions: [
      {
        kind: 'indirect',
        content: spanOf(t, 'that temporary supports would be installed within three weeks'),
        cue: spanOf(t, 'said'),
        source: spanOf(t, 'Ottilie Brand'),
        speaker: 'Ottilie Brand',
        stance: 'asserts',
        channel: 'Harbour Radio',
      },
      {
        kind: 'indirect',
        content: spanOf(t, 'the piers needed a full survey first'),
        cue: spanOf(t, 'saying'),
        source: spanOf(t, 'Kasimir Vell'),
        speaker: 'Kasimir Vell',
        stance: 'disputes',
        tense: 'present',
      },
    ],
    figures: [
      {
        value: 3,
        span: spanOf(t, 'three weeks'),
        what: 'weeks until the temporary supports are installed',
        unit: 'weeks',
      },
      { value: 14, span: spanOf(t, '14 steel props'), what: 'steel props', when: '2031-04-09' },
    ],
  };
}

const RADIO_TEXT = `Festival organisers in Marrowby say the bridge closure has cut ticket sales.

"Half our visitors come over the Hollin Bridge," one organiser said.

Zoë Äberg, who chairs the festival committee, confirmed the fall in sales.
`;

/** An unknown speaker, a speaker named beyond ASCII, and a published date without a time. */
function radioFestival(): StoredDocument {
  const t = RADIO_TEXT;
  return {
    ...EMPTY,
    document: {
      id: idOf(t),
      name: 'radio-festival',
      uri: 'https://radio.example/news/festival',
      mediaType: 'text/plain',
      text: t,
      encoding: 'utf-8-bom',
      byteLength: Buffer.byteLength(t) + 3,
      title: 'Festival feels the bridge closure',
      published: '2031-04-09',
      publisher: 'Harbour Radio',
    },
    attributions: [
      {
        kind: 'direct',
        content: spanOf(t, '"Half our visitors come over the Hollin Bridge,"'),
        cue: spanOf(t, 'said'),
        source: null,
        speaker: null,
        stance: 'asserts',
      },
      {
        kind: 'indirect',
        content: spanOf(t, 'the fall in sales'),
        cue: spanOf(t, 'confirmed'),
        source: spanOf(t, 'Zoë Äberg'),
        speaker: 'Zoë Äberg',
        stance: 'confirms',
      },
    ],
  };
}

const HISTORY_TEXT = `The Hollin Bridge opened in 1911. Dr. Ansel Grieve, the town historian, said it carried 300 carts a day across the Marrow. The piers were last rebuilt a century ago.`;

/** Same publisher and date as the Ledger's first story, so only the name orders them. */
function ledgerBridgeHistory(): StoredDocument {
  const t = HISTORY_TEXT;
  return {
    ...EMPTY,
    document: {
      id: idOf(t),
      name: 'ledger-bridge-history',
      uri: 'file:///fixtures/ledger-bridge-history.txt',
      mediaType: 'text/plain',
      text: t,
      encoding: 'latin1',
      byteLength: t.length,
      published: '2031-04-02',
      publisher: 'The Marrowby Ledger',
    },
    attributions: [
      {
        kind: 'indirect',
        content: spanOf(t, 'it carried 300 carts a day across the Marrow'),
        cue: spanOf(t, 'said'),
        source: spanOf(t, 'Dr. Ansel Grieve'),
        speaker: 'Ansel Grieve',
        stance: 'reports',
      },
    ],
    figures: [{ value: 300, span: spanOf(t, '300 carts'), what: 'carts a day' }],
  };
}

const LETTER_TEXT = `A reader, Aurelio Stiles, writes that the bridge has been creaking for years and nobody listened.`;

/** No published date, no title: lists put it last. */
function ledgerLetter(): StoredDocument {
  const t = LETTER_TEXT;
  return {
    ...EMPTY,
    document: {
      id: idOf(t),
      name: 'ledger-letter',
      uri: 'file:///fixtures/ledger-letter.txt',
      mediaType: 'text/plain',
      text: t,
      encoding: 'utf-8',
      byteLength: Buffer.byteLength(t),
      publisher: 'The Marrowby Ledger',
    },
    attributions: [
      {
        kind: 'indirect',
        content: spanOf(t, 'the bridge has been creaking for years and nobody listened'),
        cue: null,
        source: spanOf(t, 'Aurelio Stiles'),
        speaker: 'Aurelio Stiles',
        stance: 'asserts',
        tense: 'present',
      },
    ],
  };
}

/** The story, in the order the suite adds it (not the order lists return it). */
export function storyDocuments(): StoredDocument[] {
  return [ledgerBridgeClosed(), postBridgeReopen(), radioFestival(), ledgerBridgeHistory(), ledgerLetter()];
}
