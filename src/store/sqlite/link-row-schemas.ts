import { linkRowSchemasFor } from '../link-row-schemas-for.ts';
import { sqliteRowDialect } from './sqlite-row-dialect.ts';

/** The SQLite store's link row schemas (../link-row-schemas-for.ts). */
export const linkRowSchemas = linkRowSchemasFor(sqliteRowDialect);
