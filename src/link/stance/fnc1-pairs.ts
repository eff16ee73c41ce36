import type { TextStance } from '../../domain/stance.ts';
import { parseCsv } from './parse-csv.ts';
import { STANCE_LABELS } from './stance-labels.ts';
import type { StancePair } from './train-stance-model.ts';

/** A labelled pair from a corpus, with its id and the group that must not straddle a split. */
export interface CorpusPair extends StancePair {
  readonly id: string;
  /** FNC-1: the body id; Emergent: the claim id. */
  readonly group: string;
}

/**
 * The pairs of the Fake News Challenge CSVs (train_stances.csv: Headline, Body ID, Stance;
 * train_bodies.csv: Body ID, articleBody), ids numbered as ../shared/eval/fnc1-to-jsonl.mjs
 * numbers them (the 0-based data row). Throws when a column, a body or a label is missing.
 */
export function fnc1Pairs(stancesCsv: string, bodiesCsv: string): CorpusPair[] {
  const [bHead = [], ...bRows] = parseCsv(bodiesCsv);
  const [sHead = [], ...sRows] = parseCsv(stancesCsv);
  const col = (head: string[], name: string, file: string): number => {
    const i = head.indexOf(name);
    if (i < 0) throw new Error(`${file}: no '${name}' column`);
    return i;
  };
  const bId = col(bHead, 'Body ID', 'bodies');
  const bText = col(bHead, 'articleBody', 'bodies');
  const bodies = new Map(bRows.map((r) => [(r[bId] ?? '').trim(), r[bText] ?? '']));
  const sHeadline = col(sHead, 'Headline', 'stances');
  const sBody = col(sHead, 'Body ID', 'stances');
  const sStance = col(sHead, 'Stance', 'stances');
  return sRows.map((r, i) => {
    const body = (r[sBody] ?? '').trim();
    const text = bodies.get(body);
    if (text === undefined) throw new Error(`stances row ${i}: body ${body} is not in the bodies file`);
    const stance = (r[sStance] ?? '').trim().toLowerCase() as TextStance;
    if (!STANCE_LABELS.includes(stance)) throw new Error(`stances row ${i}: stance '${r[sStance]}'`);
    return { id: String(i), claim: r[sHeadline] ?? '', text, stance, group: body };
  });
}
