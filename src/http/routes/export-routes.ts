import { createReadStream, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { createRoute, z } from '@hono/zod-openapi';
import { exportWacz } from '../../app/export-wacz.ts';
import { secrets } from '../../app/secrets.ts';
import { NotFoundError, UsageError } from '../../domain/errors.ts';
import { requireRole } from '../require-role.ts';
import type { ApiApp, RouteContext } from '../route-context.ts';
import { commonSchemas as c, jsonOf } from '../schemas/common-schemas.ts';
import { jobSchemas as j, type JobJson } from '../schemas/job-schemas.ts';

/**
 * WACZ exports of a selection of originals: POST makes the file in a job (each original
 * recorded in the custody log as exported by the user), GET downloads it once the job
 * succeeded. Files live in the server's export folder until the job is forgotten or the
 * server stops.
 */
export function exportRoutes(app: ApiApp, ctx: RouteContext): void {
  const analyst = [requireRole('analyst')];
  // job id → file: per app, never shown to clients (server paths are not their business)
  const files = new Map<string, string>();

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/exports',
      tags: ['jobs'],
      summary: 'Pack archived originals with their custody into a WACZ (a job; then download it)',
      middleware: analyst,
      request: { body: { content: { 'application/json': { schema: j.exportSelection } }, required: true } },
      responses: { 202: jsonOf(j.job, 'Queued: when it succeeded, result.download is the file'), ...c.errors },
    }),
    async (h) => {
      const archive = ctx.deps.archive;
      if (!archive) throw new UsageError('this store keeps no archive to export from');
      const auth = ctx.authOf(h);
      const selection = h.req.valid('json');
      const file = join(ctx.exportDir, `export-${secrets.id()}.wacz`);
      const job = ctx.jobs.start(
        'export',
        auth.user.name,
        async () => {
          const r = await exportWacz(archive, ctx.deps.store, file, selection, auth.user.name, 'claimtrail');
          files.set(job.id, file);
          return { download: `/api/exports/${job.id}`, sha256: r.sha256, bytes: r.bytes, originals: r.originals };
        },
        () => {
          files.delete(job.id);
          rmSync(file, { force: true });
        },
      );
      await ctx.audit(auth, 'export', job.id, selection);
      return h.json(job as JobJson, 202);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/exports/{id}',
      tags: ['jobs'],
      summary: 'Download the WACZ an export job made',
      middleware: analyst,
      request: { params: z.object({ id: z.string().min(1).max(64) }) },
      responses: { 200: { description: 'The WACZ file', content: { 'application/wacz': { schema: z.string().openapi({ format: 'binary' }) } } }, ...c.errors, ...c.notFound },
    }),
    (h) => {
      const id = h.req.valid('param').id;
      const file = files.get(id);
      if (!file) throw new NotFoundError('no finished export with that id');
      h.header('Content-Type', 'application/wacz');
      h.header('Content-Disposition', `attachment; filename="claimtrail-${id}.wacz"`);
      h.header('Content-Length', String(statSync(file).size));
      h.header('Cache-Control', 'no-store');
      return h.body(Readable.toWeb(createReadStream(file)) as ReadableStream, 200);
    },
  );
}
