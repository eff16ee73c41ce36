/**
 * Measures the figures stage's number reader (src/extract/figures/find-quantities.ts) on the
 * Microsoft Recognizers-Text English specs: Number, NumberRange, Percentage, Currency.
 *
 *   npx node scripts/eval-numbers.ts ../shared/data/recognizers-text-specs-en [--failures]
 *
 * A case counts as right when the set of (start, end, value) found equals the expected set
 * exactly. Cases outside what a news figure needs are counted apart (see `outOfScope`):
 * powers ("1.1^23"), ratios ("one over three", "2 in 5"), ordinal denominators other than
 * half/third/quarter ("five eighths"), Indian and continental digit grouping ("12,34,567",
 * "1.111,11"), two-sided comparisons ("more than 10 and less than 20"), unit names without
 * a number ("dollar"), and "MUSD"-style codes.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findQuantities } from '../src/extract/figures/find-quantities.ts';
import type { Quantity } from '../src/extract/figures/quantity.ts';

interface SpecResult {
  readonly Text: string;
  readonly Start?: number;
  readonly End?: number;
  readonly TypeName?: string;
  readonly Resolution?: { readonly value?: string | null; readonly subtype?: string; readonly isoCurrency?: string } | null;
}
interface SpecCase {
  readonly Input: string;
  readonly Results: readonly SpecResult[];
}
type Model = 'number' | 'range' | 'percent' | 'currency';
interface Found {
  readonly start: number;
  readonly end: number;
  readonly value: string;
}

const FILES: readonly (readonly [string, Model])[] = [
  ['Number/English/NumberModel.json', 'number'],
  ['Number/English/NumberRangeModel.json', 'range'],
  ['Number/English/PercentModel.json', 'percent'],
  ['NumberWithUnit/English/CurrencyModel.json', 'currency'],
];

const round = (v: number): string => String(Number(v.toPrecision(12)));

/** What the reader finds in one input, in the shape the given spec file expects. */
function predict(input: string, model: Model): Found[] {
  const qs = findQuantities(input);
  const out: Found[] = [];
  const add = (q: { start: number; end: number }, value: string): void => {
    out.push({ start: q.start, end: q.end, value });
  };
  for (const q of qs) {
    if (model === 'number') for (const n of q.numerals) add(n, round(n.value));
    else if (model === 'percent' && q.kind === 'percent' && q.valueMax === undefined) add(q.amount, round(q.value) + '%');
    else if (model === 'currency' && q.kind === 'currency' && q.valueMax === undefined) add(q.amount, round(q.value));
    else if (model === 'range' && (q.valueMax !== undefined || q.bound)) add(q, interval(q));
  }
  return out;
}

/** "[20,30)" for a range, "(30,)" for "more than 30": the specs' notation. */
function interval(q: Quantity): string {
  const v = round(q.value);
  if (q.valueMax !== undefined) return `[${v},${round(q.valueMax)})`;
  switch (q.bound) {
    case 'gt': return `(${v},)`;
    case 'ge': return `[${v},)`;
    case 'lt': return `(,${v})`;
    case 'le': return `(,${v}]`;
    default: return `[${v},${v}]`;
  }
}

function expected(c: SpecCase, model: Model): Found[] {
  return c.Results.map((r) => {
    const start = r.Start ?? c.Input.toLowerCase().indexOf(r.Text.toLowerCase());
    const end = r.End !== undefined ? r.End + 1 : start + r.Text.length;
    const raw = r.Resolution?.value ?? '';
    const value = model === 'range' ? raw : model === 'percent' ? round(Number(raw.replace('%', ''))) + '%' : round(Number(raw));
    return { start, end, value };
  });
}

