import type { Stance } from '../../domain/stance.ts';

/**
 * How a reporting verb takes what was said:
 * - `clause`: a that-clause or a quotation ("insisted no such purge was taking place"),
 * - `object`: a noun phrase, often a claim ("denied allegations that ...", "confirmed the report"),
 * - `both`: either.
 */
export type CueFrame = 'clause' | 'object' | 'both';

export interface CueEntry {
  /** The stance the verb itself carries; content can override (stance stage). */
  readonly stance: Stance;
  readonly frame: CueFrame;
  /** Verbs that are cues only with a that-clause or a quotation, never alone ("believe", "think"). */
  readonly needsClause?: boolean;
}

const E = (stance: Stance, frame: CueFrame, needsClause = false): CueEntry => ({ stance, frame, ...(needsClause ? { needsClause } : {}) });

/** Reporting verbs by lemma. Verbs of speech, writing, and of stating a position. */
export const CUE_VERBS: Readonly<Record<string, CueEntry>> = {
  say: E('asserts', 'clause'), tell: E('asserts', 'clause'), add: E('asserts', 'clause', true),
  state: E('asserts', 'both'), declare: E('asserts', 'clause'), announce: E('asserts', 'both'),
  explain: E('asserts', 'clause'), note: E('asserts', 'clause'), write: E('asserts', 'clause'),
  tweet: E('asserts', 'clause'), post: E('asserts', 'clause', true), insist: E('asserts', 'clause'),
  maintain: E('asserts', 'clause', true), argue: E('asserts', 'clause'), claim: E('asserts', 'both'),
  assert: E('asserts', 'clause'), stress: E('asserts', 'clause', true), emphasize: E('asserts', 'clause', true),
  emphasise: E('asserts', 'clause', true), suggest: E('asserts', 'clause'), warn: E('asserts', 'clause'),
  predict: E('asserts', 'both'), promise: E('asserts', 'clause'), pledge: E('asserts', 'clause'),
  vow: E('asserts', 'clause'), reply: E('asserts', 'clause'), respond: E('asserts', 'clause', true),
  answer: E('asserts', 'clause', true), recall: E('asserts', 'clause'), remark: E('asserts', 'clause'),
  comment: E('asserts', 'clause', true), observe: E('asserts', 'clause', true), report: E('asserts', 'both'),
  reveal: E('asserts', 'both'), disclose: E('asserts', 'both'), inform: E('asserts', 'clause', true),
  testify: E('asserts', 'clause'), mention: E('asserts', 'clause', true), allege: E('asserts', 'clause'),
  contend: E('asserts', 'clause'), estimate: E('asserts', 'clause', true), conclude: E('asserts', 'clause'),
  continue: E('asserts', 'clause', true), quip: E('asserts', 'clause'), joke: E('asserts', 'clause'),
  boast: E('asserts', 'clause'), brag: E('asserts', 'clause'), caution: E('asserts', 'clause'),
  counter: E('disputes', 'clause'), retort: E('disputes', 'clause'), shout: E('asserts', 'clause', true),
  exclaim: E('asserts', 'clause'), whisper: E('asserts', 'clause', true), ask: E('asserts', 'clause', true),
  wonder: E('asserts', 'clause', true), assure: E('asserts', 'clause'), reassure: E('asserts', 'clause', true),
  swear: E('asserts', 'clause', true), affirm: E('confirms', 'both'), reiterate: E('asserts', 'both'),
  repeat: E('asserts', 'clause', true), describe: E('asserts', 'object', true), indicate: E('asserts', 'clause', true),
  signal: E('asserts', 'clause', true), forecast: E('asserts', 'clause', true),
  find: E('asserts', 'clause', true), show: E('asserts', 'clause', true), believe: E('asserts', 'clause', true),
  think: E('asserts', 'clause', true), fear: E('asserts', 'clause', true), hope: E('asserts', 'clause', true),
  acknowledge: E('confirms', 'both'), admit: E('confirms', 'both'), concede: E('confirms', 'both'),
  confirm: E('confirms', 'both'), verify: E('confirms', 'both'), corroborate: E('confirms', 'both'),
  agree: E('confirms', 'clause', true), deny: E('denies', 'both'), reject: E('denies', 'object'),
  dismiss: E('denies', 'object'), refute: E('denies', 'object'), rebut: E('denies', 'object'),
  dispute: E('disputes', 'both'), question: E('disputes', 'object'), challenge: E('disputes', 'object'),
  contest: E('disputes', 'object'), complain: E('disputes', 'clause'), criticize: E('disputes', 'object'),
  criticise: E('disputes', 'object'), condemn: E('disputes', 'object'), decry: E('disputes', 'object'),
  lament: E('disputes', 'clause'), protest: E('disputes', 'clause', true), object: E('disputes', 'clause', true),
  blame: E('disputes', 'object'), charge: E('asserts', 'clause', true), urge: E('asserts', 'clause', true),
  demand: E('asserts', 'clause', true), confide: E('asserts', 'clause'), specify: E('asserts', 'clause', true),
  clarify: E('asserts', 'clause', true), proclaim: E('asserts', 'clause'), concur: E('confirms', 'clause', true),
};

/**
 * Multi-word cues as token patterns: `*` stands for one to four tokens of an object
 * ("accusing them of"), a lemma in braces for any of its forms.
 */
export const CUE_PHRASES: readonly { readonly pattern: readonly string[]; readonly lemma: string; readonly entry: CueEntry }[] = [
  // "according to the Chechen president"
  { pattern: ['according', 'to'], lemma: 'according to', entry: E('reports', 'clause') },
  // "went on to state that ..." / "goes on to say"
  { pattern: ['{go}', 'on', 'to', '{say|state|claim|insist|argue|declare|suggest|write|add|explain|describe|deny|accuse}'], lemma: 'go on to say', entry: E('asserts', 'clause') },
  // "accusing them of “not understanding where the truth is”"
  { pattern: ['{accuse}', '*', 'of'], lemma: 'accuse', entry: E('disputes', 'clause') },
  // "is lashing out at allegations ..."
  { pattern: ['{lash}', 'out', 'at'], lemma: 'lash out at', entry: E('disputes', 'object') },
  // "pointed out that ..."
  { pattern: ['{point}', 'out'], lemma: 'point out', entry: E('asserts', 'clause') },
  // "spoke out against ..."
  { pattern: ['{speak}', 'out', 'against'], lemma: 'speak out against', entry: E('disputes', 'object') },
  // "hit back at critics"
  { pattern: ['{hit}', 'back', 'at'], lemma: 'hit back at', entry: E('disputes', 'object') },
  // "called for an inquiry" / "called on the government to ..."
  { pattern: ['{call}', 'for'], lemma: 'call for', entry: E('asserts', 'object') },
  { pattern: ['{call}', 'on'], lemma: 'call on', entry: E('asserts', 'object') },
];
