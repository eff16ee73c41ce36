import { readFileSync } from 'node:fs';
import { IntMap } from './int-map.ts';
import { lexemeFilter } from './lexeme-filter.ts';
import { posCodes } from './pos-codes.ts';
import type { TokenizerLexicon } from './tokenizer-lexicon.ts';
import { type WordEntry, WordTable } from './word-table.ts';

/** Tag ids are indexes into `tagNames`; these stand for contexts in the rules. */
export const CONTEXT = { start: 29, end: 30, any: 31 } as const;

/** The tagger's lexicon, decoded for the hot loop. */
export interface TaggerModel {
  /** Tag id → Universal Dependencies tag. */
  readonly tagNames: readonly string[];
  readonly noun: number;
  /** Exact word form → entry ("May" and "may" are two), with its usual tag and context rules. */
  readonly words: WordTable;
  /** Class of an unknown word (`wordClass`, or its shape alone) → tag id. */
  readonly unknown: IntMap;
}

/** Everything the `tokens` stage loads once: the tokeniser's lexicon, the tagger, abbreviations. */
export interface TokenModel {
  readonly tokenizer: TokenizerLexicon;
  readonly tagger: TaggerModel;
  /** Abbreviations that never end a sentence, however the next word looks: "Mr.", "Gov.", "e.g.". */
  readonly nonFinal: ReadonlySet<string>;
}

interface ModelFile {
  tags: Record<string, string>;
  lexemes: Record<string, number[]>;
  hyphenPrefixes: string[];
  hyphenSuffixes: string[];
  nonFinal: string[];
  words: Record<string, string>;
  unknown: Record<string, string>;
}

const DEFAULT_PATH = new URL('../../../models/pos-lexicon.json', import.meta.url);

/** Reads models/pos-lexicon.json (written by scripts/train-pos.ts): some 50 ms, so once per process. */
export function loadTokenModel(path: string | URL = DEFAULT_PATH): TokenModel {
  const file = JSON.parse(readFileSync(path, 'utf8')) as ModelFile;
  const tagNames = Object.values(file.tags);
  const ids = new Map<string, number>(Object.keys(file.tags).map((letter, i) => [letter, i]));
  ids.set(posCodes.start, CONTEXT.start);
  ids.set(posCodes.end, CONTEXT.end);
  ids.set(posCodes.any, CONTEXT.any);
  const id = (letter: string | undefined): number => {
    const v = letter === undefined ? undefined : ids.get(letter);
    if (v === undefined) throw new Error(`pos-lexicon: unknown tag letter ${letter}`);
    return v;
  };
  const entries: WordEntry[] = Object.entries(file.words).map(([word, code]) => {
    const rules: [number, number, number][] = [];
    for (let k = 1; k + 2 < code.length; k += 3) rules.push([id(code[k]), id(code[k + 1]), id(code[k + 2])]);
    return { word, usual: id(code[0]), rules };
  });
  const words = new WordTable(entries);
  const unknown = new IntMap(Object.entries(file.unknown).map(([k, letter]) => [Number(k), id(letter)] as const));
  const lexemes = new Map<string, number[]>(Object.entries(file.lexemes));
  return {
    tokenizer: { lexemes, hyphenPrefixes: new Set(file.hyphenPrefixes), hyphenSuffixes: new Set(file.hyphenSuffixes), filter: lexemeFilter.build(lexemes.keys()) },
    tagger: { tagNames, noun: tagNames.indexOf('NOUN'), words, unknown },
    nonFinal: new Set(file.nonFinal),
  };
}
