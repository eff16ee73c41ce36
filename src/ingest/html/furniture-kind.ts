import type { Element } from 'domhandler';

/** The kinds of page furniture that class names, ids and roles give away. */
export type FurnitureKind =
  | 'comments'
  | 'navigation'
  | 'share'
  | 'related'
  | 'ad'
  | 'subscribe'
  | 'sidebar'
  | 'header'
  | 'footer'
  | 'meta'
  | 'caption'
  | 'hidden'
  | 'controls';

/**
 * Words in class names and ids, by kind. Matched as whole words after splitting
 * `post-share_buttons` / `shareButtons` into `post share buttons`, so `shadow` is not
 * `ad` and `sidebar-wrap` is `sidebar`.
 */
// prettier-ignore
const WORDS: Readonly<Record<FurnitureKind, readonly string[]>> = {
  comments: ['comment', 'comments', 'commentlist', 'disqus', 'respond', 'replies', 'discussion', 'discussions'],
  navigation: ['nav', 'navbar', 'navigation', 'menu', 'menubar', 'breadcrumb', 'breadcrumbs', 'pagination', 'pager', 'sitemap', 'topbar', 'skiplink', 'toc', 'jump', 'crumbs'],
  share: ['share', 'shares', 'sharing', 'sharer', 'social', 'sociable', 'addthis', 'sharedaddy', 'sharethis', 'shareaholic', 'addtoany', 'a2a', 'follow', 'socialmedia'],
  related: ['related', 'recommended', 'recommendations', 'recirc', 'recirculation', 'trending', 'popular', 'mostread', 'readmore', 'outbrain', 'taboola', 'zergnet', 'teaser', 'teasers', 'promo', 'promos', 'promoted', 'suggested', 'suggestions', 'readnext', 'upnext', 'morestories', 'carousel', 'feed'],
  ad: ['ad', 'ads', 'adv', 'advert', 'adverts', 'advertisement', 'advertising', 'advertorial', 'sponsor', 'sponsored', 'sponsors', 'dfp', 'gpt', 'adsense', 'adslot', 'adunit', 'adcontainer', 'adwrap', 'banner', 'banners', 'billboard', 'leaderboard', 'mpu', 'skyscraper', 'commercial', 'affiliate'],
  subscribe: ['newsletter', 'newsletters', 'subscribe', 'subscription', 'subscriptions', 'signup', 'optin', 'paywall', 'regwall', 'cta', 'donate', 'donation', 'membership', 'login', 'register', 'registration', 'modal', 'popup', 'overlay', 'cookie', 'cookies', 'consent', 'gdpr', 'subscriber'],
  sidebar: ['sidebar', 'rail', 'aside', 'sidebox', 'sidecolumn'],
  header: ['header', 'masthead', 'topnav'],
  footer: ['footer', 'colophon', 'copyright', 'disclaimer', 'disclosure', 'imprint'],
  meta: ['byline', 'bylines', 'author', 'authors', 'bio', 'meta', 'postmeta', 'tags', 'tagcloud', 'tag', 'categories', 'topics', 'keywords', 'timestamp', 'date', 'published', 'posted', 'updated', 'rating', 'ratings', 'reactions', 'readtime', 'views', 'print'],
  caption: ['caption', 'captions', 'figcaption', 'credit', 'credits', 'photocredit', 'attribution'],
  hidden: ['hidden', 'invisible', 'offscreen', 'srt'],
  controls: ['tools', 'toolbar', 'toolbox', 'actions', 'buttons', 'btn', 'button', 'icon', 'icons', 'search', 'logo', 'player', 'video', 'gallery', 'slideshow', 'lightbox', 'audio', 'podcast'],
};

/** Two- and three-word names whose words alone mean nothing. */
// prettier-ignore
const PHRASES: ReadonlyArray<readonly [FurnitureKind, string]> = [
  ['related', 'read more'],
  ['related', 'more stories'],
  ['related', 'more articles'],
  ['related', 'more news'],
  ['related', 'most read'],
  ['related', 'most viewed'],
  ['related', 'see also'],
  ['related', 'also read'],
  ['related', 'read next'],
  ['related', 'up next'],
  ['related', 'you may like'],
  ['related', 'you might like'],
  ['hidden', 'sr only'],
  ['hidden', 'screen reader'],
  ['hidden', 'visually hidden'],
  ['hidden', 'visuallyhidden'],
  ['hidden', 'element invisible'],
  ['controls', 'back to top'],
];

const BY_WORD: ReadonlyMap<string, FurnitureKind> = new Map(
  (Object.entries(WORDS) as Array<[FurnitureKind, readonly string[]]>).flatMap(([k, ws]) =>
    ws.map((w) => [w, k] as const),
  ),
);

/**
 * Class tokens that describe what an article is about or what its page has, not what
 * the element is: WordPress puts `category-social tag-comments has-sidebar` on the
 * article that holds the story itself.
 */
const DESCRIPTIVE_PREFIX =
  /^(category|categories|tag|tags|has|with|no|is|format|type|status|template|post-format|author-\d)[-_]/i;

/**
 * Responsive-grid classes (`hidden-xs`, `hidden-sm-down`) hide a box on some screens
 * only: the text is there for a desktop reader.
 */
const RESPONSIVE = /^(hidden|visible|hide|show)-(xs|sm|md|lg|xl|mobile|tablet|desktop|phone|print)\b/i;

/**
 * Words of appearance settings (`header-content-align-left`, `footer-bg-color`): such a
 * class says how a box looks, not what it is.
 */
// prettier-ignore
const STYLING = new Set(['align', 'alignment', 'color', 'colour', 'size', 'width', 'height', 'margin', 'padding', 'position', 'font', 'background', 'bg', 'border', 'spacing', 'style']);

const ROLES: ReadonlyMap<string, FurnitureKind> = new Map([
  ['navigation', 'navigation'],
  ['menu', 'navigation'],
  ['menubar', 'navigation'],
  ['banner', 'header'],
  ['contentinfo', 'footer'],
  ['complementary', 'sidebar'],
  ['search', 'controls'],
  ['dialog', 'subscribe'],
  ['alertdialog', 'subscribe'],
  ['toolbar', 'controls'],
]);

/** `post-share_buttons shareBar` → `post share buttons share bar`. */
function words(token: string): string[] {
  return token
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w !== '');
}

/** What kind of furniture an element's class, id or role names, if any. */
export function furnitureKind(el: Element): FurnitureKind | undefined {
  const role = el.attribs.role?.toLowerCase();
  if (role) {
    const k = ROLES.get(role);
    if (k) return k;
  }
  const names = `${el.attribs.class ?? ''} ${el.attribs.id ?? ''}`.trim();
  if (names === '') return undefined;
  for (const token of names.split(/\s+/)) {
    if (DESCRIPTIVE_PREFIX.test(token) || RESPONSIVE.test(token)) continue;
    const ws = words(token);
    if (ws.some((w) => STYLING.has(w))) continue;
    const joined = ` ${ws.join(' ')} `;
    for (const [kind, phrase] of PHRASES) if (joined.includes(` ${phrase} `)) return kind;
    for (const w of ws) {
      const k = BY_WORD.get(w);
      if (k) return k;
    }
  }
  return undefined;
}
