import type { TextStance } from '../../domain/stance.ts';
import type { CorpusPair } from './fnc1-pairs.ts';
import { parseCsv } from './parse-csv.ts';

const LABELS: Readonly<Record<string, TextStance>> = {
  for: 'agree',
  against: 'disagree',
  observing: 'discuss',
};

/**
 * The pairs of an Emergent CSV (id, claimHeadline, articleHeadline, articleHeadlineStance,
 * claimId): the claim against an article's headline, for / against / observing mapped to
 * agree / disagree / discuss as ../shared/eval/emergent-to-jsonl.mjs maps them; rows with
 * another stance are skipped as that converter skips them. Grouped by claim id.
 */
export function emergentPairs(csv: string): CorpusPair[] {
  const [head = [], ...rows] = parseCsv(csv);
  const col = (name: string): number => {
    const i = head.indexOf(name);
    if (i < 0) throw new Error(`emergent: no '${name}' column`);
    return i;
  };
  const [id, claim, text, stance, claimId] = [
    'id',
    'claimHeadline',
    'articleHeadline',
    'articleHeadlineStance',
    'claimId',
  ].map(col) as [number, number, number, number, number];
  const out: CorpusPair[] = [];
  for (const r of rows) {
    const label = LABELS[(r[stance] ?? '').trim().toLowerCase()];
    if (!label) continue;
    out.push({
      id: (r[id] ?? '').trim(),
      claim: r[claim] ?? '',
      text: r[text] ?? '',
      stance: label,
      group: r[claimId] ?? '',
    });
  }
  return out;
}
