import { rowSchemasFor } from '../row-schemas-for.ts';
import { postgresRowDialect } from './postgres-row-dialect.ts';

/**
 * The PostgreSQL store's row schemas (../row-schemas-for.ts). Parts of a document come back
 * as JSON arrays of row objects (read-stored-document.ts), which the same schemas read.
 */
export const rowSchemas = rowSchemasFor(postgresRowDialect);
