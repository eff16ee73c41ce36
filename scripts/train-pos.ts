/**
 * Distils wink-nlp's English model into models/pos-lexicon.json, which the `tokens` stage
 * (src/extract/tokens/) reads instead of running wink:
 *
 *   npx node scripts/train-pos.ts [DATA_DIR] [--out FILE] [--limit N]   (DATA_DIR: ../shared/data)
 *
 * (`npm run train` runs it with the defaults, among the other trainers.) About a minute.
 *
 * 1. From wink's lexicon: the lexemes its tokeniser keeps whole although they hold marks
 *    ("U.S.", "Mr.", "e-mail") or splits as contractions ("don't" → "do" "n't"), its kept
 *    hyphen prefixes and suffixes, and which abbreviations never end a sentence ("Mr.").
 * 2. From wink's tags over the development corpora (bbc-news/bbc/*\/*.txt,
 *    polnear/train/text/*.txt, allsides' content_original): each word seen 3 times or
 *    more with its most frequent tag, and for ambiguous words the tag by context (the
 *    previous tag, the next word's usual tag) where that differs; for rarer words, the
 *    usual tag by shape and last three letters (word-class.ts). A word that its class
 *    alone tags right is left out of the lexicon: smaller, and faster to look up.
 *    polnear/dev and ../seeds are held out: a training article sharing a long line with
 *    them is skipped.
 * Output is sorted and carries no timestamp, so the same corpora give the same file.
 */
import { createReadStream, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createGunzip } from 'node:zlib';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { chars } from '../src/extract/tokens/chars.ts';
import { posCodes } from '../src/extract/tokens/pos-codes.ts';
import { createWinkReference } from '../src/extract/tokens/wink-reference.ts';
import { wordClass } from '../src/extract/tokens/word-class.ts';
import { readDocuments } from '../src/ingest/read-documents.ts';

const here = dirname(fileURLToPath(import.meta.url));
const { values, positionals } = parseArgs({
  options: { out: { type: 'string', default: join(here, '..', 'models', 'pos-lexicon.json') }, limit: { type: 'string' } },
  allowPositionals: true,
});
const data = resolve(positionals[0] ?? '../shared/data');
const limit = values.limit === undefined ? Infinity : Number(values.limit);
const corpora = {
  bbc: join(data, 'bbc-news', 'bbc'),
  polnear: join(data, 'polnear', 'train', 'text'),
  allsides: join(data, 'allsides', 'articles-crossoutlet.jsonl.gz'),
};
if (!existsSync(data) || !Object.values(corpora).some((p) => existsSync(p))) {
  process.stderr.write(`train-pos: no development data at ${data}\n(expected bbc-news/bbc, polnear/train/text or allsides/ below it; pass the path of ../shared/data)\n`);
  process.exit(2);
}
for (const [name, path] of Object.entries(corpora)) if (!existsSync(path)) process.stderr.write(`train-pos: ${name} missing (${path}), going on without it\n`);

/** Minimum count of a word, of a context rule, of an unknown-word class. */
const MIN_WORD = 3;
const MIN_RULE = 3;
const MIN_UNKNOWN = 5;
/** Words whose usual tag covers less than this share get context rules. */
const AMBIGUOUS = 0.995;

// --- held-out text: long lines of polnear/dev and the seeds
const heldOut = new Set<string>();
for (const dir of [join(data, 'polnear', 'dev', 'text'), join(data, '..', 'seeds')]) {
  for await (const text of textFiles(dir)) for (const line of longLines(text)) heldOut.add(line);
}

// --- run wink over the corpora once, keeping tokens as word ids, tags, sentence starts
const wink = createWinkReference();
const vocab = new Map<string, number>();
const words: string[] = [];
const tokenWord: number[] = [];
const tokenTag: number[] = [];
const tokenFirst: number[] = [];
const tagIds = new Map<string, number>();
let docs = 0;
let skipped = 0;
async function* trainingTexts(): AsyncIterable<string> {
  if (existsSync(corpora.bbc)) yield* textFiles(corpora.bbc);
  if (existsSync(corpora.polnear)) yield* textFiles(corpora.polnear);
  if (existsSync(corpora.allsides)) {
    const lines = createInterface({ input: createReadStream(corpora.allsides).pipe(createGunzip()) });
    for await (const line of lines) {
      const article = JSON.parse(line) as { content_original?: string };
      if (article.content_original) yield article.content_original;
    }
  }
}
for await (const text of trainingTexts()) {
  if (docs >= limit) break;
  if (longLines(text).some((l) => heldOut.has(l))) {
    skipped++;
    continue;
  }
  docs++;
  const { tokens, sentences } = wink.analyse(text);
  const first = new Set(sentences.map((s) => s.tokenStart));
  tokens.forEach((t, i) => {
    let w = vocab.get(t.text);
    if (w === undefined) vocab.set(t.text, (w = words.push(t.text) - 1));
    let tag = tagIds.get(t.pos);
    if (tag === undefined) tagIds.set(t.pos, (tag = tagIds.size));
    tokenWord.push(w);
    tokenTag.push(tag);
    tokenFirst.push(first.has(i) ? 1 : 0);
  });
  if (docs % 1000 === 0) process.stderr.write(`train-pos: ${docs} articles, ${tokenWord.length} tokens\n`);
}
process.stderr.write(`train-pos: ${docs} articles (${skipped} held out), ${tokenWord.length} tokens, ${words.length} distinct words\n`);
const tagNames = [...tagIds.keys()];
const letter = (tag: number): string => {
  const l = posCodes.letters[tagNames[tag] as keyof typeof posCodes.letters];
  if (!l) throw new Error(`train-pos: wink gave a tag without a letter: ${tagNames[tag]}`);
  return l;
};

