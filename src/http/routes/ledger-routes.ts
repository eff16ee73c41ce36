import { createRoute, z } from '@hono/zod-openapi';
import { claimSides } from '../../app/claim-sides.ts';
import { documentDetail } from '../../app/document-detail.ts';
import { entityProfile } from '../../app/entity-profile.ts';
import { findAttributions } from '../../app/find-attributions.ts';
import { findDocuments } from '../../app/find-documents.ts';
import { figureSeriesOf } from '../../app/figure-series-of.ts';
import { NotFoundError } from '../../domain/errors.ts';
import { requireRole } from '../require-role.ts';
import type { ApiApp, RouteContext } from '../route-context.ts';
import { commonSchemas as c, jsonOf } from '../schemas/common-schemas.ts';
import { ledgerSchemas as l } from '../schemas/ledger-schemas.ts';

const text = (max: number) => z.string().min(1).max(max).optional();
const id = z.object({ id: z.string().min(1).max(200) });
const docParam = z.object({ id: c.docId });
const paging = { limit: c.limit, cursor: c.cursor };
const readErrors = { ...c.errors, ...c.notModified };

/** Reading the ledger (viewer): documents, entities, attributions, claims, figures. Search is in search-routes.ts. */
export function ledgerRoutes(app: ApiApp, ctx: RouteContext): void {
  const viewer = [requireRole('viewer')];
  const store = ctx.deps.store;

  app.openapi(
    createRoute({ method: 'get', path: '/api/stats', tags: ['ledger'], summary: 'How much the store holds', middleware: viewer, responses: { 200: jsonOf(l.stats, 'Counts'), ...readErrors } }),
    async (h) => h.json(await store.stats(), 200),
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/documents',
      tags: ['documents'],
      summary: 'Documents, newest first (undated last)',
      middleware: viewer,
      request: { query: z.object({ ...paging, outlet: text(300), from: c.isoDate, to: c.isoDate, story: text(200), event: text(200) }) },
      responses: { 200: jsonOf(l.documentPage, 'A page of documents'), ...readErrors },
    }),
    async (h) => {
      const q = h.req.valid('query');
      return h.json(await findDocuments(store, { ...q, ...(q.outlet !== undefined ? { publisher: q.outlet } : {}) }), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/documents/{id}',
      tags: ['documents'],
      summary: 'One document: text, boilerplate spans, attributions, figures, capture and custody',
      middleware: viewer,
      request: { params: docParam },
      responses: { 200: jsonOf(l.documentDetail, 'The document'), ...readErrors, ...c.notFound },
    }),
    async (h) => h.json(await documentDetail(store, ctx.custody, h.req.valid('param').id), 200),
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/documents/{id}/original',
      tags: ['documents'],
      summary: 'The archived original bytes, as a download (never rendered: application/octet-stream)',
      middleware: viewer,
      request: { params: docParam },
      responses: { 200: { description: 'The bytes; X-Original-Media-Type names their type', content: { 'application/octet-stream': { schema: z.string().openapi({ format: 'binary' }) } } }, ...readErrors, ...c.notFound },
    }),
    async (h) => {
      const docId = h.req.valid('param').id;
      const bytes = ctx.deps.archive ? await ctx.deps.archive.get(docId) : undefined;
      if (!bytes) throw new NotFoundError(`no archived original ${docId}`);
      const doc = await store.getDocument(docId);
      const media = doc?.document.mediaType ?? 'application/octet-stream';
      const ext = media.includes('html') ? 'html' : media.includes('xml') ? 'xml' : media.startsWith('text/') ? 'txt' : 'bin';
      // Served as an opaque download: stored HTML shown inline on this origin would run its scripts here.
      h.header('Content-Type', 'application/octet-stream');
      h.header('Content-Disposition', `attachment; filename="${docId}.${ext}"`);
      h.header('X-Original-Media-Type', media.replace(/[^\x20-\x7e]/g, ''));
      h.header('ETag', `"${docId}"`);
      return h.body(new Uint8Array(bytes), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/entities',
      tags: ['entities'],
      summary: 'Entities across the collection, most mentioned first; q searches names and aliases',
      middleware: viewer,
      request: { query: z.object({ ...paging, q: text(300), kind: c.entityKind.optional() }) },
      responses: { 200: jsonOf(l.entityPage, 'A page of entities'), ...readErrors },
    }),
    async (h) => h.json(await store.entities(h.req.valid('query')), 200),
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/entities/{id}',
      tags: ['entities'],
      summary: 'One entity: statements by stance and per month, newest statements, claims',
      middleware: viewer,
      request: { params: id },
      responses: { 200: jsonOf(l.entityProfile, 'The entity'), ...readErrors, ...c.notFound },
    }),
    async (h) => h.json(await entityProfile(store, h.req.valid('param').id), 200),
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/attributions',
      tags: ['attributions'],
      summary: 'Who said what, in document order (newest documents first)',
      middleware: viewer,
      request: {
        query: z.object({
          ...paging,
          entity: text(200),
          speaker: text(300),
          stance: c.stance.optional(),
          kind: c.attributionKind.optional(),
          outlet: text(300),
          from: c.isoDate,
          to: c.isoDate,
          doc: c.docId.optional(),
        }),
      },
      responses: { 200: jsonOf(l.attributionPage, 'A page of attributions'), ...readErrors },
    }),
    async (h) => {
      const { entity, outlet, doc, ...q } = h.req.valid('query');
      return h.json(await findAttributions(store, { ...q, ...(entity ? { entityId: entity } : {}), ...(outlet ? { publisher: outlet } : {}), ...(doc ? { docId: doc } : {}) }), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/claims',
      tags: ['claims'],
      summary: 'Claims, the most positions first',
      middleware: viewer,
      request: { query: z.object({ ...paging, entity: text(200), story: text(200) }) },
      responses: { 200: jsonOf(l.claimPage, 'A page of claims'), ...readErrors },
    }),
    async (h) => {
      const { entity, ...q } = h.req.valid('query');
      return h.json(await store.claims({ ...q, ...(entity ? { entityId: entity } : {}) }), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/claims/{id}',
      tags: ['claims'],
      summary: 'One claim with its positions grouped: supports, opposes, neutral',
      middleware: viewer,
      request: { params: id },
      responses: { 200: jsonOf(l.claimSides, 'The claim'), ...readErrors, ...c.notFound },
    }),
    async (h) => {
      const claim = await store.claim(h.req.valid('param').id);
      if (!claim) throw new NotFoundError(`no claim ${h.req.valid('param').id}`);
      return h.json(claimSides(claim), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/figures',
      tags: ['figures'],
      summary: 'Figures reported (counts, amounts), newest documents first',
      middleware: viewer,
      request: { query: z.object({ ...paging, doc: c.docId.optional(), what: text(300) }) },
      responses: { 200: jsonOf(l.figurePage, 'A page of figures'), ...readErrors },
    }),
    async (h) => {
      const { doc, ...q } = h.req.valid('query');
      return h.json(await store.figures({ ...q, ...(doc ? { docId: doc } : {}) }), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/figure-series',
      tags: ['figures'],
      summary: 'Figures as series over time per quantity, conflicting reports side by side',
      middleware: viewer,
      request: { query: z.object({ doc: c.docId.optional(), what: text(300) }) },
      responses: { 200: jsonOf(l.figureSeriesAnswer, 'Series (from at most 5000 figures; complete says whether that was all)'), ...readErrors },
    }),
    async (h) => {
      const { doc, what } = h.req.valid('query');
      return h.json(await figureSeriesOf(store, { ...(doc ? { docId: doc } : {}), ...(what ? { what } : {}) }), 200);
    },
  );
}
