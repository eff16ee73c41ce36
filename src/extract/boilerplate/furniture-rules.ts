import type { Span } from '../../domain/span.ts';
import type { BoilerplateRule } from './boilerplate-rule.ts';
import { lineRule } from './line-rule.ts';
import { wordCount } from './word-count.ts';

/**
 * The labels a news page puts between and around articles. Those that could not start
 * a sentence of article text are also recognised glued to one (see `gluedFurniture`).
 */
const GLUABLE = [
  'latest news',
  'latest stories',
  'latest headlines',
  'related articles',
  'related stories',
  'related content',
  'related coverage',
  'related links',
  'related news',
  'related posts',
  'related topics',
  'related reading',
  'more on this story',
  'more on this',
  'more stories',
  'more from this author',
  'most read',
  'most popular',
  'most viewed',
  'most shared',
  'most commented',
  'top stories',
  'trending now',
  'trending stories',
  'recommended for you',
  'recommended stories',
  "editor['’]s picks",
  "editors['’] picks",
  'you may also like',
  'you might also like',
  'you may be interested in',
  'what to read next',
  'advertisement',
  'continue reading the main story',
  'continue reading below',
  'story continues below',
  'story continued below',
  'article continues below',
  'scroll down for video',
  'scroll to continue with content',
  'skip advertisement',
  'back to top',
  'around the web',
  'from our partners',
  'sponsored content',
  'promoted stories',
  'paid content',
];

/** Labels that are boilerplate only on a line of their own: a sentence may begin with them. */
const ALONE = [
  'latest',
  'related',
  'more',
  'trending',
  'recommended',
  'popular',
  'read more',
  'read next',
  'up next',
  'see also',
  'also see',
  'also read',
  'more news',
  "don['’]t miss",
  'continue reading',
  'advertisement continue reading the main story',
  'ad',
  'ads',
  'sponsored',
  'promoted',
  'comments',
  'show comments',
  'view comments',
  'leave a comment',
  'loading',
  'close',
  'skip ad',
  'report an ad',
  'photo',
  'photos',
  'video',
  'videos',
  'watch',
  'listen',
  'audio',
  'gallery',
  'next',
  'previous',
  'next article',
  'previous article',
  'next story',
  'breaking news',
  'newsletter',
  'topics',
  'tags',
];

/** The trailing marks a label may carry: "Related Articles:", "Most Read »", "Loading...". */
const TRAIL = String.raw`\s?(?::|\.{3}|…|»|>|›|\|)?`;
const FURNITURE_LINE = new RegExp(String.raw`^(?:${[...GLUABLE, ...ALONE].join('|')})${TRAIL}$`, 'iu');
/** "This article is more than 2 years old": an archive warning. */
const AGE_WARNING =
  /^this (?:article|story|content) is (?:more|older) than (?:\d+|one|two|three|four|five|six) (?:years?|months?|days?) old$/iu;

/** A page's placeholder for something it did not render: "[pullquote]", "[image]", "[embed]". */
const PLACEHOLDER =
  /^\[(?:pull ?quote|image|photo|video|embed|ad|advertisement|caption|gallery|related|tweet|instagram|graphic|chart|map)\]$/iu;

/**
 * A section label on a line of its own: "Latest News", "Related Articles", "Most Read",
 * "Advertisement", "Continue reading below", "Story continues below", "Loading...",
 * "This article is more than 2 years old", "[pullquote]".
 */
const furnitureLine = lineRule(
  'furniture',
  (line) => FURNITURE_LINE.test(line.text) || AGE_WARNING.test(line.text) || PLACEHOLDER.test(line.text),
  60,
);

/** Dividers: runs of = - _ * ~ # and the like. */
const SEPARATORS = String.raw`[=\-_*~#•·|+<>]`;

/** "* * *", "=====", "___": a line of dividers only. */
const DIVIDER = new RegExp(String.raw`^(?:${SEPARATORS}|\s)+$`, 'u');
const divider = lineRule('divider', (line) => line.text.length >= 3 && DIVIDER.test(line.text), 400);

/**
 * A cross-link to another story: "Related: Minister quits over expenses", "READ MORE: Ten
 * things we learnt", "WATCH: The moment the bridge fell", "(PHOTOS: Protest in the square)",
 * "More On This...". "UPDATE: The ministry said on Tuesday ..." is article text and is kept,
 * and so is a first line: that is the headline ("WATCH: The moment the bridge fell").
 */
