import { z } from '@hono/zod-openapi';

const job = z
  .object({
    id: z.string(),
    kind: z.enum(['ingest', 'link', 'verify', 'export']),
    status: z.enum(['queued', 'running', 'succeeded', 'failed']),
    createdBy: z.string(),
    createdAt: z.string(),
    startedAt: z.string().optional(),
    finishedAt: z.string().optional(),
    progress: z.record(z.string(), z.union([z.number(), z.string()])),
    result: z.unknown().optional().openapi({ description: 'ingest: counts and problems; link: counts; verify: the report; export: { download, sha256, bytes, originals }' }),
    error: z.object({ code: z.string(), message: z.string() }).optional(),
  })
  .openapi('Job');

export const jobSchemas = {
  job,
  jobList: z.object({ items: z.array(job) }).openapi('JobList'),
  ingestJson: z
    .discriminatedUnion('kind', [
      z.object({ kind: z.literal('url'), url: z.string().url().max(2048), link: z.boolean().optional() }),
      z.object({ kind: z.literal('feed'), url: z.string().url().max(2048), fetchPages: z.boolean().optional(), link: z.boolean().optional() }),
    ])
    .openapi('IngestRequest'),
  exportSelection: z
    .object({
      from: z.string().max(40).optional(),
      to: z.string().max(40).optional(),
      claim: z.string().max(200).optional(),
      docs: z.array(z.string().min(8).max(64)).max(10_000).optional(),
    })
    .openapi('ExportSelection', { description: 'Without claim or docs, every archived original; from/to narrow by capture time.' }),
  merge: z.object({ a: z.string().min(1).max(300), b: z.string().min(1).max(300) }).openapi('EntityMerge'),
  split: z.object({ alias: z.string().min(1).max(300) }).openapi('EntitySplit'),
};

/** A job as the schema types it (JobView's kind is any string to the runner). */
export type JobJson = z.infer<typeof job>;
