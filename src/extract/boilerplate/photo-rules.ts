import type { BoilerplateRule } from './boilerplate-rule.ts';
import { lineRule } from './line-rule.ts';
import { wordCount } from './word-count.ts';

/**
 * Photo and wire agencies that credits name after a slash ("Jane Roe/Reuters") or alone
 * ("Getty Images").
 */
const NAMED_AGENCY = String.raw`(?:Getty(?: Images)?|AP|AFP|Reuters|EPA(?:-EFE)?|EFE|PA(?: Images| Wire| Media)?|Shutterstock|Alamy(?: Stock Photo| Live News)?|Bloomberg|Corbis|Rex(?: Features)?|REX|Sipa(?: USA| Press)?|NurPhoto|Anadolu(?: Agency)?|Xinhua|TASS|Sputnik|ANP|dpa|DPA|Kyodo|Zuma(?: Press| Wire)?|ZUMA(?: Press| Wire)?|Polaris|Redux|UPI|WireImage|FilmMagic|SOPA Images|LightRocket|Pool|iStock(?:photo)?|Wikimedia Commons|Flickr|Handout|Supplied|Courtesy)`;
/** A picture desk's name ends in such a word: "Example Images", "Example Photography". */
const DESK = String.raw`(?:[\p{Lu}][\p{L}&.'’-]*(?: [\p{Lu}][\p{L}&.'’-]*)* (?:Images|Photos?|Pictures|Photography|Press|Wire|Commons|Stock))`;
const AGENCY = String.raw`(?:${NAMED_AGENCY}|${DESK})`;
/** A capitalised name of one to five words ("Mikhail Example", "J. Scott Example"). */
const NAME = String.raw`[\p{Lu}][\p{L}\p{M}.'’-]*(?:\s(?:[\p{Lu}][\p{L}\p{M}.'’-]*|de|da|van|von|der|del|la|le|al|bin|ibn|y)){0,4}`;
const PHOTO_WORD = String.raw`(?:photo|photograph|image|picture|pic|illustration|graphic|photo illustration|video)s?`;
const SEPARATOR = String.raw`\s?(?:/|\|| via )\s?`;

/** "Jane Roe/Reuters", "Mikhail Example/Getty Images", "Reuters/Jane Roe": names and agencies joined by slashes. */
const SLASH_CREDIT = new RegExp(String.raw`^${NAME}(?:${SEPARATOR}${NAME})+$`, 'u');
const AGENCY_PART = new RegExp(String.raw`^${AGENCY}$`, 'u');
const SEPARATOR_SPLIT = new RegExp(SEPARATOR, 'u');
/** "Getty Images", "AFP via Getty Images", "Reuters": an agency alone. */
const LONE_AGENCY = new RegExp(String.raw`^${NAMED_AGENCY}(?:${SEPARATOR}${NAMED_AGENCY})*$`, 'u');
/** "Photo: AP", "Photograph: Jane Roe/The Example", "Image credit: Reuters", "Credit: Jane Roe". */
const LABELLED_CREDIT = new RegExp(String.raw`^(?:${PHOTO_WORD}(?: credits?)?\s?(?::|©)|credits?\s?:)`, 'iu');
/** "Photo by Jane Roe", "Photograph by Jane Roe/Example Images", "Photo courtesy of Jane Roe". */
const CREDIT_BY = new RegExp(
  String.raw`^(?:[Pp]hoto(?:graph)?s?|[Ii]mages?|[Pp]ictures?|[Ii]llustrations?|[Vv]ideo)(?: credit)? (?:by|courtesy of) ${NAME}(?:${SEPARATOR}${NAME})*$`,
  'u',
);
/** "Image copyright Getty Images", "Image source, Reuters", "Photo credit Jane Roe". */
const PICTURE_DESK = new RegExp(String.raw`^${PHOTO_WORD} (?:copyright|source|credit|courtesy)\b`, 'iu');
/** "AP Photo/Evan Example", "AP Photo/Jane Roe", "Reuters photo". */
const AGENCY_PHOTO = new RegExp(
  String.raw`^${NAMED_AGENCY} (?:Photos?|Images?|photos?)(?:\s?/\s?${NAME})?$`,
  'u',
);

function isCredit(text: string): boolean {
  if (text.length > 120) return false;
  const labelled =
    /^[PpIiGgVvCc]/u.test(text) &&
    (LABELLED_CREDIT.test(text) || CREDIT_BY.test(text) || PICTURE_DESK.test(text));
  const credit =
    labelled ||
    ((text.includes('hoto') || text.includes('mage')) && AGENCY_PHOTO.test(text)) ||
    (text.length <= 50 && LONE_AGENCY.test(text)) ||
    ((text.includes('/') || text.includes('|') || text.includes(' via ')) &&
      SLASH_CREDIT.test(text) &&
      text.split(SEPARATOR_SPLIT).some((part) => AGENCY_PART.test(part)));
  return credit && wordCount(text) <= 14;
}

/**
 * A photo credit on a line of its own: "Mikhail Example/Getty Images", "Jane Roe/Reuters",
 * "Photo: AP", "(Photo by Jane Roe/Getty Images)", "Image copyright Example Agency",
 * "AP Photo/Evan Example". "Photos of the event spread online." is a sentence and is kept;
 * so is a headline with a slash ("Rock/Pop Awards Return").
 */