const crossLink = lineRule(
  'cross-link',
  (line) =>
    line.index > 0 &&
    /^[([]?\s?(?:related(?: stories| articles| coverage)?|read more|read next|read also|also read|more|see also|also see|watch|watch live|video|videos|photos|gallery|listen|special coverage|full coverage|recommended|must read|don['’]t miss|trending|click here|more from [\p{L} ]{1,30}|more on [\p{L} ]{1,30})\s?:/iu.test(
      line.text,
    ) &&
    wordCount(line.text) <= 25,
  200,
);

const NONE: readonly Span[] = [];

/** "latest news" as written on pages: "Latest News", "Latest news", "LATEST NEWS". */
function caseVariants(phrase: string): string[] {
  const sentence = phrase.charAt(0).toUpperCase() + phrase.slice(1);
  const title = phrase.replace(/(^|\s)(\p{Ll})/gu, (_m, sp: string, c: string) => sp + c.toUpperCase());
  return [...new Set([title, sentence, phrase.toUpperCase()])];
}

const GLUED_LABEL = GLUABLE.flatMap(caseVariants).join('|');
/** The last words of the gluable labels ("news", "stories", "advertisement"): a quick test before the full one. */
const LABEL_LAST_WORDS: ReadonlySet<string> = new Set(GLUABLE.map((p) => p.slice(p.lastIndexOf(' ') + 1)));
/** At the start of a line, before dividers or a capital with no space between. */
const GLUED_START = new RegExp(String.raw`^(?:${GLUED_LABEL})(?:\s?${SEPARATORS}+\s?|(?=\p{Lu}\p{Ll}))`, 'u');
/** At a sentence start near the end of a line, up to the end (perhaps with dividers). */
const GLUED_END = new RegExp(
  String.raw`^(?:${SEPARATORS}+\s?)?(?:${GLUED_LABEL})(?:\s?${SEPARATORS}+)?$`,
  'u',
);
const SEPARATOR_CHARS = '=-_*~#•·|+<> \t';

/** The last word of a line, lower-cased, before any dividers: "... area."Latest News==" gives "news". */
function lastWordOf(t: string): string {
  let e = t.length;
  while (e > 0 && SEPARATOR_CHARS.includes(t.charAt(e - 1))) e--;
  let s = e;
  while (s > 0 && /[A-Za-z]/u.test(t.charAt(s - 1))) s--;
  return t.slice(s, e).toLowerCase();
}

/**
 * A section label run together with article text by a lost line break: "Latest
 * News=====The minister said ..." (marks "Latest News====="), "... in this area."Latest
 * News" (marks "Latest News"), "AdvertisementThe minister said". Only as a page writes
 * it (Title Case, capitals): "Latest news from the front suggests ..." is a sentence and
 * is kept.
 */
const gluedFurniture: BoilerplateRule = {
  name: 'glued-furniture',
  match(line) {
    const t = line.text;
    if (t.length < 20) return NONE;
    let out: Span[] | undefined;
    const head = GLUED_START.exec(t);
    if (head && t.length > head[0].length) (out ??= []).push({ start: 0, end: head[0].trimEnd().length });
    if (LABEL_LAST_WORDS.has(lastWordOf(t))) {
      for (const at of line.sentenceStarts) {
        if (at === 0 || t.length - at > 60) continue;
        if (GLUED_END.test(t.slice(at))) {
          (out ??= []).push({ start: at, end: t.length });
          break;
        }
      }
    }
    return out && !FURNITURE_LINE.test(t) ? out : NONE;
  },
};

/** Labels that a page puts before the text of a paragraph, and that no sentence starts with. */
const LABEL_PREFIX =
  /^(?:Story highlights|STORY HIGHLIGHTS|CLOSE|Advertisement|ADVERTISEMENT|Hide Caption|Enlarge this image)\s+(?=[\p{Lu}\p{N}"“‘])/u;

/**
 * A label run into the paragraph after it: "Story highlights The minister says ...",
 * "CLOSE The mayor says he will appeal", "Advertisement The ferry sailed". Only the label is
 * marked; "Close to 200 people attended" and "Advertisement spending rose" are kept.
 */
const labelPrefix: BoilerplateRule = {
  name: 'label-prefix',
  match(line) {
    const m = LABEL_PREFIX.exec(line.text);
    return m && m[0].length < line.text.length ? [{ start: 0, end: m[0].trimEnd().length }] : NONE;
  },
};

/** Section labels, dividers and cross-links between and around the article. */
export const furnitureRules: readonly BoilerplateRule[] = [
  furnitureLine,
  divider,
  crossLink,
  gluedFurniture,
  labelPrefix,
];
