import { sentenceStarts } from './sentence-starts.ts';

/** A notice that the article comes from elsewhere: where it sits in a line and whom it names. */
export interface SyndicationNotice {
  readonly start: number;
  readonly end: number;
  /** The outlet named ("Example Times"), when the notice names one. */
  readonly source?: string;
}

const KIND = String.raw`(?:article|story|piece|post|report|column|op-ed|essay|interview|commentary|blog post|content|analysis|feature)`;
const VERB = String.raw`(?:published|appeared|posted|ran|republished|reprinted|syndicated|produced)`;
/** The notice's opening words, tried at each sentence start. */
const NOTICE = new RegExp(
  String.raw`^(?:(?:This|The above) ${KIND}(?: was| is| has been)?(?: originally| first)? ${VERB}|A version of this ${KIND}(?: was)?(?: originally| first)? ${VERB}|(?:Originally|First) ${VERB}|(?:Republished|Reprinted|Reproduced|Published) with (?:kind )?permission|(?:Republished|Reprinted|Reproduced) from)` +
    String.raw`(?: (?:on|in|at|by|from|of|with permission (?:from|of)))? ?`,
  'u',
);
/** The words such a sentence starts with: a quick test before `NOTICE`. */
const OPENERS = [
  'This ',
  'The above ',
  'A version ',
  'Originally ',
  'First ',
  'Republished ',
  'Reprinted ',
  'Reproduced ',
  'Published ',
];
/** Where the outlet's name stops: the end of the sentence, or what the notice says next. */
const SOURCE_END =
  /[.!?](?=["”’]?(?:\s|$))|\s(?:under|with|as|and|at|in|by|for|on (?:\p{Lu}\p{Ll}+ \d|\d))\b|\s[-–—]\s|[,;:(]|$/u;
const SENTENCE_END = /[.!?](?=["”’]?(?:\s|$))/u;
const SOURCE = /^(?:\p{Lu}|\p{N})/u;
/** Not an outlet: a date ("January 25, 2016", "Monday", "2016"). */
const DATE =
  /^(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?(?:\s\d|$)|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|\d{1,2}(?:st|nd|rd|th)?(?:\s\p{Lu}\p{Ll}+)?$|(?:19|20)\d{2}$)/u;

/**
 * Finds a syndication notice in one line: "This article was originally published on
 * Example Times. Read the original article." (the first sentence; `source` "Example
 * Times"), "This story first appeared in The Example Review", "Republished with
 * permission from Example Weekly", "This article is republished from The Example under a
 * Creative Commons license". It must begin a sentence: "The story first appeared in a
 * tabloid, which ..." is article text (it does not begin with "This").
 */
export function syndicationNotice(
  line: string,
  starts: readonly number[] = sentenceStarts(line),
): SyndicationNotice | undefined {
  for (const at of starts) {
    if (!OPENERS.some((w) => line.startsWith(w, at))) continue;
    const m = NOTICE.exec(at ? line.slice(at) : line);
    if (!m) continue;
    const rest = line.slice(at + m[0].length);
    const stop = SOURCE_END.exec(rest);
    const sentenceEnd = SENTENCE_END.exec(rest);
    const end = at + m[0].length + (sentenceEnd ? sentenceEnd.index + 1 : rest.length);
    let name = rest.slice(0, stop ? stop.index : rest.length).trim();
    if (/^the\s/u.test(name)) name = name.slice(4);
    const source = SOURCE.test(name) && !DATE.test(name) && name.split(/\s+/u).length <= 8 ? name : undefined;
    return { start: at, end, ...(source ? { source } : {}) };
  }
  return undefined;
}
