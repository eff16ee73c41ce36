/**
 * zod schemas for the domain's string enumerations, for checking rows read back from a
 * database. Each is built from a `Record<Union, true>`, so the compiler insists that the
 * list names every member of the domain type and nothing else: a value added to the
 * domain cannot be forgotten here and then rejected as corrupt on the way back.
 */
import { z } from 'zod';
import type { Attribution, AttributionKind } from '../domain/attribution.ts';
import type { Diagnostic } from '../domain/diagnostic.ts';
import type { EntityKind } from '../domain/entity-kind.ts';
import type { Mention } from '../domain/mention.ts';
import type { Position, Stance } from '../domain/stance.ts';

function oneOf<T extends string>(all: Record<T, true>): z.ZodEnum<{ [K in T]: K }> {
  return z.enum(Object.keys(all) as [T, ...T[]]) as z.ZodEnum<{ [K in T]: K }>;
}

export const domainEnums = {
  stance: oneOf<Stance>({ asserts: true, denies: true, confirms: true, disputes: true, reports: true }),
  attributionKind: oneOf<AttributionKind>({ direct: true, indirect: true, mixed: true }),
  tense: oneOf<NonNullable<Attribution['tense']>>({ past: true, present: true, future: true }),
  entityKind: oneOf<EntityKind>({ person: true, organization: true, place: true, other: true }),
  mentionForm: oneOf<Mention['form']>({ name: true, role: true, pronoun: true }),
  gender: oneOf<NonNullable<Mention['gender']>>({ male: true, female: true, neuter: true }),
  severity: oneOf<Diagnostic['severity']>({ error: true, warning: true }),
  position: oneOf<Position>({ supports: true, opposes: true, neutral: true }),
};
