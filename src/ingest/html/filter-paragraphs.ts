import type { Paragraph } from './collect-paragraphs.ts';
import { isMetaLine } from './is-meta-line.ts';

/** A rule for a line that is furniture by what it says, and the longest line it applies to. */
interface TextRule {
  readonly pattern: RegExp;
  readonly maxLength: number;
}

/**
 * Lines that are page furniture by their words, whatever markup they sit in. Each is
 * anchored and held to short lines, so a sentence of the story that happens to start
 * with "Share" or "Photo" is not touched.
 */
const RULES: readonly TextRule[] = [
  // "Advertisement", "ADVERTISEMENT", "Sponsored content", "Story continues below advertisement"
  {
    pattern:
      /^(advertisement|advertising|advert|sponsored( content)?|paid (content|post)|anzeige|werbung|publicité|story continues below( this)? (ad|advertisement))$/i,
    maxLength: 60,
  },
  // "Share this article", "Share on Facebook", "Tweet", "Email", "Print", "Follow us on Twitter"
  {
    pattern:
      /^(share|share (this|on|via|the)\b.*|tweet|email|e-mail|print|pin it|whatsapp|follow (us|me)\b.*|like us on\b.*|copy link|copied)$/i,
    maxLength: 70,
  },
  // "Related:", "Read more: Another story", "See also", "More from Sport", "You may also like"
  {
    pattern:
      /^(related( (articles?|stories|posts?|content|coverage|topics|news|reading|links))?|read (more|also|next|this)|see also|more (from|on|in|about|stories|news|articles)\b|recommended( for you| reading)?|you (may|might) (also )?(like|enjoy|be interested in)|also read|must read|most (read|popular|viewed|shared)|trending( now)?|don'?t miss|top stories|latest( news| stories)?|what to read next|further reading|in other news)\b.*$/i,
    maxLength: 90,
  },
  // "Photo: Jane Doe/Agency", "Image credit: ...", "Picture by ..."
  {
    pattern:
      /^\(?(photo(graph)?s?|images?|pictures?|pic|credits?|illustrations?|graphic|video|source|foto|bild)( (credit|courtesy|by|source))?\s*[:|©/]/i,
    maxLength: 160,
  },
  { pattern: /^\(?(photo(graph)?|image|picture|illustration)s? (by|credit|courtesy|via)\b/i, maxLength: 160 },
  // "© 2020 Some Media Inc. All Rights Reserved."
  { pattern: /^(©|\(c\)|copyright\b)/i, maxLength: 250 },
  { pattern: /\ball rights reserved\.?$/i, maxLength: 250 },
  // "Sign up for our newsletter", "Subscribe to ...", "Get the latest news in your inbox"
  {
    pattern:
      /^(sign up|signup|subscribe|register|log ?in|join (our|the) (newsletter|mailing list|community)|get (our|the) .*(newsletter|inbox|updates)|never miss\b|enter your e-?mail)\b.*$/i,
    maxLength: 200,
  },
  { pattern: /\b(newsletter|inbox)[.!]?$/i, maxLength: 120 },
  // "Receive our monthly newsletter to stay on top of ..."
  { pattern: /\bour (\w+ )?(newsletters?|mailing list)\b/i, maxLength: 200 },
  // "Click here to ...", "Continue reading", "Listen to this article", "Loading..."
  {
    pattern:
      /^(click here|tap here|continue reading|keep reading|read the (full|original|rest)|listen to (this|the) (article|story)|loading\.*|please enable javascript|this (video|content) is (not available|unavailable))\b.*$/i,
    maxLength: 150,
  },
  // "12 Comments", "Leave a Reply", "Join the conversation"
  {
    pattern:
      /^(\d+\s+)?(comments?|responses?|replies|leave a (reply|comment)|post a comment|add (a|your) comment|join the (discussion|conversation)|show comments|view comments)\b.*$/i,
    maxLength: 60,
  },
  // "Tags: a, b", "Filed under: Politics", "Posted in News"
  {
    pattern:
      /^(tags?|topics?|filed under|categor(y|ies)|posted in|tagged( with)?|keywords|themen|schlagworte)\s*:?\s/i,
    maxLength: 200,
  },
  // "5 min read", "Updated 3 hours ago", "Last modified: 2020-03-01"
  {
    pattern:
      /^(\d+\s*(min|minute)s?( read)?|(published|posted|updated|last (updated|modified)|first published)\b.{0,60}\d.*)$/i,
    maxLength: 100,
  },
  // "Back to top", "Next post", "Previous article"
  {
    pattern:
      /^(back to top|(next|previous|prev|older|newer) (post|article|story|entry|page)s?\b.*|go to (top|comments))$/i,
    maxLength: 120,
  },
];

/**
 * Calls to action: "Follow The Daily on Twitter", "Download our app", "Subscribe now for
 * the full story", "If you're already a subscriber, log in". An imperative that points at
 * the publisher's channels, or a paywall's wording.
 */
const CTA_START =
  /^(subscribe|sign up|download|follow|join|support|click|tap|submit|become|donate|register|like us|watch|listen|get (the|our))\b/i;
const CTA_OBJECT =
  /\b(us|our|newsletters?|apps?|form|here|twitter|facebook|instagram|youtube|inbox|podcast|subscription|today|now|free)\b/i;
const PAYWALL =
  /\b(already a subscriber|to (view|read|continue reading|access) (the|this) (full )?(story|article)|for the full (story|article)|download the .{0,40}\bapps?\b|never miss (a|the|our|an)\b|support (our|independent|quality) journalism|subscribers? (only|can|get|also receive)|log ?in (for|to (read|view|continue)))/i;

/** "By Jane Doe", "By Jane Doe and John Roe | Staff writers": a byline line. */
const BYLINE =
  /^(by|von|par|di|por|door|av)\s+[\p{Lu}][\p{L}.'’-]*(\s+[\p{Lu}][\p{L}.'’-]*){0,3}(\s*(,|\||and|&|und|et|•|·|-|—)\s*.*)?$/u;

/**
 * Drops the paragraphs that are furniture by what they say or by being mostly links,
 * bylines near the top, and headings that nothing follows ("Related posts" left over
 * after its list was removed).
 */
export function filterParagraphs(paragraphs: readonly Paragraph[]): Paragraph[] {
  const linky = paragraphs.map(isLinkLine);
  // A lone linked line between paragraphs of prose is part of the story (a post quoting the
  // headline it links to); runs of them, and those before or after all prose, are menus.
  const firstProse = linky.indexOf(false);
  const lastProse = linky.lastIndexOf(false);
  const kept = paragraphs.filter((p, i) => {
    if (linky[i]) {
      const alone = linky[i - 1] === false && linky[i + 1] === false;
      if (!(alone && i > firstProse && i < lastProse)) return false;
    }
    return !isFurnitureText(p, i);
  });
  // A heading with only headings after it heads nothing that was kept.
  let lastBody = -1;
  kept.forEach((p, i) => {
    if (!isHeading(p)) lastBody = i;
  });
  return kept.filter((p, i) => !isHeading(p) || i < lastBody);
}

function isFurnitureText(p: Paragraph, index: number): boolean {
  const t = p.text;
  const len = t.length;
  for (const r of RULES) if (len <= r.maxLength && r.pattern.test(t)) return true;
  if (index < 4 && len <= 100 && BYLINE.test(t)) return true;
  if (len <= 260 && ((CTA_START.test(t) && CTA_OBJECT.test(t)) || PAYWALL.test(t))) return true;
  if (p.tag !== 'pre' && isMetaLine(t)) return true;
  return false;
}

function isLinkLine(p: Paragraph): boolean {
  const len = p.text.length;
  return (p.linked / len > 0.7 && len < 300) || (p.linked / len > 0.5 && len < 100 && p.tag !== 'pre');
}

function isHeading(p: Paragraph): boolean {
  return /^h[1-6]$/.test(p.tag);
}
