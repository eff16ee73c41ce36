/**
 * Fixture of the Store contract: what linking might find across the invented story
 * (contract-fixtures.ts plus post-vell-interview.ts): collection entities, which document
 * entity is which, every attribution's canonical speaker but the reader's letter's,
 * claims over two stories, one copy, and events. Built from the documents, so spans and
 * ids stay right when a fixture changes.
 */
import type { StoredClaim, StoredDocument, StoredLinks } from '../store.ts';
import { storyDocuments } from '../contract-fixtures.ts';
import { postVellInterview } from './post-vell-interview.ts';

/** The story's documents and the interview, in the order the suite adds them. */
export function linkedStoryDocuments(): StoredDocument[] {
  return [...storyDocuments(), postVellInterview()];
}

/** The document named `name` among `docs`. */
export function named(docs: readonly StoredDocument[], name: string): StoredDocument {
  const doc = docs.find((d) => d.document.name === name);
  if (doc === undefined) throw new Error(`fixture: no document ${name}`);
  return doc;
}

const ENTITIES: StoredLinks['entities'] = [
  {
    id: 'c-vell',
    name: 'Kasimir Vell',
    kind: 'person',
    aliases: ['Engineer Kasimir Vell', 'K. Vell', 'Vell', 'the engineer'],
  },
  {
    id: 'c-brand',
    name: 'Ottilie Brand',
    kind: 'person',
    aliases: ['Mayor Ottilie Brand', 'Mayor Brand', 'Brand'],
  },
  { id: 'c-roe', name: 'Dagny Roe', kind: 'person', aliases: ['Councillor Dagny Roe'] },
  {
    id: 'c-bridge',
    name: 'Hollin Bridge',
    kind: 'place',
    aliases: ['The Hollin Bridge', 'the Hollin Bridge'],
  },
  { id: 'c-ledger', name: 'The Marrowby Ledger', kind: 'organization', aliases: ['the Ledger'] },
  { id: 'c-zoe', name: 'Zoë Äberg', kind: 'person', aliases: [] },
  { id: 'c-grieve', name: 'Ansel Grieve', kind: 'person', aliases: ['Dr. Ansel Grieve'] },
];

/** Per document, per attribution: the canonical speaker and entity; absent: not linked. */
const SPEAKERS: Record<string, readonly (readonly [string | null, string | undefined] | undefined)[]> = {
  'ledger-bridge-closed': [
    ['Ottilie Brand', 'c-brand'],
    ['Kasimir Vell', 'c-vell'],
    ['Kasimir Vell', 'c-vell'],
    ['Dagny Roe', 'c-roe'],
  ],
  'post-bridge-reopen': [
    ['Ottilie Brand', 'c-brand'],
    ['Kasimir Vell', 'c-vell'],
  ],
  'radio-festival': [
    [null, undefined],
    ['Zoë Äberg', 'c-zoe'],
  ],
  'ledger-bridge-history': [['Ansel Grieve', 'c-grieve']],
  'ledger-letter': [undefined],
  'post-vell-interview': [
    ['Kasimir Vell', 'c-vell'],
    ['Kasimir Vell', 'c-vell'],
  ],
};

/** A position on a claim: attribution `index` of document `name`, with the evidence cut right. */
function position(
  docs: readonly StoredDocument[],
  name: string,
  index: number,
  position: 'supports' | 'opposes' | 'neutral',
): StoredClaim['positions'][number] {
  const { document: d, attributions } = named(docs, name);
  const a = attributions[index];
  if (a?.speaker == null) throw new Error(`fixture: ${name}#${index} has no speaker`);
  const link = SPEAKERS[name]?.[index];
  return {
    speaker: link?.[0] ?? a.speaker,
    position,
    doc: d.name,
    span: a.content,
    attribution: index,
    docId: d.id,
    ...(link?.[1] === undefined ? {} : { entityId: link[1] }),
    text: d.text.slice(a.content.start, a.content.end),
  };
}

export function storyLinks(docs: readonly StoredDocument[]): StoredLinks {
  const id = (name: string) => named(docs, name).document.id;
  const ledger = id('ledger-bridge-closed');
  const interview = id('post-vell-interview');
  return {
    entities: ENTITIES,
    members: [
      ...['c-brand', 'c-vell', 'c-roe', 'c-bridge', 'c-ledger'].map((entityId, local) => ({
        docId: ledger,
        local,
        entityId,
      })),
      ...['c-vell', 'c-brand', 'c-bridge'].map((entityId, local) => ({ docId: interview, local, entityId })),
    ],
    speakers: Object.entries(SPEAKERS).flatMap(([name, links]) =>
      links.flatMap((link, index) =>
        link === undefined
          ? []
          : [
              {
                docId: id(name),
                index,
                speaker: link[0],
                ...(link[1] === undefined ? {} : { entityId: link[1] }),
              },
            ],
      ),
    ),
    claims: [
      {
        id: 'c-warnings',
        text: 'the council ignored earlier warnings about the piers',
        story: 'hollin-bridge',
        positions: [
          position(docs, 'ledger-bridge-closed', 3, 'opposes'),
          position(docs, 'post-vell-interview', 1, 'supports'),
          position(docs, 'ledger-letter', 0, 'supports'),
        ],
      },
      {
        id: 'c-closure',
        text: 'the Hollin Bridge will stay closed for months',
        story: 'hollin-bridge',
        positions: [
          position(docs, 'post-vell-interview', 0, 'supports'),
          position(docs, 'post-bridge-reopen', 0, 'opposes'),
          position(docs, 'ledger-bridge-closed', 1, 'neutral'),
        ],
      },
      {
        id: 'c-festival',
        text: 'the closure cut festival ticket sales',
        story: 'marrowby-festival',
        positions: [position(docs, 'radio-festival', 1, 'supports')],
      },
      {
        id: 'a-history',
        text: 'the bridge once carried 300 carts a day',
        story: 'hollin-history',
        positions: [position(docs, 'ledger-bridge-history', 0, 'neutral')],
      },
    ],
    copies: [
      { docId: id('post-bridge-reopen'), sourceId: id('radio-festival'), similarity: 0.625, exact: false },
    ],
    events: [
      { docId: ledger, event: 'bridge-closed', story: 'hollin-bridge' },
      { docId: id('post-bridge-reopen'), event: 'bridge-reopening', story: 'hollin-bridge' },
      { docId: interview, event: 'bridge-reopening', story: 'hollin-bridge' },
      { docId: id('radio-festival'), event: 'festival-sales', story: 'marrowby-festival' },
      { docId: id('ledger-bridge-history'), event: 'bridge-history', story: 'hollin-history' },
    ],
  };
}
