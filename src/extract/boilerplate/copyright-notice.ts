import { sentenceStarts } from './sentence-starts.ts';

/** A copyright line: where it sits in a line and whom it names. */
export interface CopyrightNotice {
  readonly start: number;
  readonly end: number;
  /** The rights holder ("Example Media"), when the notice names one. */
  readonly holder?: string;
}

const YEAR = String.raw`(?:19|20)\d{2}(?:\s?[-–]\s?(?:19|20)?\d{2})?`;
/** "© 2019 Example Post", "Copyright © 2020 Example Media Ltd.", "(c) Example", "Copyright 2019 Example". */
const MARKED = new RegExp(
  String.raw`^(?:©|\([cC]\)\s?(?=(?:19|20)\d{2})|[Cc]opyright\s?(?:©|\([cC]\))|[Cc]opyright\s${YEAR}|COPYRIGHT\b)\s?(?:${YEAR}\s?,?\s?)?`,
  'u',
);
/** "Copyright Example Media": the bare word, on a short line. */
const BARE = /^Copyright\s(?=\p{Lu})/u;
const RIGHTS = /^(?:all rights reserved|this material may not be (?:published|reproduced)\b)/iu;
const HOLDER_END = /\s?(?:[.|;]\s|[.|;]?$|,?\s(?:all rights reserved|this material)\b)/iu;

/**
 * Finds a copyright notice in one line: "© 2019 Example Post", "Copyright 2019 The Example
 * Press. All rights reserved.", "Copyright Example Media", "All rights reserved.", "This
 * material may not be published, broadcast, rewritten or redistributed."; or one that
 * follows the last sentences of a paragraph ("... he said. © 2019 Example Post"). It runs
 * to the end of the line. "Copyright law was changed in 2005 to ..." is a sentence and is
 * kept.
 */
export function copyrightNotice(
  line: string,
  starts: readonly number[] = sentenceStarts(line),
): CopyrightNotice | undefined {
  if (line.length > 600) return undefined;
  for (const at of starts) {
    const c = line.charAt(at);
    if (c !== '©' && c !== '(' && c !== 'C' && c !== 'c' && c !== 'A' && c !== 'a' && c !== 'T' && c !== 't')
      continue;
    const rest = at ? line.slice(at) : line;
    if (rest.length > 300) continue;
    if (RIGHTS.test(rest)) return { start: at, end: line.length };
    const marked = MARKED.exec(rest);
    if (marked) return notice(line, at, at + marked[0].length);
    if (at === 0 && BARE.test(line) && line.split(/\s+/u).length <= 6)
      return notice(line, 0, 'Copyright '.length);
  }
  return undefined;
}

function notice(line: string, start: number, holderStart: number): CopyrightNotice {
  const rest = line.slice(holderStart);
  const stop = HOLDER_END.exec(rest);
  const holder = rest.slice(0, stop ? stop.index : rest.length).trim();
  const ok = /^\p{Lu}/u.test(holder) && holder.split(/\s+/u).length <= 8 && !/\d{4}/u.test(holder);
  return { start, end: line.length, ...(ok ? { holder } : {}) };
}
