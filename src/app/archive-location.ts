/**
 * Where the archive of originals for a store lives: beside it, `<store file>.archive/`
 * (claimtrail.db → claimtrail.db.archive/), so that copying or moving the two together
 * keeps the evidence with what was derived from it. An in-memory store has none.
 */
export function archiveLocation(storeLocation: string): string | undefined {
  if (/^postgres(ql)?:\/\//.test(storeLocation)) return undefined;
  const path = storeLocation.replace(/^sqlite:/, '');
  if (path === ':memory:' || path === '') return undefined;
  return `${path}.archive`;
}
