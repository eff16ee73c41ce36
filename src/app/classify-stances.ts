import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { InputError, NotFoundError } from '../domain/errors.ts';
import { analyseText, type AnalysedText } from '../link/stance/analyse-text.ts';
import { decodeStanceModel } from '../link/stance/decode-stance-model.ts';
import { stanceOf, type StanceResult } from '../link/stance/stance-of.ts';

/** A claim and a text to compare, under the caller's id. */
export interface StanceQuery {
  readonly id: string;
  readonly claim: string;
  readonly text: string;
}

export interface StanceAnswer extends StanceResult {
  readonly id: string;
}

export interface ClassifyStancesOptions {
  /** A committed model's name (`fnc1`, the default; `emergent`) or a model file's path. */
  readonly model?: string;
  /** What a relative model path is relative to (the process's directory by default). */
  readonly cwd?: string;
}

/**
 * The committed models, made by `npm run train`: `fnc1` compares a claim (a headline) with
 * a whole article and knows `unrelated`; `emergent` compares a claim with another headline.
 */
const MODELS: Readonly<Record<string, URL>> = {
  fnc1: new URL('../../models/stance-fnc1.bin', import.meta.url),
  emergent: new URL('../../models/stance-emergent.bin', import.meta.url),
};

/** How many analysed texts to keep: an FNC-1 body comes back with each of its headlines. */
const TEXT_CACHE = 512;

/**
 * The stance of each text toward its claim, in input order. The model is read once, when
 * the first pair is asked for; a text seen recently is not analysed again.
 */
export async function* classifyStances(
  queries: AsyncIterable<StanceQuery> | Iterable<StanceQuery>,
  options: ClassifyStancesOptions = {},
): AsyncIterable<StanceAnswer> {
  const name = options.model ?? 'fnc1';
  const builtIn = Object.hasOwn(MODELS, name) ? MODELS[name] : undefined;
  const file = builtIn ?? resolve(options.cwd ?? '.', name);
  if (!existsSync(file)) {
    throw new NotFoundError(
      builtIn
        ? `the ${name} stance model (${file.toString()}) is missing; run npm run train`
        : `stance model file ${name} does not exist`,
    );
  }
  let model;
  try {
    model = decodeStanceModel(readFileSync(file));
  } catch (err) {
    throw new InputError(`cannot read the stance model ${file.toString()}`, { cause: err });
  }
  const cache = new Map<string, AnalysedText>();
  for await (const q of queries) {
    let text = cache.get(q.text);
    if (!text) {
      if (cache.size >= TEXT_CACHE) cache.clear();
      cache.set(q.text, (text = analyseText(q.text)));
    }
    yield { id: q.id, ...stanceOf(model, q.claim, text) };
  }
}