// --- counts: per word, then per context for ambiguous words, per class for rare words
type Counts = Map<string, number[]>;
const bump = (m: Counts, key: string, tag: number): void => {
  let c = m.get(key);
  if (!c) m.set(key, (c = []));
  c[tag] = (c[tag] ?? 0) + 1;
};
const best = (c: number[]): { tag: number; count: number; total: number } => {
  let tag = 0;
  let total = 0;
  for (let t = 0; t < c.length; t++) {
    const n = c[t] ?? 0;
    total += n;
    if (n > (c[tag] ?? 0)) tag = t;
  }
  return { tag, count: c[tag] ?? 0, total };
};
const perWord = new Array<number[] | undefined>(words.length);
for (let i = 0; i < tokenWord.length; i++) {
  const w = tokenWord[i] as number;
  const c = (perWord[w] ??= []);
  const tag = tokenTag[i] as number;
  c[tag] = (c[tag] ?? 0) + 1;
}
// words seen MIN_WORD times or more; the rarer ones teach the classes of unknown words
const frequent = new Map<number, { tag: number; ambiguous: boolean }>();
perWord.forEach((c, w) => {
  if (!c) return;
  const b = best(c);
  if (b.total >= MIN_WORD) frequent.set(w, { tag: b.tag, ambiguous: b.count / b.total < AMBIGUOUS });
});
const classOf = (w: number, sentenceStart: boolean): number => wordClass(words[w] as string, 0, (words[w] as string).length, sentenceStart);
const unknown = new Map<number, number[]>();
for (let i = 0; i < tokenWord.length; i++) {
  const w = tokenWord[i] as number;
  if (frequent.has(w)) continue;
  const key = classOf(w, tokenFirst[i] === 1);
  for (const k of [key, key & wordClass.SHAPE]) {
    let c = unknown.get(k);
    if (!c) unknown.set(k, (c = []));
    c[tokenTag[i] as number] = (c[tokenTag[i] as number] ?? 0) + 1;
  }
}
const classTag = new Map<number, number>();
for (const [key, c] of unknown) {
  const b = best(c);
  if (b.total >= MIN_UNKNOWN || (key & ~wordClass.SHAPE) === 0) classTag.set(key, b.tag);
}
const predicted = (w: number, sentenceStart: boolean): number => {
  const key = classOf(w, sentenceStart);
  return classTag.get(key) ?? classTag.get(key & wordClass.SHAPE) ?? tagIds.get('NOUN') ?? 0;
};
// the lexicon keeps a word unless its class alone gives its tag wherever it stands, and
// keeps "Trump" when it keeps "trump": at a sentence start the tagger would take the latter
const usual = new Map<number, { tag: number; ambiguous: boolean }>();
for (const [w, u] of frequent) {
  if (u.ambiguous || predicted(w, false) !== u.tag || predicted(w, true) !== u.tag) usual.set(w, u);
}
for (const [w, u] of frequent) {
  const lowered = vocab.get((words[w] as string).toLowerCase());
  if (!usual.has(w) && lowered !== undefined && lowered !== w && usual.has(lowered)) usual.set(w, u);
}
/** The next word's usual tag, or its class's, as the tagger sees it. */
const nextClass = (i: number): string => {
  if (i + 1 >= tokenWord.length || tokenFirst[i + 1]) return posCodes.end;
  const w = tokenWord[i + 1] as number;
  return letter(usual.get(w)?.tag ?? predicted(w, false));
};
const byPrev: Counts = new Map();
const byNext: Counts = new Map();
const byBoth: Counts = new Map();
for (let i = 0; i < tokenWord.length; i++) {
  const w = tokenWord[i] as number;
  if (!usual.get(w)?.ambiguous) continue;
  const tag = tokenTag[i] as number;
  const prev = tokenFirst[i] ? posCodes.start : letter(tokenTag[i - 1] as number);
  const next = nextClass(i);
  bump(byPrev, `${w} ${prev}${posCodes.any}`, tag);
  bump(byNext, `${w} ${posCodes.any}${next}`, tag);
  bump(byBoth, `${w} ${prev}${next}`, tag);
}