/** Why a case lies outside what news figures need, or null when it is in scope. */
function outOfScope(c: SpecCase, model: Model): string | null {
  for (const r of c.Results) {
    const t = r.Text.toLowerCase();
    const value = r.Resolution?.value;
    if (value === null || value === undefined || value === 'null') return 'no number';
    if (r.Resolution?.subtype === 'power' || /\^|\de[+-]?\d/.test(t)) return 'power';
    if (/\b(over|out of|in)\b/.test(t) && model !== 'range') return 'ratio';
    if (r.Resolution?.subtype === 'fraction' && /[a-z]/.test(t) && !/\b(half|halves|thirds?|quarters?)\b/.test(t)) return 'ordinal fraction';
    if (/\d,\d{1,2}(?!\d)|\d\.\d{3},\d/.test(t) || /\d{1,2},\d{2},\d{3}/.test(t)) return 'digit grouping';
    if (model === 'range' && (/\b(and|but)\b.*\b(than|most|least|below|above)\b|, (lower|higher)|\b(tenth|fifteenth|quarter|half|1\/2)\b|\bin \d/.test(t) || c.Results.length > 1 && /\bequal/.test(c.Input))) return 'compound bound';
    if (model === 'currency' && (/\bm(usd|eur|gbp|aud)\b|^(maud|dollar )|\bsen\b|kuai|usd million|usd \d+$|\d+ usd \d/.test(t))) return 'unit form';
  }
  return null;
}

const key = (f: Found): string => `${f.start}:${f.end}:${f.value}`;

function main(argv: readonly string[]): number {
  const root = argv.find((a) => !a.startsWith('--'));
  const failures = argv.includes('--failures');
  if (!root) {
    console.error('usage: node scripts/eval-numbers.ts <path to recognizers-text-specs-en> [--failures]');
    return 2;
  }
  const specs = existsSync(join(root, 'Specs')) ? join(root, 'Specs') : root;
  if (!existsSync(join(specs, 'Number'))) {
    console.error(`eval-numbers: no Recognizers-Text specs at ${root} (expected ${join(root, 'Specs', 'Number')}); nothing measured.`);
    return 2;
  }
  console.log('file                        in scope  cases right   results P / R      all cases   out of scope');
  for (const [file, model] of FILES) {
    const path = join(specs, file);
    if (!existsSync(path)) {
      console.log(`${file}: absent`);
      continue;
    }
    const cases = JSON.parse(readFileSync(path, 'utf8').replace(/^\uFEFF/, '')) as SpecCase[];
    let inScope = 0, right = 0, tp = 0, predicted = 0, gold = 0, outOf = 0, outRight = 0;
    const reasons = new Map<string, number>();
    for (const c of cases) {
      const want = expected(c, model);
      const got = predict(c.Input, model);
      const wantKeys = new Set(want.map(key));
      const gotKeys = new Set(got.map(key));
      const ok = wantKeys.size === gotKeys.size && [...wantKeys].every((k) => gotKeys.has(k));
      const reason = outOfScope(c, model);
      if (reason) {
        outOf++;
        if (ok) outRight++;
        reasons.set(reason, (reasons.get(reason) ?? 0) + 1);
        continue;
      }
      inScope++;
      if (ok) right++;
      else if (failures) console.log(`  MISS ${JSON.stringify(c.Input)}\n    want ${[...wantKeys].join(' ')}\n    got  ${[...gotKeys].join(' ')}`);
      gold += wantKeys.size;
      predicted += gotKeys.size;
      for (const k of gotKeys) if (wantKeys.has(k)) tp++;
    }
    const pct = (a: number, b: number): string => (b === 0 ? '  -  ' : ((100 * a) / b).toFixed(1).padStart(5) + '%');
    const why = [...reasons].map(([r, n]) => `${r} ${n}`).join(', ');
    const name = (file.split('/').pop() ?? file).padEnd(28);
    console.log(
      `${name}${String(inScope).padStart(5)}  ${String(right).padStart(5)} ${pct(right, inScope)}   ${pct(tp, predicted)} / ${pct(tp, gold)}   ${pct(right + outRight, cases.length)}      ${outOf} (${outRight} right anyway${why ? '; ' + why : ''})`,
    );
  }
  return 0;
}

process.exitCode = main(process.argv.slice(2));
