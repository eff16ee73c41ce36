import { rowSchemasFor } from '../row-schemas-for.ts';
import { sqliteRowDialect } from './sqlite-row-dialect.ts';

/** The SQLite store's row schemas (../row-schemas-for.ts). */
export const rowSchemas = rowSchemasFor(sqliteRowDialect);
