import type { Span } from '../../domain/span.ts';
import type { BoilerplateRule } from './boilerplate-rule.ts';
import { copyrightNotice } from './copyright-notice.ts';
import { syndicationNotice } from './syndication-notice.ts';

const NONE: readonly Span[] = [];

/**
 * "This article was originally published on Example Times." (then "Read the original
 * article.", which `readMore` marks), "This story first appeared in The Example Review.",
 * "Republished with permission from Example Weekly.": the notice sentence, at any
 * sentence start in the line's end.
 */
const syndication: BoilerplateRule = {
  name: 'syndication',
  match(line) {
    const n = syndicationNotice(line.text, line.sentenceStarts);
    return n ? [{ start: n.start, end: n.end }] : NONE;
  },
};

/** The words a read-more sentence starts with: a quick test before `READ_MORE`. */
const OPENERS = ['Read ', 'Continue reading', 'Click here', 'Watch ', 'See ', 'Listen to '];
const PLACE = String.raw`(?: here| (?:at|on|in|from) [^.!?]{1,60})?`;
const READ_MORE = new RegExp(
  String.raw`^(?:Read (?:the|this) (?:original|full|rest of the|complete|entire) (?:article|story|piece|post|report|interview|op-ed|statement|letter)${PLACE}|Read the rest(?: of (?:the|this) (?:article|story|piece|post))?${PLACE}|Read more${PLACE}|Continue reading (?:at|on|here)[^.!?]{0,60}|Click here to (?:read|see|watch)[^.!?]{0,60}|(?:Read|Watch|See|Listen to) (?:it|more|the full (?:interview|video|speech|statement|report|story)) here)(?:[.!](?=["”’]?(?:\s|$))|$)`,
  'u',
);

/**
 * Pointers to the rest of the story elsewhere: "Read the original article.", "Read the
 * rest here.", "Read more at Example News.", "Continue reading at Example.com",
 * "Click here to read the full story", each a sentence of its own. "Read more: ..." with a
 * story's title after it is a cross-link (furniture-rules); "Readers wrote in to
 * complain." is kept.
 */
const readMore: BoilerplateRule = {
  name: 'read-more',
  match(line) {
    let out: Span[] | undefined;
    for (const at of line.sentenceStarts) {
      if (!OPENERS.some((w) => line.text.startsWith(w, at))) continue;
      const m = READ_MORE.exec(at ? line.text.slice(at) : line.text);
      if (m) (out ??= []).push({ start: at, end: at + m[0].length });
    }
    return out ?? NONE;
  },
};

/**
 * Copyright and rights lines: "© 2019 Example Post", "Copyright 2019 The Example Press.
 * All rights reserved.", "This material may not be published, broadcast, rewritten or
 * redistributed.", also after the last sentence of a paragraph. "Copyright law was changed
 * in 2005 ..." is kept.
 */
const copyright: BoilerplateRule = {
  name: 'copyright',
  match(line) {
    const n = copyrightNotice(line.text, line.sentenceStarts);
    return n ? [{ start: n.start, end: n.end }] : NONE;
  },
};

/** Notices about the article: where it first appeared, where to read the rest, who owns it. */
export const noticeRules: readonly BoilerplateRule[] = [syndication, readMore, copyright];
