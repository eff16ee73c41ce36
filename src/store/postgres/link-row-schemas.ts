import { linkRowSchemasFor } from '../link-row-schemas-for.ts';
import { postgresRowDialect } from './postgres-row-dialect.ts';

/** The PostgreSQL store's link row schemas (../link-row-schemas-for.ts). */
export const linkRowSchemas = linkRowSchemasFor(postgresRowDialect);
