import type { Document } from '../../domain/document.ts';

/** What event clustering reads of a document: a domain `Document` will do. */
export type EventDocument = Pick<Document, 'id' | 'text' | 'title'>;
