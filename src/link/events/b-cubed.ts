/** B-cubed precision, recall and their harmonic mean F1, each in [0, 1]. */
export interface BCubedScore {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

/**
 * B-cubed scores of a clustering against gold classes (Bagga and Baldwin 1998), given as
 * one predicted and one gold label per item. Per item: precision is the share of its
 * cluster that shares its gold class, recall the share of its gold class that shares its
 * cluster; both are averaged over items. Counting through a contingency table makes it
 * linear in the number of items rather than quadratic.
 */
export function bCubed(
  predicted: readonly (string | number)[],
  gold: readonly (string | number)[],
): BCubedScore {
  if (predicted.length !== gold.length)
    throw new RangeError(`bCubed: ${predicted.length} predicted labels for ${gold.length} gold labels`);
  const n = predicted.length;
  if (n === 0) return { precision: 1, recall: 1, f1: 1 };
  const clusterSize = new Map<string | number, number>();
  const classSize = new Map<string | number, number>();
  const both = new Map<string, number>();
  const key = (i: number): string => JSON.stringify([predicted[i], gold[i]]);
  for (let i = 0; i < n; i++) {
    clusterSize.set(predicted[i]!, (clusterSize.get(predicted[i]!) ?? 0) + 1);
    classSize.set(gold[i]!, (classSize.get(gold[i]!) ?? 0) + 1);
    both.set(key(i), (both.get(key(i)) ?? 0) + 1);
  }
  let precision = 0;
  let recall = 0;
  for (let i = 0; i < n; i++) {
    const shared = both.get(key(i))!;
    precision += shared / clusterSize.get(predicted[i]!)!;
    recall += shared / classSize.get(gold[i]!)!;
  }
  precision /= n;
  recall /= n;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}