const photoCredit = lineRule('photo-credit', (line) => isCredit(stripParens(line.text)), 122);

function stripParens(t: string): string {
  return t.startsWith('(') && t.endsWith(')') ? t.slice(1, -1).trim() : t;
}

/** A caption paragraph ends with its credit in brackets: "... in Paris. (Photo by Jane Roe/Getty Images)". */
const TRAILING_PHOTO_CREDIT = new RegExp(
  String.raw`^\(${PHOTO_WORD}(?: credit)?\s?(?::|by\b|courtesy of\b)[^()]{1,120}\)$`,
  'iu',
);
/** "... in Paris. (AP Photo/Jane Roe)", "... in Paris. (Jane Roe/Reuters)". */
const TRAILING_AGENCY_CREDIT = new RegExp(
  String.raw`^\((?:${NAMED_AGENCY} ?(?:Photos?|Images?|photos?)(?:\s?/\s?[^()]{1,60})?|${NAME}\s?/\s?${AGENCY})\)$`,
  'u',
);
/** "... at the summit on Tuesday. Photograph: Jane Roe/Example Agency" (the credit, a sentence of its own, ends the line). */
const TRAILING_LABELLED_CREDIT = new RegExp(
  String.raw`^(?:Photograph|Photo|Photos|Picture|Image|Illustration|Composite)\s?:\s?${NAME}(?:${SEPARATOR}${NAME})*$`,
  'u',
);
/** A wire photo's restriction in the caption's dateline: "(FRANCE OUT)", "(AFP OUT)". */
const WIRE_RESTRICTION =
  /^[\p{Lu}\p{N}][\p{Lu}\p{N} ,.'’-]{2,80}[-–—:]\s?.{0,60}\((?:[\p{Lu}]+ )*[\p{Lu}]{2,} OUT\)/u;

/**
 * A wire photo caption paragraph: "PARIS, FRANCE - MARCH 3 (AFP OUT) The minister arrives
 * at the summit ... (Photo by Jane Roe/Getty Images)", or any paragraph ending in a
 * bracketed credit, a "Photograph: ..." credit or a credit after a bar ("... on Tuesday. | Jane
 * Roe/Reuters"). A body paragraph with a dateline
 * ("PARIS (Reuters) - The minister said ...") has no credit and no "(... OUT)", and is kept.
 */
const wireCaption = lineRule('photo-caption', (line) => {
  const t = line.text;
  if (t.endsWith(')')) {
    const open = t.lastIndexOf('(');
    const credit = open >= 0 ? t.slice(open) : '';
    if (TRAILING_PHOTO_CREDIT.test(credit) || TRAILING_AGENCY_CREDIT.test(credit)) return true;
  }
  if (WIRE_RESTRICTION.test(t)) return true;
  const bar = t.indexOf(' | ', t.length - 60);
  if (bar > 0 && isCredit(t.slice(bar + 3))) return true;
  for (const at of line.sentenceStarts) {
    if (
      at > 0 &&
      t.length - at <= 120 &&
      (t.charAt(at) === 'P' || t.charAt(at) === 'I' || t.charAt(at) === 'C') &&
      TRAILING_LABELLED_CREDIT.test(t.slice(at))
    )
      return true;
  }
  return false;
});

/**
 * A labelled caption: "Caption: The minister at the summit", "Image caption The minister
 * arrives", "Media caption Watch: the moment the bridge fell", "Pictured: the minister".
 */
const captionLabel = lineRule('caption-label', (line) =>
  /^(?:(?:(?:image|photo|media|video|picture) )?caption\b|pictured\s?:)/iu.test(line.text),
);

/**
 * Gallery and image-viewer controls: "Enlarge this image toggle caption Jane Roe/AP Jane
 * Roe/AP", "hide caption", "Slideshow (5 Images)", "prev Image 2 of 4", "Image 3 of 12".
 */
const galleryControls = lineRule(
  'gallery-controls',
  (line) =>
    (/^enlarge this (?:image|photo)\b/iu.test(line.text) ||
      ((line.text.includes('caption') || line.text.includes('Caption')) &&
        /\b(?:toggle|hide|show|view) caption\b/iu.test(line.text)) ||
      /^(?:slideshow|gallery|photo gallery|photos?|images?|pictures)\s?\(\d+ (?:images?|photos?|pictures?|slides?)\)$/iu.test(
        line.text,
      ) ||
      /^(?:prev(?:ious)?|next|back)?\s?(?:image|photo|picture|slide) \d+ (?:of|\/) \d+\b/iu.test(line.text) ||
      /^(?:view|see|open|launch|browse) (?:the )?(?:full )?(?:photo )?(?:gallery|slideshow|all \d* ?(?:photos|images|pictures))$/iu.test(
        line.text,
      )) &&
    wordCount(line.text) <= 30,
  250,
);

/** Photo credits, captions and image-viewer furniture. */
export const photoRules: readonly BoilerplateRule[] = [
  photoCredit,
  wireCaption,
  captionLabel,
  galleryControls,
];
