/**
 * The PostgreSQL store's row schemas (../row-schemas-for.ts): booleans are booleans and an
 * entity's aliases a text[]. Parts of a document come back as JSON arrays of row objects
 * (read-stored-document.ts), which the same schemas read.
 */
import { z } from 'zod';
import { rowSchemasFor } from '../row-schemas-for.ts';

export const rowSchemas = rowSchemasFor({ optBool: z.boolean().nullable(), aliases: z.array(z.string()) });
