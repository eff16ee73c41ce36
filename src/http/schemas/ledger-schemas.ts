import { z } from '@hono/zod-openapi';
import { commonSchemas as c } from './common-schemas.ts';

const str = z.string();
const opt = z.string().optional();

const document = z
  .object({
    id: str,
    name: str,
    uri: str,
    mediaType: str,
    text: str.openapi({ description: 'The text every span points into. Untrusted: render as text, never as HTML.' }),
    encoding: str,
    byteLength: z.int(),
    title: opt,
    titleSpan: c.span.optional(),
    published: opt,
    author: opt,
    publisher: opt,
    syndicatedFrom: opt,
    url: opt,
    language: opt,
    capturedAt: opt,
  })
  .openapi('Document');

const documentSummary = z
  .object({ id: str, name: str, uri: str, title: opt, published: opt, publisher: opt, syndicatedFrom: opt, addedAt: str, copyOf: opt, event: opt, story: opt })
  .openapi('DocumentSummary');

const attribution = z
  .object({
    kind: c.attributionKind,
    content: c.span,
    cue: c.span.nullable(),
    source: c.span.nullable(),
    speaker: str.nullable(),
    stance: c.stance,
    channel: opt,
    addressee: opt,
    negated: z.boolean().optional(),
    tense: z.enum(['past', 'present', 'future']).optional(),
    cueLemma: opt,
    speakerFrom: z.int().optional(),
    entity: z.int().optional(),
    docId: str,
    entityId: opt,
    docName: str,
    published: opt,
    publisher: opt,
    contentText: str,
    sourceText: str.nullable(),
  })
  .openapi('Attribution');

const figure = z
  .object({ value: z.number(), valueMax: z.number().optional(), span: c.span, what: str, unit: opt, when: opt, source: opt })
  .openapi('Figure');
const figureRow = figure.extend({ docId: str, docName: str, published: opt, publisher: opt, context: str }).openapi('FigureRow');
const reportedFigure = figure.extend({ doc: str, published: opt, publisher: opt }).passthrough();
const figureSeries = z
  .object({
    key: str,
    what: str,
    unit: opt,
    points: z.array(reportedFigure),
    conflicts: z.array(z.object({ when: str, points: z.array(reportedFigure) })),
  })
  .openapi('FigureSeries');

const entitySummary = z
  .object({ id: str, name: str, kind: c.entityKind, aliases: z.array(str), mentions: z.int(), statements: z.int() })
  .openapi('EntitySummary');
const documentEntity = z.object({ id: str, name: str, kind: c.entityKind, aliases: z.array(str) }).openapi('DocumentEntity');

const claimPosition = z
  .object({ speaker: str, position: c.position, doc: str, span: c.span, attribution: z.int().optional(), docId: str, entityId: opt, text: str })
  .openapi('ClaimPosition');
const claim = z.object({ id: str, text: str, story: str, positions: z.array(claimPosition) }).openapi('Claim');
const claimSides = z
  .object({ id: str, text: str, story: str, positions: z.object({ supports: z.array(claimPosition), opposes: z.array(claimPosition), neutral: z.array(claimPosition) }) })
  .openapi('ClaimSides');

const stanceCounts = z.object({ asserts: z.int().optional(), denies: z.int().optional(), confirms: z.int().optional(), disputes: z.int().optional(), reports: z.int().optional() }).openapi('StanceCounts');

const custodyEntry = z
  .object({ seq: z.int(), at: str, who: str, action: str, uri: str, url: opt, capturedAt: opt, sha256: opt, size: z.int().optional(), mediaType: opt, docId: opt, via: opt, note: opt, prev: str, hash: str })
  .openapi('CustodyEntry');

const searchHit = z
  .object({ docId: str, docName: str, title: opt, published: opt, field: z.enum(['document', 'attribution']), snippet: str, attribution: z.int().optional(), span: c.span.optional() })
  .openapi('SearchHit');

const page = <T extends z.ZodType>(item: T, name: string) => z.object({ items: z.array(item), next: opt }).openapi(name);

export const ledgerSchemas = {
  document,
  documentSummary,
  documentPage: page(documentSummary, 'DocumentPage'),
  documentDetail: z
    .object({
      document,
      boilerplate: z.array(c.span),
      attributions: z.array(attribution.extend({ index: z.int() })),
      figures: z.array(figure),
      dates: z.array(z.object({ start: z.int(), end: z.int(), text: str, value: str })),
      entities: z.array(documentEntity),
      diagnostics: z.array(z.object({ doc: str, severity: z.enum(['error', 'warning']), code: str, message: str, offset: z.int().optional() })),
      copyOf: z.object({ sourceId: str, similarity: z.number(), exact: z.boolean() }).optional(),
      capture: z.object({ sha256: str, uri: str, url: opt, capturedAt: opt, archived: z.boolean(), custody: z.array(custodyEntry) }),
    })
    .openapi('DocumentDetail'),
  attribution,
  attributionPage: page(attribution, 'AttributionPage'),
  figureRow,
  figurePage: page(figureRow, 'FigurePage'),
  figureSeriesAnswer: z.object({ series: z.array(figureSeries), figures: z.int(), complete: z.boolean() }).openapi('FigureSeriesAnswer'),
  entitySummary,
  entityPage: page(entitySummary, 'EntityPage'),
  entityProfile: z
    .object({
      entity: entitySummary,
      stances: stanceCounts,
      timeline: z.array(z.object({ period: str.openapi({ description: 'YYYY-MM, or empty for undated' }), total: z.int(), stances: stanceCounts })),
      coverage: z.object({ statements: z.int(), complete: z.boolean() }),
      statements: z.array(attribution),
      statementsNext: opt,
      claims: z.array(
        z.object({ id: str, text: str, story: str, positions: z.int(), sides: z.object({ supports: z.int(), opposes: z.int(), neutral: z.int() }), taken: z.array(c.position) }),
      ),
    })
    .openapi('EntityProfile'),
  claim,
  claimPage: page(claim, 'ClaimPage'),
  claimSides,
  searchHit,
  searchPage: page(searchHit, 'SearchPage'),
  stats: z.object({ documents: z.int(), attributions: z.int(), figures: z.int(), mentions: z.int() }).openapi('Stats'),
};
