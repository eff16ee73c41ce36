import type { Diagnostic } from '../domain/diagnostic.ts';
import type { RawDocument } from '../domain/raw-document.ts';

/** What a source yields: an original, or a problem with one that the run reports and moves past. */
export type SourceItem = { readonly ok: true; readonly raw: RawDocument } | { readonly ok: false; readonly problem: Diagnostic };
