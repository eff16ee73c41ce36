import type { BoilerplateRule } from './boilerplate-rule.ts';
import type { Line } from './line.ts';
import { isAllCaps } from './is-all-caps.ts';
import { lineRule } from './line-rule.ts';
import { wordCount } from './word-count.ts';

/** Promotions are short: a line of more words than this is article text. */
const MAX_WORDS = 20;

const short = (line: Line, max = MAX_WORDS): boolean => wordCount(line.text) <= max;

/** Verbs only a promotion starts with, whatever follows: "SUBSCRIBE NOW", "DOWNLOAD TODAY". */
const CAPS_PROMO_VERB = /^(?:SUBSCRIBE|SIGN UP|DOWNLOAD|STREAM|TUNE IN|CLICK|TAP|REGISTER)\b/u;
const CAPS_PROMO_OBJECT =
  /\b(?:YOUR|YOU|OUR|US|APPS?|NEWSLETTERS?|PODCASTS?|CHANNEL|ALERTS|UPDATES|LIVE|NOW|TODAY|FREE|TRIAL|SHOWS|EPISODES|VIDEOS?|STREAMING|TV|SUBSCRIPTION|E-?MAIL|INBOX|YOUTUBE|FACEBOOK|TWITTER|INSTAGRAM|TIKTOK|HERE|MORE)\b/u;
/** Verbs a headline may start with too ("GET OUT NOW", "JOIN US, SAYS MINISTER"): a promotion only with a product or "your"/"our". */
const CAPS_WEAK_VERB = /^(?:WATCH|LISTEN|FOLLOW|JOIN|GET|TRY|SHOP|DON['’]T MISS)\b/u;
const CAPS_PRONOUN = /\b(?:YOUR|OUR)\b/u;
const CAPS_MEDIA =
  /\b(?:TV|SHOWS|APPS?|NEWSLETTERS?|PODCASTS?|CHANNEL|STREAMING|EPISODES|VIDEOS|INBOX|SUBSCRIPTION|FAVOU?RITES?|YOUTUBE|FACEBOOK|TWITTER|INSTAGRAM|TIKTOK)\b/u;
/** A streaming service written with a final plus ("NOW ON STREAMFLIX+"). */
const CAPS_PLUS_SERVICE = /\b\p{Lu}[\p{Lu}\p{N}]*\+(?=\s|$)/u;

/**
 * An all-capitals banner advertising a channel, an app or a newsletter:
 * "YOUR FAVOURITE CARTOON SHOWS ARE NOW ON STREAMFLIX+", "SUBSCRIBE TO OUR NEWSLETTER",
 * "DOWNLOAD THE APP", "WATCH LIVE". An all-capitals headline ("MINISTER DENIES CLAIMS",
 * "SAVE OUR HARBOUR", "GET OUT NOW, SAYS MAYOR") names no product, and is kept.
 */
const capsBanner = lineRule(
  'promo-banner',
  (line) => {
    if (';.,'.includes(line.text.charAt(line.text.length - 1)) || !isAllCaps(line.text) || !short(line, 14))
      return false;
    const t = line.text;
    if (CAPS_PROMO_VERB.test(t) && CAPS_PROMO_OBJECT.test(t)) return true;
    if (CAPS_WEAK_VERB.test(t) && (CAPS_PRONOUN.test(t) || CAPS_MEDIA.test(t) || /\bLIVE\b/u.test(t)))
      return true;
    if (CAPS_PRONOUN.test(t) && CAPS_MEDIA.test(t)) return true;
    return (
      CAPS_PLUS_SERVICE.test(t) && (CAPS_PRONOUN.test(t) || CAPS_MEDIA.test(t) || /\b(?:ON|NOW)\b/u.test(t))
    );
  },
  120,
);

const SIGN_UP =
  /^(?:(?:sign(?:ing)? up|subscribe)\b|(?:join|register for) our (?:mailing list|e-?mail list|newsletters?|community)\b)/iu;
const SIGN_UP_OBJECT =
  /\b(?:newsletters?|alerts?|updates|e-?mails?|inbox|podcasts?|channel|subscription|membership|(?:a|per) (?:month|year|week)|briefings?|digest|\$\d|£\d|€\d|free|our|today|now|here|mailing list)\b/iu;

/**
 * A call to subscribe: "Sign up for our daily newsletter", "Sign up for Daily Newsletters
 * Manage Newsletters", "Subscribe now for as little as $3 a month!", "Join our mailing list".
 * "Join the protest today, organisers urged." and "Register to vote by Friday" are kept.
 */
const signUp = lineRule(
  'sign-up',
  (line) => SIGN_UP.test(line.text) && short(line) && SIGN_UP_OBJECT.test(line.text),
  200,
);

/**
 * Thanks and confirmations of a sign-up form: "Thank you for signing up. For more from
 * The Example, check out our latest issue", "Get the best stories delivered to your inbox".
 */
const signUpFurniture = lineRule(
  'sign-up-furniture',
  (line) =>
    (/^(?:thank you|thanks) for (?:signing up|subscribing|registering|reading)\b/iu.test(line.text) ||
      /^manage (?:newsletters|subscriptions?|preferences)\b/iu.test(line.text) ||
      ((line.text.includes('inbox') || line.text.includes('Inbox')) &&
        /\b(?:delivered )?(?:to|in) your inbox\b/iu.test(line.text))) &&
    short(line, 30),
  250,
);

/** "Download our app", "Get the Example News app for iPhone and Android". */
const getTheApp = lineRule(
  'get-the-app',
  (line) => /^(?:download|get|install|try)\b.{0,50}\bapps?\b/iu.test(line.text) && short(line, 15),
  200,
);

/**
 * A plea to pay for the outlet: "Support our journalism", "Support Example’s explanatory
 * journalism", "Become a member today". "Support for local journalism fell, the survey
 * found." is a sentence and is kept.
 */
const supportUs = lineRule(
  'support-us',
  (line) =>
    (/^(?:[Pp]lease )?(?:[Ss]upport|[Ff]und|[Bb]ack) (?:our|independent|quality|\p{Lu}[\p{L}.&-]*(?:\s\p{Lu}[\p{L}.&-]*){0,3}['’]s?)\b.{0,40}\bjournalism\b/u.test(
      line.text,
    ) ||
      /^become an? (?:member|subscriber|supporter)\b/iu.test(line.text) ||
      /^(?:donate|make a donation|make a contribution) (?:now|today|here)\b/iu.test(line.text)) &&
    short(line, 15),
  200,
);

/**
 * A pointer elsewhere for more: "Visit Example News's homepage for more stories.",
 * "Click here to read more", "FOR CONTINUING COVERAGE, CLICK HERE.", "Watch the latest
 * video at video.example.com".
 */
const visitForMore = lineRule(
  'visit-for-more',
  (line) =>
    (/^(?:visit|go to|head (?:over )?to)\b.{0,80}\bfor (?:more|the latest|full)\b/iu.test(line.text) ||
      /^click here\b/iu.test(line.text) ||
      ((line.text.includes('lick here') || line.text.includes('LICK HERE')) &&
        /\bclick here[.!]?$/iu.test(line.text)) ||
      /^(?:watch|see|read|get) the latest\b.{0,60}\b(?:at|on) [\w.-]+\.(?:com|org|net|co\.uk)\b/iu.test(
        line.text,
      )) &&
    short(line),
  200,
);

/** Promotions and calls to subscribe, download, donate. */
export const promoRules: readonly BoilerplateRule[] = [
  capsBanner,
  signUp,
  signUpFurniture,
  getTheApp,
  supportUs,
  visitForMore,
];
