import type { BoilerplateRule } from './boilerplate-rule.ts';
import { lineRule } from './line-rule.ts';
import { wordCount } from './word-count.ts';

const NETWORK = String.raw`(?:twitter|x|facebook|instagram|linkedin|tiktok|youtube|threads|bluesky|mastodon|telegram|whatsapp|snapchat|pinterest|reddit|flipboard|messenger|google\+?)`;
const BUTTON = String.raw`(?:share(?: this| this (?:article|story|page|post|video))?(?: on| via| with)?|tweet(?: this)?|post|e-?mail(?: this)?|print(?: this)?|pin(?: it)?|save|copy(?: link)?|link|comments?|sms|more|${NETWORK})`;
const SHARE_BAR = new RegExp(String.raw`^(?:${BUTTON}[\s,|•·:/]*)+$`, 'iu');
const SHARE_WORD = new RegExp(String.raw`\b(?:share|tweet|${NETWORK})\b`, 'iu');

/**
 * A row of share buttons: "Share this article", "Share on Facebook Twitter", "Share this:",
 * "Facebook | Twitter | Email", "Tweet". "Share prices fell." is a sentence and is kept.
 */
const shareBar = lineRule(
  'share-bar',
  (line) => SHARE_BAR.test(line.text) && SHARE_WORD.test(line.text),
  120,
);

const FOLLOW = new RegExp(
  String.raw`^[-–—•*]?\s?(?:(?:you can )?(?:follow|like|join|find|connect with|subscribe to)\s(?:us|me|@\w+|the\s[\p{L}\s]{1,40}?|[\p{Lu}][\p{L}.'’-]*(?:\s[\p{Lu}@][\p{L}.'’-]*){0,4})\s(?:on|at|via)\s${NETWORK}\b|follow\s@\w+)`,
  'iu',
);
/** The words an invitation to follow starts with: a quick test before `FOLLOW`. */
const FOLLOW_START = /^[-–—•*]?\s?(?:you can |follow|like|join|find|connect|subscribe)/iu;
const FOLLOW_US = new RegExp(String.raw`\b(?:follow|like|join|find) us on ${NETWORK}\b`, 'iu');

/**
 * An invitation to follow the outlet or the writer: "Follow us on Twitter", "Follow the
 * Ticker on Twitter: @ExampleTicker", "Follow @exampledesk", "You can follow Jane Roe on
 * Twitter @janeroe", "Like us on Facebook". "Follow the money, she said." is kept.
 */
const followUs = lineRule(
  'follow-us',
  (line) =>
    ((FOLLOW_START.test(line.text) && FOLLOW.test(line.text)) || FOLLOW_US.test(line.text)) &&
    wordCount(line.text) <= 25,
  200,
);

/** Share buttons and invitations to follow. */
export const shareRules: readonly BoilerplateRule[] = [shareBar, followUs];
