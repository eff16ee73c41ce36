import type { Span } from '../../domain/span.ts';

/** A republished copy made by `simulateSyndication`. */
export interface SyndicatedCopy {
  readonly text: string;
  /** Where the added banners, share lines and notices stand in `text`. */
  readonly boilerplate: readonly Span[];
  /** What was done, for reports: "headline", "cut 2", "added 1", "reworded 14", ... */
  readonly edits: readonly string[];
}

/** How hard to edit: 0 copies the article as it is (wrapped in boilerplate), 1 edits it heavily. */
export type EditStrength = number;

/**
 * A fictional republication of an article, for testing and evaluating duplicate
 * detection: what an outlet does to a wire story. Paragraphs are separated by blank
 * lines, the first being the headline. The copy gets an edited headline, paragraphs cut
 * (from the middle, or the tail "trimmed for length") and added (the outlet's own
 * context), light rewording (synonyms swapped, adjectives dropped, two sentences of a
 * paragraph swapped), and is wrapped in banners, "Read more" lines, share lines and a
 * syndication notice. The more `strength`, the more of each. All choices come from
 * `random`, so a seeded generator gives the same copy every time. Every phrase added is
 * invented here.
 */
export function simulateSyndication(
  article: string,
  random: () => number,
  strength: EditStrength = 0.5,
): SyndicatedCopy {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const chance = (p: number) => random() < p;
  const edits: string[] = [];
  const [headline = '', ...body] = article
    .split(/\n\s*\n/u)
    .map((p) => p.trim())
    .filter((p) => p !== '');

  let paragraphs = [...body];
  const cut = Math.round(strength * 0.4 * paragraphs.length * random());
  if (cut > 0 && paragraphs.length > 2) {
    if (chance(0.5)) paragraphs = paragraphs.slice(0, Math.max(2, paragraphs.length - cut));
    else
      for (let i = 0; i < cut && paragraphs.length > 2; i++)
        paragraphs.splice(1 + Math.floor(random() * (paragraphs.length - 1)), 1);
    edits.push(`cut ${body.length - paragraphs.length}`);
  }
  let reworded = 0;
  let reordered = 0;
  paragraphs = paragraphs.map((p) => {
    const sentences = p.split(/(?<=[.!?]["”’]?)\s+(?=["“‘]?[A-Z])/u);
    if (sentences.length > 1 && chance(strength * 0.3)) {
      const i = Math.floor(random() * (sentences.length - 1));
      [sentences[i], sentences[i + 1]] = [sentences[i + 1] ?? '', sentences[i] ?? ''];
      reordered++;
    }
    return sentences
      .map((s) =>
        s.replace(/\b[A-Za-z]+\b\s?/gu, (w) => {
          const word = w.trimEnd();
          const lower = word.toLowerCase();
          if (ADJECTIVES.has(lower) && chance(strength * 0.6)) {
            reworded++;
            return '';
          }
          const synonym = SYNONYMS[lower];
          if (synonym === undefined || !chance(strength * 0.7)) return w;
          reworded++;
          const cased =
            word[0] === word[0]?.toUpperCase() ? synonym[0]?.toUpperCase() + synonym.slice(1) : synonym;
          return cased + w.slice(word.length);
        }),
      )
      .join(' ');
  });
  if (reworded > 0) edits.push(`reworded ${reworded}`);
  if (reordered > 0) edits.push(`reordered ${reordered}`);
  const added = Math.round(strength * 3 * random());
  for (let i = 0; i < added; i++) {
    const at = chance(0.5) ? paragraphs.length : Math.floor(random() * (paragraphs.length + 1));
    paragraphs.splice(at, 0, fillerParagraph(pick, random));
  }
  if (added > 0) edits.push(`added ${added}`);

  const outlet = `${pick(OUTLET_TOWNS)} ${pick(OUTLET_KINDS)}`;
  let title = headline;
  if (chance(0.3 + strength * 0.6)) {
    title = chance(0.5) ? `${pick(HEADLINE_PREFIXES)}${headline}` : `${headline}${pick(HEADLINE_SUFFIXES)}`;
    edits.push('headline');
  }
  // Boilerplate lines go in as whole paragraphs; their spans are computed as the text is joined.
  const lines: { text: string; boilerplate: boolean }[] = [];
  const wrap = (text: string) => lines.push({ text, boilerplate: true });
  for (let i = Math.floor(random() * 3); i > 0; i--) wrap(pick(BANNERS));
  lines.push({ text: title, boilerplate: false });
  if (chance(0.5)) wrap(pick(SHARE_LINES));
  paragraphs.forEach((p, i) => {
    lines.push({ text: p, boilerplate: false });
    if (i === 1 && chance(0.5)) wrap(`Read more: ${pick(READ_MORE)}`);
  });
  wrap(`This article was originally published on ${outlet}. Read the original article.`);
  for (let i = Math.floor(random() * 3); i > 0; i--) wrap(pick([...SHARE_LINES, ...BANNERS]));
  if (chance(0.5)) wrap(`© ${outlet}. All rights reserved.`);
  edits.push('wrapped');

  let text = '';
  const boilerplate: Span[] = [];
  for (const line of lines) {
    if (text !== '') text += '\n\n';
    if (line.boilerplate) boilerplate.push({ start: text.length, end: text.length + line.text.length });
    text += line.text;
  }
  return { text: `${text}\n`, boilerplate, edits };
}

