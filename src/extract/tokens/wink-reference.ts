import { createRequire } from 'node:module';
import type WinkNLP from 'wink-nlp';
import type { Sentence, Token } from '../../domain/token.ts';

/** wink-nlp's own tokens, tags and sentences, in the `tokens` stage's conventions. */
export interface WinkReference {
  analyse(text: string): { tokens: Token[]; sentences: Sentence[] };
}

/**
 * wink-nlp with sentences and tags: what the `tokens` stage was distilled from, kept for
 * the scripts that train the tagger (scripts/train-pos.ts) and measure agreement
 * (scripts/compare-tokens.ts). The pipeline does not call it. About 100 ms to load.
 * Each call loads wink's modules afresh: wink keeps words it has seen in module state
 * (after "Trump's," it keeps "Trump's" whole) and its model loader re-encodes a part of
 * the model on every instance, so a second instance of the same modules is not fresh.
 */
export function createWinkReference(): WinkReference {
  const require = createRequire(import.meta.url);
  for (const key of Object.keys(require.cache)) if (/[\\/]wink-(nlp|eng-lite-web-model)[\\/]/.test(key)) delete require.cache[key];
  const winkNLP = require('wink-nlp') as typeof WinkNLP;
  const model = require('wink-eng-lite-web-model') as Parameters<typeof WinkNLP>[0];
  const nlp = winkNLP(model, ['sbd', 'pos']);
  const its = nlp.its;
  return {
    analyse(text) {
      const doc = nlp.readDoc(text);
      const t = doc.tokens();
      const values = t.out(its.value) as string[];
      const pos = t.out(its.pos) as string[];
      const spans = doc.sentences().out(its.span) as unknown as [number, number][];
      return toTokens(text, values, pos, spans);
    },
  };
}

/**
 * Offsets by finding each value in the text from where the last one ended (wink drops
 * a BOM or a form feed, so adding up lengths can drift). A line break always ends a
 * sentence, a blank line starts a paragraph, and a closing mark wink left on its own
 * (‘... never had the idea.”’) joins the sentence before it.
 */
function toTokens(text: string, values: string[], pos: string[], spans: [number, number][]): { tokens: Token[]; sentences: Sentence[] } {
  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  const endsAfter = new Set<number>();
  for (const [, last] of spans) endsAfter.add(last);
  let offset = 0;
  let paragraph = 0;
  let sentStart = -1;
  let breakPending = false;
  const close = (): void => {
    if (sentStart < 0) return;
    const first = tokens[sentStart];
    const last = tokens[tokens.length - 1];
    if (first && last) sentences.push({ start: first.start, end: last.end, tokenStart: sentStart, tokenEnd: tokens.length, paragraph });
    sentStart = -1;
  };
  for (let i = 0; i < values.length; i++) {
    const value = values[i] ?? '';
    const tag = pos[i] ?? 'X';
    const found = value === '' ? offset : text.indexOf(value, offset);
    const start = found < 0 ? offset : found;
    const gap = text.slice(offset, start) + (tag === 'SPACE' ? value : '');
    offset = start + value.length;
    if (gap.includes('\n')) {
      close();
      if (/\n[^\S\n]*\n/.test(gap) && sentences.length > 0) paragraph++;
    }
    if (tag === 'SPACE' || value.trim() === '') {
      if (endsAfter.has(i)) breakPending = true;
      continue;
    }
    if (breakPending) {
      close();
      breakPending = false;
    }
    if (sentStart < 0 && !gap.includes('\n') && isCloser(value, text, offset)) {
      const last = sentences.pop();
      if (last) sentStart = last.tokenStart;
    }
    if (sentStart < 0) sentStart = tokens.length;
    tokens.push({ start, end: offset, text: value, lower: value.toLowerCase(), pos: tag, sentence: sentences.length });
    if (endsAfter.has(i)) close();
  }
  close();
  return { tokens, sentences };
}

/** ”, ’, ), » close a sentence; a straight " does when a space, the end or a mark follows. */
function isCloser(value: string, text: string, end: number): boolean {
  if (value === '\u201d' || value === '\u2019' || value === ')' || value === '\u00bb') return true;
  return value === '"' && (end >= text.length || /^[\s.,;:!?)]/.test(text.slice(end, end + 1)));
}
