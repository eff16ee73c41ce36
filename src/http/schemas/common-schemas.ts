import { z } from '@hono/zod-openapi';

/**
 * Schemas shared by every route: the one error body, pagination, spans and the domain's
 * enumerations. Registered with names, so /openapi.json refers to them by name.
 */
const errorBody = z
  .object({
    error: z.object({
      code: z.enum(['bad_request', 'unauthorized', 'forbidden', 'not_found', 'conflict', 'payload_too_large', 'rate_limited', 'unprocessable', 'integrity', 'internal']),
      message: z.string(),
      details: z.unknown().optional(),
    }),
  })
  .openapi('Error');

const limit = z.coerce
  .number()
  .int()
  .min(1)
  .max(1000)
  .optional()
  .openapi({ description: 'Items per page, 1 to 1000 (default 50).', example: 50 });
const cursor = z
  .string()
  .max(4096)
  .optional()
  .openapi({ description: 'The `next` of the previous page, unchanged. A page may hold fewer items than `limit` while `next` is present: go on until it is absent.' });

/** An ISO date or a prefix of one: 2030, 2030-03, 2030-03-05 (checked by the store). */
const isoDate = z.string().max(40).optional().openapi({ description: 'ISO date, inclusive, by prefix: 2030, 2030-03 or 2030-03-05.', example: '2030-03' });

export const commonSchemas = {
  errorBody,
  pageQuery: z.object({ limit, cursor }),
  limit,
  cursor,
  isoDate,
  span: z.object({ start: z.int().nonnegative(), end: z.int().nonnegative() }).openapi('Span', { description: 'UTF-16 indices into the document text, end exclusive.' }),
  stance: z.enum(['asserts', 'denies', 'confirms', 'disputes', 'reports']).openapi('Stance'),
  position: z.enum(['supports', 'opposes', 'neutral']).openapi('Position'),
  attributionKind: z.enum(['direct', 'indirect', 'mixed']).openapi('AttributionKind'),
  entityKind: z.enum(['person', 'organization', 'place', 'other']).openapi('EntityKind'),
  role: z.enum(['viewer', 'analyst', 'admin']).openapi('Role'),
  /** A document id is the SHA-256 of its original. */
  docId: z.string().regex(/^[0-9a-f]{64}$/, 'a document id is 64 lower-case hex digits').openapi({ description: 'SHA-256 of the original bytes.' }),
  /** The errors every authenticated route can answer with. */
  errors: {
    400: { description: 'Malformed request', content: { 'application/json': { schema: errorBody } } },
    401: { description: 'Not signed in', content: { 'application/json': { schema: errorBody } } },
    403: { description: 'Role does not allow it, or a cross-site write', content: { 'application/json': { schema: errorBody } } },
    500: { description: 'Internal error (no details)', content: { 'application/json': { schema: errorBody } } },
  },
  notFound: { 404: { description: 'No such thing', content: { 'application/json': { schema: errorBody } } } },
  notModified: { 304: { description: 'Unchanged since the ETag given in If-None-Match' } },
};

/** A JSON response of `schema` with a description, for route definitions. */
export function jsonOf<T extends z.ZodType>(schema: T, description: string) {
  return { description, content: { 'application/json': { schema } } };
}