// --- rules where a context changes the tag: (prev, next) over prev alone, next alone, usual
const rules = new Map<number, Map<string, number>>();
const rule = (w: number, ctx: string): number | undefined => rules.get(w)?.get(ctx);
const keep = (m: Counts, fallback: (w: number, ctx: string) => number): void => {
  for (const [key, c] of m) {
    const b = best(c);
    const sp = key.indexOf(' ');
    const w = Number(key.slice(0, sp));
    const ctx = key.slice(sp + 1);
    if (b.total >= MIN_RULE && b.tag !== fallback(w, ctx)) {
      let r = rules.get(w);
      if (!r) rules.set(w, (r = new Map()));
      r.set(ctx, b.tag);
    }
  }
};
const usualTag = (w: number): number => usual.get(w)?.tag ?? 0;
keep(byPrev, usualTag);
keep(byNext, usualTag);
keep(byBoth, (w, ctx) => rule(w, `${ctx[0]}${posCodes.any}`) ?? rule(w, `${posCodes.any}${ctx[1]}`) ?? usualTag(w));

// --- the model file
const lexicon: Record<string, string> = {};
for (const [w, u] of [...usual].sort((a, b) => cmp(words[a[0]] as string, words[b[0]] as string))) {
  const r = [...(rules.get(w) ?? new Map<string, number>())].sort((a, b) => cmp(a[0], b[0]));
  lexicon[words[w] as string] = letter(u.tag) + r.map(([ctx, tag]) => ctx + letter(tag)).join('');
}
const unknownClasses: Record<string, string> = {};
for (const [key, tag] of [...classTag].sort((x, y) => x[0] - y[0])) unknownClasses[String(key)] = letter(tag);
const tokenizer = winkTokenizerLexicon();
const out = {
  about: 'Distilled from wink-nlp by scripts/train-pos.ts; read by src/extract/tokens/token-model.ts. Tags are letters (see "tags"); a word maps to its usual tag, then rules of three letters: previous tag, next word\'s usual tag, tag ("^" sentence start, "$" sentence end, "*" any). Words whose class gives their tag are left out. "unknown" maps word classes (src/extract/tokens/word-class.ts) to tags.',
  source: { 'wink-nlp': packageVersion('wink-nlp'), 'wink-eng-lite-web-model': packageVersion('wink-eng-lite-web-model'), articles: docs, tokens: tokenWord.length },
  tags: Object.fromEntries(Object.entries(posCodes.letters).map(([tag, l]) => [l, tag])),
  ...tokenizer,
  words: lexicon,
  unknown: unknownClasses,
};
mkdirSync(dirname(values.out), { recursive: true });
writeFileSync(values.out, `${JSON.stringify(out)}\n`);
process.stderr.write(`train-pos: ${Object.keys(lexicon).length} words, ${[...rules.values()].reduce((n, r) => n + r.size, 0)} context rules, ${Object.keys(unknownClasses).length} unknown-word classes → ${values.out}\n`);

/** Lexemes with marks or expansions, hyphen prefixes and suffixes, titles that never end a sentence. */
function winkTokenizerLexicon(): { lexemes: Record<string, number[]>; hyphenPrefixes: string[]; hyphenSuffixes: string[]; nonFinal: string[] } {
  const core = (model as unknown as { core(): WinkCore }).core();
  const list = core.features.lexeme.list.slice(0, core.features.lexeme.intrinsicSize);
  const bare = winkNLP(model, []);
  const sbd = winkNLP(model, ['sbd']);
  const lexemes: Record<string, number[]> = {};
  const nonFinal: string[] = [];
  for (const w of [...list].sort(cmp)) {
    const parts = bare.readDoc(w).tokens().out(bare.its.value) as string[];
    const split = parts.length > 1 && parts.join('') === w;
    // a plain word is a word token anyway: only its expansion matters
    const plain = w.length > 0 && Array.from(w).every((ch) => ch.length === 1 && chars.isWordChar(ch.charCodeAt(0)));
    if (plain && !split) continue;
    if (parts.length > 1 && !split) continue;
    lexemes[w] = split ? parts.map((p) => p.length) : [];
    // "Mr. Smith" never ends a sentence after "Mr.", but "... in Mobile, Ala. The crowd" does
    if (/^[^.]+\.$|^([a-z]\.)+$/i.test(w) && w.length > 2 && sbd.readDoc(`The answer came in ${w} He left early.`).sentences().length() === 1) nonFinal.push(w);
  }
  return { lexemes, hyphenPrefixes: Object.keys(core.preserve.prefix).sort(cmp), hyphenSuffixes: Object.keys(core.preserve.suffix).sort(cmp), nonFinal };
}

interface WinkCore {
  features: { lexeme: { list: string[]; intrinsicSize: number } };
  preserve: { prefix: Record<string, boolean>; suffix: Record<string, boolean> };
}

async function* textFiles(dir: string): AsyncIterable<string> {
  if (!existsSync(dir)) return;
  for await (const item of readDocuments([dir], { accept: (p) => /\.txt$/i.test(p) && !/readme/i.test(p) })) if (item.ok) yield item.doc.text;
}

function longLines(text: string): string[] {
  return text.split('\n').filter((l) => l.length > 80);
}

function packageVersion(name: string): string {
  return (JSON.parse(readFileSync(join(here, '..', 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
