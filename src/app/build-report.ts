import type { Stance } from '../domain/stance.ts';
import { figureSeries, type FigureSeries } from '../link/figures/figure-series.ts';
import type { AttributionRow, EntitySummary, Store, StoredClaim } from '../store/store.ts';
import { allPages } from './all-pages.ts';

export interface SpeakerReport {
  readonly speaker: string;
  readonly entityId?: string;
  readonly stances: Readonly<Partial<Record<Stance, number>>>;
  readonly statements: readonly AttributionRow[];
}

export interface Report {
  readonly documents: number;
  /** Claims across outlets with who supports and who opposes them, most positions first. */
  readonly claims: readonly StoredClaim[];
  readonly speakers: readonly SpeakerReport[];
  readonly entities: readonly EntitySummary[];
  readonly figures: readonly FigureSeries[];
}

/**
 * The ledger as a reader wants it: claims with their supporters and opponents; per speaker,
 * what they said, where and with what stance (most quoted first); entities; per counted
 * quantity, its values over time with their sources, conflicts side by side.
 */
export async function buildReport(store: Store): Promise<Report> {
  const stats = await store.stats();
  const rows = await allPages((p) => store.attributions(p));
  const bySpeaker = new Map<string, AttributionRow[]>();
  for (const r of rows) {
    if (!r.speaker) continue;
    bySpeaker.set(r.speaker, [...(bySpeaker.get(r.speaker) ?? []), r]);
  }
  const speakers = [...bySpeaker].map(([speaker, statements]): SpeakerReport => {
    const stances: Partial<Record<Stance, number>> = {};
    for (const s of statements) stances[s.stance] = (stances[s.stance] ?? 0) + 1;
    const entityId = statements.find((s) => s.entityId)?.entityId;
    return { speaker, stances, statements, ...(entityId ? { entityId } : {}) };
  });
  speakers.sort((a, b) => b.statements.length - a.statements.length || a.speaker.localeCompare(b.speaker));
  const figs = await allPages((p) => store.figures(p));
  const figures = figureSeries(figs.map((f) => ({ ...f, doc: f.docName })));
  const claims = await allPages((p) => store.claims(p));
  const entities = await allPages((p) => store.entities(p));
  return { documents: stats.documents, claims, speakers, entities, figures };
}
