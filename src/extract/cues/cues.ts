import type { Analysis, Cue } from '../../domain/analysis.ts';
import type { Token } from '../../domain/token.ts';
import type { Stage } from '../stage.ts';
import { CUE_PHRASES, CUE_VERBS, type CueEntry } from './cue-lexicon.ts';
import { inflect } from './inflect.ts';

/** Every inflected form of every cue verb → its lemma (built once from the constant lexicon). */
const FORM_TO_LEMMA: ReadonlyMap<string, string> = new Map(
  Object.keys(CUE_VERBS).flatMap((lemma) => inflect(lemma).map((f) => [f, lemma] as const)),
);
const PAST = new Set(Object.keys(CUE_VERBS).flatMap((l) => [inflect(l)[2], inflect(l)[3]]));
const AUX_FUTURE = new Set(['will', 'would', "'ll", 'shall']);
const NEGATORS = new Set(['not', "n't", 'never', 'n’t']);
/** Adverbs kept inside a cue when they sit before the verb: "had previously insisted", "repeatedly denied". */
const CUE_ADVERBS = new Set(['also', 'now', 'later', 'earlier', 'already', 'still', 'again', 'often', 'even', 'first', 'initially', 'further', 'once', 'never', 'not', "n't", 'n’t', 'just', 'recently', 'since', 'separately', 'repeatedly', 'publicly', 'privately', 'previously', 'reportedly', 'allegedly']);

export interface CueMatch {
  readonly cue: Cue;
  readonly entry: CueEntry;
}

/** The lemma of a token if it is a form of a cue verb. */
export function cueLemma(lower: string): string | undefined {
  return FORM_TO_LEMMA.get(lower.replace('’', "'"));
}

/**
 * Attributing words, from the verb lexicon and the multi-word phrases. A verb counts
 * when the tagger calls it a verb, or when its form can only be one ("said", "told");
 * an infinitive ("arrived to speak to Macron") is not a cue. The cue takes in the
 * auxiliaries and adverbs before the verb ("had previously insisted", "has now said").
 */
export function findCues(tokens: readonly Token[], from: number, to: number): CueMatch[] {
  const out: CueMatch[] = [];
  for (let i = from; i < to; i++) {
    const t = tokens[i];
    if (!t) continue;
    const phrase = PHRASE_STARTS.has(t.lower) ? matchPhrase(tokens, i, to) : undefined;
    if (phrase) {
      out.push({ cue: makeCue(tokens, from, i, phrase.end, phrase.lemma), entry: phrase.entry });
      i = phrase.end - 1;
      continue;
    }
    const lemma = cueLemma(t.lower);
    if (!lemma) continue;
    const entry = CUE_VERBS[lemma];
    if (!entry) continue;
    const verbal = t.pos === 'VERB' || (t.pos === 'AUX' && lemma === 'say') || (PAST.has(t.lower) && t.pos !== 'ADJ' && t.pos !== 'NOUN');
    if (!verbal) continue;
    const before = tokens[i - 1];
    // an infinitive is not a cue: "arrived in Versailles to speak to Macron"
    if (before && i > from && before.lower === 'to' && before.pos === 'PART') continue;
    // nor a participle right after a noun: "international organizations decrying the detention"
    if (before && i > from && t.lower.endsWith('ing') && (before.pos === 'NOUN' || before.pos === 'PROPN')) continue;
    out.push({ cue: makeCue(tokens, from, i, i + 1, lemma), entry });
  }
  return out;
}

function makeCue(tokens: readonly Token[], from: number, head: number, end: number, lemma: string): Cue {
  let start = head;
  let negated = false;
  let future = false;
  let pastAux = false;
  // extend left over adverbs and auxiliaries: "had previously insisted", "did not say"
  for (let j = head - 1; j >= from; j--) {
    const t = tokens[j];
    if (!t) break;
    const isAdv = CUE_ADVERBS.has(t.lower) || (t.pos === 'ADV' && t.lower.endsWith('ly'));
    // "has been saying": "been" belongs to the cue after has/have/had
    const perfectBeen = t.lower === 'been' && /^(has|have|had|'s|’s|'ve|’ve)$/.test(tokens[j - 1]?.lower ?? '');
    const isAux = (t.pos === 'AUX' && t.lower !== 'having' && t.lower !== 'being' && !/^(is|are|was|were|be|been|'s|’s)$/.test(t.lower)) || perfectBeen;
    if (!isAdv && !isAux) break;
    if (NEGATORS.has(t.lower)) negated = true;
    if (AUX_FUTURE.has(t.lower)) future = true;
    // "did not say", "had insisted": past
    if (/^(did|had|was|were)$/.test(t.lower)) pastAux = true;
    start = j;
  }
  const headTok = tokens[head];
  const lastTok = tokens[end - 1];
  const tense: Cue['tense'] = future ? 'future' : pastAux ? 'past' : headTok && /(ed|said|told|wrote|went|thought|found|knew|saw|spoke|heard|swore|felt|held)$/.test(headTok.lower) && !/^(need|feed|seed)$/.test(headTok.lower) ? 'past' : 'present';
  return {
    start: tokens[start]?.start ?? 0,
    end: lastTok?.end ?? 0,
    lemma,
    tense,
    negated,
    head,
  };
}

/** The phrase patterns with their lemma alternatives expanded to sets of forms, once. */
const COMPILED = CUE_PHRASES.map((p) => ({
  ...p,
  steps: p.pattern.map((w) => (w.startsWith('{') ? new Set(w.slice(1, -1).split('|').flatMap((l) => inflect(l))) : w)),
}));

/** Every word a phrase can start with: a token that is none of them skips the phrase matcher. */
const PHRASE_STARTS: ReadonlySet<string> = new Set(COMPILED.flatMap((p) => (typeof p.steps[0] === 'string' ? [p.steps[0]] : [...(p.steps[0] ?? [])])));

/** The entry of a cue lemma: a verb's, or a phrase's. */
export function cueEntry(lemma: string): CueEntry | undefined {
  return CUE_VERBS[lemma] ?? CUE_PHRASES.find((p) => p.lemma === lemma)?.entry;
}

function matchPhrase(tokens: readonly Token[], i: number, to: number): { end: number; lemma: string; entry: CueEntry } | undefined {
  for (const p of COMPILED) {
    let j = i;
    let ok = true;
    for (let k = 0; k < p.steps.length && ok; k++) {
      const want = p.steps[k] ?? '';
      if (want === '*') {
        const stop = p.steps[k + 1];
        let n = 1;
        while (n <= 4 && j + n < to && tokens[j + n]?.lower !== stop) n++;
        if (n > 4 || j + n >= to) ok = false;
        else j += n;
        continue;
      }
      const t = tokens[j];
      if (!t || j >= to) {
        ok = false;
        break;
      }
      ok = typeof want === 'string' ? t.lower === want : want.has(t.lower);
      j++;
    }
    if (ok) return { end: j, lemma: p.lemma, entry: p.entry };
  }
  return undefined;
}

/** The cue stage: cues in every sentence outside boilerplate. */
export const cues: Stage = {
  name: 'cues',
  run(input): Analysis {
    const found: Cue[] = [];
    for (const s of input.sentences) {
      if (input.boilerplate.some((b) => b.start <= s.start && s.end <= b.end)) continue;
      for (const m of findCues(input.tokens, s.tokenStart, s.tokenEnd)) found.push(m.cue);
    }
    return { ...input, cues: found };
  },
};
