import type { Analysis } from '../domain/analysis.ts';
import type { StoredDocument } from '../store/store.ts';

/** What the store keeps of an analysis: everything but tokens and sentences, which are cheap to recompute. */
export function toStoredDocument(a: Readonly<Analysis>): StoredDocument {
  return {
    document: a.doc,
    boilerplate: a.boilerplate,
    mentions: a.mentions,
    entities: a.entities,
    attributions: a.attributions,
    figures: a.figures,
    dates: a.dates,
    diagnostics: a.diagnostics,
  };
}
