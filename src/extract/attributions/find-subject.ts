import type { Sentence, Token } from '../../domain/token.ts';
import { isTimeWord } from './adjunct.ts';
import type { AttributionContext } from './attribution-context.ts';
import { npEndingAt, type NounPhrase } from './noun-phrase.ts';

const SKIP_TO_SUBJECT = new Set(['both', 'all', 'each', 'also', 'then', 'now', 'later', 'however', 'again']);
const RELATIVE = /^(who|which|that)$/;
const DASHES = new Set(['–', '—', '--']);

/** The subject found before a cue: its noun phrase, and where the subject's material begins. */
export interface Subject {
  readonly np: NounPhrase;
  /** The source as the annotators mark it: the phrase with an apposition and its commas. */
  readonly source: { readonly start: number; readonly end: number };
  readonly first: number;
}

/**
 * The subject of a cue, looking left past what may stand between them:
 * - adverbs, auxiliaries, floating quantifiers and time phrases: "Ramzan then went on to
 *   state", "The Kremlin and Chechen government have both repeatedly denied", "Mayor
 *   Petra Voss on Tuesday denied";
 * - a dash parenthetical: "Russian newspaper Novaya Gazetta – who initially reported ... – has now said";
 * - an apposition or a relative clause between commas, kept in the source as PolNeAR's
 *   annotators keep it: "Petra Voss, the mayor of Brannock, said", "Chris Cox, who runs the arm, said";
 * - a participle: "Chechnya’s president, Ramzan Kadyrov, having publicly declared".
 * A relative pronoun right before the cue is itself the source: "the Human Rights Watch, who added".
 */
export function findSubject(ctx: AttributionContext, s: Sentence, first: number): Subject | undefined {
  const { tokens } = ctx;
  let k = first - 1;
  // a preposition is skipped only before a time word: "on Tuesday", "last week"
  const skippable = (t: Token, next: Token | undefined): boolean =>
    t.pos === 'ADV' || t.pos === 'AUX' || SKIP_TO_SUBJECT.has(t.lower) || isTimeWord(t) || (t.pos === 'ADP' && next !== undefined && isTimeWord(next));
  while (k >= s.tokenStart && skippable(tokens[k] as Token, tokens[k + 1])) k--;
  let kt = tokens[k];
  if (kt && kt.lower === 'having') kt = tokens[--k];
  if (!kt || k < s.tokenStart) return undefined;
  if (RELATIVE.test(kt.lower) && kt.pos === 'PRON') {
    const np = { start: kt.start, end: kt.end, first: k, last: k };
    return { np, source: np, first: k };
  }
  if (DASHES.has(kt.text)) {
    let j = k - 1;
    while (j > s.tokenStart && (tokens[j] as Token).text !== kt.text) j--;
    const np = j > s.tokenStart ? npEndingAt(tokens, j - 1, s.tokenStart, ctx.mentions) : undefined;
    return np ? { np, source: np, first: np.first } : undefined;
  }
  if (kt.text === ',') {
    // ", having publicly declared": the apposed name right before the comma
    if (tokens[k + 1]?.lower === 'having') {
      const np = npEndingAt(tokens, k - 1, s.tokenStart, ctx.mentions);
      return np ? { np, source: np, first: np.first } : undefined;
    }
    // ", the mayor of Brannock," / ", who has led the town since 2019,"
    for (let j = k - 1; j > s.tokenStart && k - j <= 30; j--) {
      const t = tokens[j] as Token;
      if (t.text !== ',') continue;
      const inner = tokens[j + 1] as Token;
      const relative = /^(who|which|whose)$/.test(inner.lower);
      const apposition = !relative && isNounPhraseRun(tokens, j + 1, k);
      if (!relative && !apposition) return undefined;
      const np = npEndingAt(tokens, j - 1, s.tokenStart, ctx.mentions);
      if (!np) return undefined;
      return { np, source: { start: np.start, end: kt.end }, first: np.first };
    }
    return undefined;
  }
  const np = npEndingAt(tokens, k, s.tokenStart, ctx.mentions);
  return np ? { np, source: np, first: np.first } : undefined;
}

/** Tokens [a, b) form a noun phrase with its modifiers, no finite verb: "the mayor of Brannock". */
function isNounPhraseRun(tokens: readonly Token[], a: number, b: number): boolean {
  if (b <= a) return false;
  let noun = false;
  for (let i = a; i < b; i++) {
    const t = tokens[i] as Token;
    if (t.pos === 'NOUN' || t.pos === 'PROPN') noun = true;
    else if (!/^(DET|ADJ|NUM|ADP|CCONJ|PART|PUNCT|PRON)$/.test(t.pos) || t.text === ',') return false;
  }
  return noun;
}
