/**
 * Moves everything one store holds into another (SQLite to PostgreSQL, or back): every
 * document with its analysis and the time it was first added, in listing order (so that
 * documents equal in date and name keep their order), then the links as links() reads
 * them, then the entity overrides in order, with who made them and when. Then both
 * stores are digested whole (store-digest.ts) and compared: the source as it was read
 * while copying, the target read back afresh. An empty target must come out identical,
 * hash for hash; into a target that held documents already (force), each source
 * document must read back the same (documents already there keep their time of
 * adding), the links must match and every source override must be there.
 */
import { UsageError } from '../domain/errors.ts';
import type { EntityOverride, MovableStore } from '../store/store.ts';
import { canonicalJson, storeDigest } from './store-digest.ts';
import type { StoreDigest } from './store-digest.ts';

export interface MigrateOptions {
  /** Copy into a store that is not empty. */
  readonly force?: boolean;
  readonly onProgress?: (phase: 'copying' | 'verifying', done: number, total: number) => void;
}

/** What a digest shows of a store, for the report. */
export interface DigestSummary {
  readonly stats: StoreDigest['stats'];
  readonly documents: string;
  readonly links: string;
  readonly overrides: number;
  readonly overridesHash: string;
}

export interface MigrateReport {
  readonly documents: { readonly copied: number; readonly added: number; readonly present: number };
  readonly overrides: { readonly added: number; readonly present: number };
  readonly links: Readonly<
    Record<'entities' | 'members' | 'speakers' | 'claims' | 'copies' | 'events', number>
  >;
  readonly targetWasEmpty: boolean;
  readonly source: DigestSummary;
  readonly target: DigestSummary;
  /** What the comparison found different; empty when verified. */
  readonly problems: readonly string[];
  readonly verified: boolean;
  readonly seconds: number;
}

const summaryOf = (d: StoreDigest): DigestSummary => ({
  stats: d.stats,
  documents: d.documents,
  links: d.links,
  overrides: d.overrides.length,
  overridesHash: d.overridesHash,
});

/** The items of `from` that `to` lacks, as canonical JSON, matching each of `to`'s at most once. */
function missing<T>(from: readonly T[], to: readonly T[]): T[] {
  const have = new Map<string, number>();
  for (const item of to) have.set(canonicalJson(item), (have.get(canonicalJson(item)) ?? 0) + 1);
  return from.filter((item) => {
    const n = have.get(canonicalJson(item)) ?? 0;
    if (n > 0) have.set(canonicalJson(item), n - 1);
    return n === 0;
  });
}

/** Differences between the source as copied and the target as it now stands. */
function compare(source: StoreDigest, target: StoreDigest, targetWasEmpty: boolean): string[] {
  const problems: string[] = [];
  const differing: string[] = [];
  for (const [id, want] of source.perDocument) {
    const got = target.perDocument.get(id);
    if (got === undefined) differing.push(`${id} (missing)`);
    else if (got.stored !== want.stored) differing.push(`${id} (its analysis differs)`);
    else if (got.listed !== want.listed) differing.push(`${id} (its summary or links differ)`);
  }
  if (differing.length > 0) {
    problems.push(
      `${differing.length} documents differ: ${differing.slice(0, 5).join(', ')}${differing.length > 5 ? ', …' : ''}`,
    );
  }
  if (target.links !== source.links) problems.push('the links differ');
  const lost = missing(source.overrides, target.overrides).length;
  if (lost > 0) problems.push(`${lost} overrides are missing`);
  if (targetWasEmpty) {
    const s = source.stats;
    const t = target.stats;
    if (canonicalJson(s) !== canonicalJson(t))
      problems.push(`the counts differ: ${canonicalJson(s)} against ${canonicalJson(t)}`);
    if (target.documents !== source.documents)
      problems.push('the documents as a whole differ (order, summaries or extra documents)');
    if (target.overridesHash !== source.overridesHash) problems.push('the overrides differ');
  }
  return problems;
}

export async function migrateStore(
  from: MovableStore,
  to: MovableStore,
  options: MigrateOptions = {},
): Promise<MigrateReport> {
  const t0 = performance.now();
  const [sourceStats, targetStats, targetOverrides, targetEntities] = await Promise.all([
    from.stats(),
    to.stats(),
    to.overrides(),
    to.entities({ limit: 1 }),
  ]);
  const sourceOverrides = await from.overrides();
  if (sourceStats.documents === 0 && sourceOverrides.length === 0) {
    throw new UsageError('migrate: the source store is empty, nothing to move (is its location right?)');
  }
  const targetWasEmpty =
    targetStats.documents === 0 && targetOverrides.length === 0 && targetEntities.items.length === 0;
  if (!targetWasEmpty && !options.force) {
    throw new UsageError(
      `migrate: the target store is not empty (${targetStats.documents} documents, ${targetOverrides.length} overrides); ` +
        'pass --force to copy into it anyway',
    );
  }
  const progress = options.onProgress ?? (() => {});
  const source = storeDigest.builder();
  let copied = 0;
  let added = 0;
  for await (const [summary, stored] of storeDigest.documentsOf(from)) {
    source.add(summary, stored);
    if ((await to.addDocument(stored, { addedAt: summary.addedAt })).added) added++;
    progress('copying', ++copied, sourceStats.documents);
  }
  const links = await from.links();
  await to.replaceLinks(links);
  const newOverrides: EntityOverride[] = missing(sourceOverrides, targetOverrides);
  for (const o of newOverrides) await to.addOverride(o);
  const sourceDigest = source.finish(links, sourceOverrides);
  const targetDigest = await storeDigest.of(to, (done) => progress('verifying', done, copied));
  const problems = compare(sourceDigest, targetDigest, targetWasEmpty);
  return {
    documents: { copied, added, present: copied - added },
    overrides: { added: newOverrides.length, present: sourceOverrides.length - newOverrides.length },
    links: {
      entities: links.entities.length,
      members: links.members.length,
      speakers: links.speakers.length,
      claims: links.claims.length,
      copies: links.copies.length,
      events: links.events.length,
    },
    targetWasEmpty,
    source: summaryOf(sourceDigest),
    target: summaryOf(targetDigest),
    problems,
    verified: problems.length === 0,
    seconds: (performance.now() - t0) / 1000,
  };
}
