import { createRoute, z } from '@hono/zod-openapi';
import { apiIngest, type IngestRequest } from '../../app/api-ingest.ts';
import { linkStore } from '../../app/link-store.ts';
import { verifyCustody } from '../../app/verify-custody.ts';
import { yieldingStore } from '../../app/yielding-store.ts';
import { NotFoundError, UsageError } from '../../domain/errors.ts';
import type { Auth } from '../api-env.ts';
import { requireRole } from '../require-role.ts';
import type { ApiApp, RouteContext } from '../route-context.ts';
import { commonSchemas as c, jsonOf } from '../schemas/common-schemas.ts';
import { jobSchemas as j, type JobJson } from '../schemas/job-schemas.ts';

const accepted = { 202: jsonOf(j.job, 'Queued: poll GET /api/jobs/{id}') };
const MAX_FILES = 1000;

/**
 * Writes that take time run as background jobs: ingest (uploaded files, a URL, a feed),
 * re-linking, entity merge and split (a correction, then a re-link) and archive
 * verification. Each answers 202 with the job at once; GET /api/jobs/{id} tells its
 * progress and, when done, its result or error. Exports are in export-routes.ts.
 */
export function jobRoutes(app: ApiApp, ctx: RouteContext): void {
  const analyst = [requireRole('analyst')];
  const { store } = ctx.deps;
  const ingestDeps = {
    store,
    ...(ctx.deps.archive ? { archive: ctx.deps.archive } : {}),
    storeLocation: ctx.deps.storeLocation,
    stageContext: ctx.deps.stageContext,
    ...(ctx.deps.allowPrivateUrls ? { allowPrivateUrls: true } : {}),
  };
  const startIngest = async (auth: Auth, request: IngestRequest, link: boolean, detail: unknown) => {
    const job = ctx.jobs.start('ingest', auth.user.name, (run) => apiIngest(ingestDeps, request, auth.user.name, (p) => run.progress({ ...p }), { link, signal: run.signal }));
    await ctx.audit(auth, 'ingest', job.id, detail);
    return job;
  };
  const startLink = (auth: Auth) => ctx.jobs.start('link', auth.user.name, (run) => linkStore(yieldingStore(store), (n) => run.progress({ documents: n })));

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/ingest/files',
      tags: ['jobs'],
      summary: 'Ingest uploaded files (.txt, .html, .rss, .atom, .xml), archived with custody naming you',
      middleware: analyst,
      request: {
        body: {
          required: true,
          content: {
            'multipart/form-data': {
              schema: z.object({
                files: z.any().openapi({ type: 'array', items: { type: 'string', format: 'binary' }, description: 'One or more files, each as a part named files' }),
                link: z.enum(['true', 'false']).optional().openapi({ description: 'Re-link after adding (default true)' }),
              }),
            },
          },
        },
      },
      responses: { ...accepted, ...c.errors, 413: jsonOf(c.errorBody, 'Upload too large') },
    }),
    async (h) => {
      const form = await h.req.parseBody({ all: true });
      const parts = ([] as unknown[]).concat(form['files'] ?? []);
      const files = parts.filter((p): p is File => p instanceof File);
      if (files.length === 0) throw new UsageError('send the files as multipart/form-data parts named "files"');
      if (files.length > MAX_FILES) throw new UsageError(`at most ${MAX_FILES} files per upload`);
      const read = await Promise.all(files.map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })));
      const auth = ctx.authOf(h);
      const job = await startIngest(auth, { kind: 'files', files: read }, form['link'] !== 'false', { files: read.map((f) => ({ name: f.name, bytes: f.bytes.length })) });
      return h.json(job as JobJson, 202);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/ingest',
      tags: ['jobs'],
      summary: "Ingest a page's URL or a feed's URL (fetched by the server; internal addresses refused)",
      middleware: analyst,
      request: { body: { content: { 'application/json': { schema: j.ingestJson } }, required: true } },
      responses: { ...accepted, ...c.errors },
    }),
    async (h) => {
      const body = h.req.valid('json');
      const request: IngestRequest = body.kind === 'url' ? { kind: 'url', url: body.url } : { kind: 'feed', url: body.url, ...(body.fetchPages ? { fetchPages: true } : {}) };
      return h.json((await startIngest(ctx.authOf(h), request, body.link !== false, body)) as JobJson, 202);
    },
  );

  app.openapi(
    createRoute({ method: 'post', path: '/api/link', tags: ['jobs'], summary: 'Re-link the store: copies, events, entities, claims', middleware: analyst, responses: { ...accepted, ...c.errors } }),
    async (h) => {
      const auth = ctx.authOf(h);
      const job = startLink(auth);
      await ctx.audit(auth, 'link', job.id);
      return h.json(job as JobJson, 202);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/entities/merge',
      tags: ['entities'],
      summary: 'Two names are one entity (kept through every re-link); re-links',
      middleware: analyst,
      request: { body: { content: { 'application/json': { schema: j.merge } }, required: true } },
      responses: { ...accepted, ...c.errors },
    }),
    async (h) => {
      const auth = ctx.authOf(h);
      const { a, b } = h.req.valid('json');
      await store.addOverride({ kind: 'merge', a, b, by: auth.user.name, at: new Date().toISOString() });
      const job = startLink(auth);
      await ctx.audit(auth, 'entity.merge', job.id, { a, b });
      return h.json(job as JobJson, 202);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/entities/split',
      tags: ['entities'],
      summary: 'An alias is an entity of its own (kept through every re-link); re-links',
      middleware: analyst,
      request: { body: { content: { 'application/json': { schema: j.split } }, required: true } },
      responses: { ...accepted, ...c.errors },
    }),
    async (h) => {
      const auth = ctx.authOf(h);
      const { alias } = h.req.valid('json');
      await store.addOverride({ kind: 'split', a: alias, by: auth.user.name, at: new Date().toISOString() });
      const job = startLink(auth);
      await ctx.audit(auth, 'entity.split', job.id, { alias });
      return h.json(job as JobJson, 202);
    },
  );

  app.openapi(
    createRoute({ method: 'post', path: '/api/verify', tags: ['jobs'], summary: 'Verify the archive and its custody chain against the store; a clean check is recorded', middleware: analyst, responses: { ...accepted, ...c.errors } }),
    async (h) => {
      const auth = ctx.authOf(h);
      const job = ctx.jobs.start('verify', auth.user.name, async () => {
        const check = await verifyCustody(ctx.deps.storeLocation, auth.user.name);
        // Paths on the server are not the client's business.
        const { dir: _dir, store: s, ...report } = check;
        return { ok: check.problems.length === 0, ...report, ...(s ? { documents: s.documents } : {}) };
      });
      await ctx.audit(auth, 'verify', job.id);
      return h.json(job as JobJson, 202);
    },
  );

  app.openapi(
    createRoute({ method: 'get', path: '/api/jobs', tags: ['jobs'], summary: 'Recent jobs, newest first', middleware: [requireRole('viewer')], responses: { 200: jsonOf(j.jobList, 'Jobs'), ...c.errors } }),
    (h) => {
      h.header('Cache-Control', 'no-store');
      return h.json({ items: ctx.jobs.list() as JobJson[] }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/jobs/{id}',
      tags: ['jobs'],
      summary: "A job's status, progress, and result or error",
      middleware: [requireRole('viewer')],
      request: { params: z.object({ id: z.string().min(1).max(64) }) },
      responses: { 200: jsonOf(j.job, 'The job'), ...c.errors, ...c.notFound },
    }),
    (h) => {
      const job = ctx.jobs.get(h.req.valid('param').id);
      if (!job) throw new NotFoundError('no such job (jobs are forgotten when the server restarts)');
      h.header('Cache-Control', 'no-store');
      return h.json(job as JobJson, 200);
    },
  );
}