/** An invented paragraph of local context, varied by its slots so that copies share little of it. */
function fillerParagraph(pick: <T>(items: readonly T[]) => T, random: () => number): string {
  const n = 2 + Math.floor(random() * 2);
  const sentences: string[] = [];
  for (let i = 0; i < n; i++)
    sentences.push(
      pick(FILLER)
        .replace('{town}', pick(OUTLET_TOWNS))
        .replace('{name}', `${pick(FIRST_NAMES)} ${pick(LAST_NAMES)}`)
        .replace('{n}', String(2 + Math.floor(random() * 97))),
    );
  return sentences.join(' ');
}

const SYNONYMS: Readonly<Record<string, string>> = {
  said: 'stated',
  says: 'states',
  told: 'informed',
  announced: 'revealed',
  big: 'large',
  buy: 'purchase',
  help: 'assist',
  start: 'begin',
  started: 'began',
  people: 'individuals',
  government: 'administration',
  company: 'firm',
  firm: 'company',
  rise: 'increase',
  rose: 'climbed',
  fell: 'dropped',
  however: 'but',
  also: 'additionally',
  expected: 'anticipated',
  nearly: 'almost',
  many: 'numerous',
  important: 'significant',
  plans: 'proposals',
  chief: 'head',
  deal: 'agreement',
  show: 'reveal',
  shows: 'reveals',
  month: 'period',
  win: 'victory',
  match: 'game',
  film: 'movie',
  added: 'continued',
  believe: 'think',
  believes: 'thinks',
  quickly: 'rapidly',
  before: 'prior to',
  after: 'following',
  now: 'currently',
  whether: 'if',
};
const ADJECTIVES = new Set([
  'new',
  'major',
  'former',
  'recent',
  'top',
  'key',
  'senior',
  'strong',
  'huge',
  'latest',
  'leading',
  'global',
  'massive',
  'popular',
  'successful',
  'controversial',
  'famous',
  'difficult',
  'serious',
  'official',
]);
const HEADLINE_PREFIXES = ['UPDATED: ', 'Exclusive: ', 'Breaking: ', 'Analysis: ', 'Report: '];
const HEADLINE_SUFFIXES = [' - report', ' | Wire', ' (updated)', ': what we know', ', sources say'];
const OUTLET_TOWNS = [
  'Harbourside',
  'Millbrook',
  'Eastwick',
  'Stonebridge',
  'Fairhaven',
  'Kestrel Bay',
  'Northmoor',
  'Ashgrove',
];
const OUTLET_KINDS = ['Gazette', 'Herald', 'Courier', 'Daily', 'Observer', 'Chronicle', 'Post', 'Times'];
const FIRST_NAMES = ['Mara', 'Tobias', 'Ines', 'Otto', 'Priya', 'Lucas', 'Ada', 'Femi'];
const LAST_NAMES = ['Quill', 'Hartwell', 'Okonedo', 'Varga', 'Lindqvist', 'Moreau', 'Castell', 'Brannigan'];
const FILLER = [
  'Our {town} desk has asked local officials for comment.',
  'Readers in {town} have written to us about the issue {n} times this year.',
  '{name}, a spokesperson for the {town} council, declined to comment.',
  'The {town} chamber of commerce said it was following developments closely.',
  'Local analyst {name} said the news would be felt in {town} within {n} days.',
  'A poll of {n} residents in {town} found opinion divided.',
  'This report includes additional reporting by {name}.',
  'It is the {n}th such announcement in the region since the spring.',
  '{name} contributed to this report from {town}.',
];
const BANNERS = [
  'SUBSCRIBE TO OUR NEWSLETTER',
  'DOWNLOAD THE APP',
  'Sign up for our daily newsletter',
  'ADVERTISEMENT',
  'Latest News',
  'WATCH LIVE: OUR EVENING BULLETIN',
];
const SHARE_LINES = [
  'Share this article',
  'Share on Facebook Twitter',
  'Facebook | Twitter | Email',
  'Follow us on Twitter',
  'Like us on Facebook',
];
const READ_MORE = [
  'Ten things to know before the weekend',
  'Our guide to the new season',
  'Opinion: why the numbers matter',
  'Markets close higher for a third day',
  'Council approves harbour plan',
];
