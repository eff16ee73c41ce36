import { createRoute, z } from '@hono/zod-openapi';
import { searchLedger } from '../../app/search-ledger.ts';
import { requireRole } from '../require-role.ts';
import type { ApiApp, RouteContext } from '../route-context.ts';
import { commonSchemas as c, jsonOf } from '../schemas/common-schemas.ts';
import { ledgerSchemas as l } from '../schemas/ledger-schemas.ts';

const text = (max: number) => z.string().min(1).max(max).optional();

/**
 * Full-text search. `q` is plain words, never a query language: quotes, operators
 * (AND, OR, NOT, NEAR), column filters and wildcards are read as words or dropped by the
 * store (src/store/search-terms.ts), so no input can make a malformed index query.
 */
export function searchRoutes(app: ApiApp, ctx: RouteContext): void {
  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/search',
      tags: ['search'],
      summary: 'Search article text and statements; every word must occur',
      middleware: [requireRole('viewer')],
      request: {
        query: z.object({
          q: z.string().min(1).max(1000).openapi({ description: 'Words to find (plain text).' }),
          limit: c.limit,
          cursor: c.cursor,
          entity: text(200).openapi({ description: 'Only statements by this entity.' }),
          speaker: text(300),
          outlet: text(300),
          from: c.isoDate,
          to: c.isoDate,
          stance: c.stance.optional(),
          kind: c.attributionKind.optional(),
        }),
      },
      responses: { 200: jsonOf(l.searchPage, 'A page of hits, newest documents first'), ...c.errors, ...c.notModified, ...c.notFound },
    }),
    async (h) => {
      const { q, entity, outlet, ...rest } = h.req.valid('query');
      return h.json(await searchLedger(ctx.deps.store, { ...rest, text: q, ...(entity ? { entityId: entity } : {}), ...(outlet ? { publisher: outlet } : {}) }), 200);
    },
  );
}
