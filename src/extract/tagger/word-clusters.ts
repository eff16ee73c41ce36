/**
 * Word clusters (models/word-clusters.tsv, made by scripts/train-clusters.ts): each frequent
 * word's fine and coarse cluster, packed as fine * 256 + coarse + 1 (0 = unknown word).
 */
export type WordClusters = ReadonlyMap<string, number>;

export function parseWordClusters(tsv: string): WordClusters {
  const out = new Map<string, number>();
  for (const line of tsv.split('\n')) {
    const [w, fine, coarse] = line.split('\t');
    if (!w || fine === undefined || coarse === undefined) continue;
    out.set(w, Number(fine) * 256 + Number(coarse) + 1);
  }
  return out;
}
