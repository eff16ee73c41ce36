/**
 * Measures event clustering (src/link/events) on ECB+: 982 news documents in 43 topics, each
 * topic holding two "seminal events" (sub-topics: the `N_*ecb.xml` and the `N_*ecbplus.xml`
 * files of topic N). All 982 are clustered at once, without any label; labels are used only
 * to choose the cut threshold and to score.
 *
 *   npx node scripts/eval-ecbplus.ts [../shared/data]        (or: npm run eval:events)
 *
 * Reports B-cubed precision, recall and F1 against topics and against sub-topics:
 *  - leave-topics-out: topics are dealt into 5 folds; for each fold the threshold is the one
 *    that scores best on the other folds' documents, and it is scored on this fold's, so no
 *    document is scored with a threshold chosen by looking at its own label;
 *  - at the library's fixed defaults (`EVENT_THRESHOLDS`), which were set from these runs
 *    (so on ECB+ they are in-sample figures: the leave-topics-out ones are the fair ones);
 *  - a threshold sweep, to show how flat or steep each curve is.
 *
 * Text: the tokens of each document's XML, one sentence a line. Sentence 0 of the `ecbplus`
 * files is the URL the text was found at (README.txt), not text, and is left out; it would
 * also tell the two sub-corpora apart.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { bCubed, type BCubedScore } from '../src/link/events/b-cubed.ts';
import { cutMerges } from '../src/link/events/cut-merges.ts';
import { eventDendrogram } from '../src/link/events/event-dendrogram.ts';
import { EVENT_THRESHOLDS } from '../src/link/events/event-thresholds.ts';
import type { Merge } from '../src/link/events/merge.ts';

interface EcbDocument {
  readonly id: string;
  readonly text: string;
  readonly topic: string;
  readonly subTopic: string;
}

const FOLDS = 5;
const GRID = Array.from({ length: 111 }, (_, i) => Math.round((0.05 + i * 0.005) * 1000) / 1000);

function main(argv: readonly string[]): number {
  const dataDir = argv[0] ?? '../shared/data';
  const archive = join(dataDir, 'ecbplus', 'ECBplus-xml.tar.gz');
  if (!existsSync(archive)) {
    console.error(
      `eval-ecbplus: ${archive} not found. Pass the data directory holding ecbplus/ (default ../shared/data).`,
    );
    return 2;
  }
  const started = performance.now();
  const documents = readEcbPlus(archive);
  const loaded = performance.now();
  const tree = eventDendrogram(documents);
  const clustered = performance.now();
  const n = documents.length;
  const topics = documents.map((d) => d.topic);
  const subTopics = documents.map((d) => d.subTopic);
  console.log(`ECB+: ${n} documents, ${new Set(topics).size} topics, ${new Set(subTopics).size} sub-topics`);
  console.log(
    `read ${ms(loaded - started)}, clustered ${ms(clustered - loaded)} (${Math.round((1000 * n) / (clustered - loaded))} documents/s), ${tree.merges.length} merges`,
  );

  // One cut per grid threshold, shared by everything below.
  const labelsAt = new Map(GRID.map((t) => [t, labelsOf(n, tree.merges, t)]));
  const foldOf = foldsByTopic(topics);
  for (const [level, gold] of [
    ['topics', topics],
    ['sub-topics', subTopics],
  ] as const) {
    console.log(`\nagainst the ${new Set(gold).size} ${level}`);
    const { score, chosen } = leaveTopicsOut(labelsAt, gold, foldOf);
    console.log(`  leave-topics-out (${FOLDS} folds, thresholds ${chosen.join(', ')}): ${show(score)}`);
    for (const [name, threshold] of Object.entries(EVENT_THRESHOLDS)) {
      const labels = labelsOf(n, tree.merges, threshold);
      console.log(
        `  library default ${name} = ${threshold} (${new Set(labels).size} clusters): ${show(bCubed(labels, gold))}`,
      );
    }
  }
  console.log('\nsweep: threshold  clusters  topics P/R/F1  sub-topics P/R/F1');
  for (const t of GRID.filter((x) => Math.round(x * 1000) % 25 === 0)) {
    const labels = labelsAt.get(t)!;
    const a = bCubed(labels, topics);
    const b = bCubed(labels, subTopics);
    console.log(`  ${t.toFixed(3)}  ${String(new Set(labels).size).padStart(4)}  ${triple(a)}  ${triple(b)}`);
  }
  console.log(`\ntotal ${ms(performance.now() - started)}`);
  return 0;
}

/**
 * For each fold of topics: the grid threshold with the best F1 on the documents of the other
 * folds (ties to the lower threshold), applied to this fold's documents. Cluster labels are
 * kept per fold, so two held-out folds never share a cluster; the pooled labels are scored.
 */
function leaveTopicsOut(
  labelsAt: ReadonlyMap<number, readonly number[]>,
  gold: readonly string[],
  foldOf: readonly number[],
): { score: BCubedScore; chosen: number[] } {
  const pooled: string[] = new Array<string>(gold.length);
  const chosen: number[] = [];
  for (let fold = 0; fold < FOLDS; fold++) {
    const train = foldOf.flatMap((f, i) => (f === fold ? [] : [i]));
    const test = foldOf.flatMap((f, i) => (f === fold ? [i] : []));
    let best = { threshold: GRID[0]!, f1: -1 };
    for (const [threshold, labels] of labelsAt) {
      const f1 = bCubed(
        train.map((i) => labels[i]!),
        train.map((i) => gold[i]!),
      ).f1;
      if (f1 > best.f1) best = { threshold, f1 };
    }
    chosen.push(best.threshold);
    const labels = labelsAt.get(best.threshold)!;
    for (const i of test) pooled[i] = `${fold}:${labels[i]}`;
  }
  return { score: bCubed(pooled, gold), chosen };
}

/** Topics in numeric order dealt round-robin into folds; a document goes with its topic. */
function foldsByTopic(topics: readonly string[]): number[] {
  const order = [...new Set(topics)].sort((a, b) => Number(a) - Number(b));
  const fold = new Map(order.map((t, i) => [t, i % FOLDS]));
  return topics.map((t) => fold.get(t)!);
}

function labelsOf(n: number, merges: readonly Merge[], threshold: number): number[] {
  const labels = new Array<number>(n).fill(-1);
  cutMerges(n, merges, threshold).forEach((members, cluster) => {
    for (const d of members) labels[d] = cluster;
  });
  return labels;
}

/** Every `ECB+/<topic>/<topic>_<n>ecb[plus].xml` in the archive, in name order. */
function readEcbPlus(archive: string): EcbDocument[] {
  const documents: EcbDocument[] = [];
  for (const [path, body] of tarEntries(gunzipSync(readFileSync(archive)))) {
    const name = path.split('/').pop() ?? '';
    const match = /^(\d+)_\d+(ecb|ecbplus)\.xml$/.exec(name);
    if (!match) continue;
    const [, topic, corpus] = match as unknown as [string, string, string];
    const sentences = new Map<number, string[]>();
    // <token t_id="12" sentence="2" number="7">bridge</token>
    for (const token of body
      .toString('utf8')
      .matchAll(/<token\b[^>]*\bsentence="(\d+)"[^>]*>([^<]*)<\/token>/g)) {
      const sentence = Number(token[1]);
      if (corpus === 'ecbplus' && sentence === 0) continue;
      const words = sentences.get(sentence) ?? [];
      words.push(decodeEntities(token[2]!));
      sentences.set(sentence, words);
    }
    const text = [...sentences.entries()]
      .sort((a, b) => a[0] - b[0])
      .map(([, words]) => words.join(' '))
      .join('\n');
    documents.push({ id: name, text, topic, subTopic: `${topic}${corpus}` });
  }
  return documents.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** The regular files of a (POSIX ustar or old GNU) tar archive: path and bytes. */
function* tarEntries(tar: Buffer): Generator<[string, Buffer]> {
  let offset = 0;
  let longName: string | undefined;
  while (offset + 512 <= tar.length) {
    const header = tar.subarray(offset, offset + 512);
    if (header.every((byte) => byte === 0)) return;
    const field = (start: number, end: number): string =>
      header.toString('latin1', start, end).replace(/\0.*$/s, '');
    const size = parseInt(field(124, 136).trim() || '0', 8);
    const type = field(156, 157);
    const prefix = field(345, 500);
    const body = tar.subarray(offset + 512, offset + 512 + size);
    offset += 512 + Math.ceil(size / 512) * 512;
    // GNU tar puts a name longer than 100 bytes in an entry of its own, before the file.
    if (type === 'L') {
      longName = body.toString('utf8').replace(/\0.*$/s, '');
      continue;
    }
    const path = longName ?? (prefix ? `${prefix}/${field(0, 100)}` : field(0, 100));
    longName = undefined;
    if (type === '0' || type === '') yield [path, body];
  }
}

function decodeEntities(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|apos|#\d+|#x[0-9a-f]+);/gi, (whole, entity: string) => {
    const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
    if (entity[0] !== '#') return named[entity.toLowerCase()] ?? whole;
    const code =
      entity[1] === 'x' || entity[1] === 'X' ? parseInt(entity.slice(2), 16) : parseInt(entity.slice(1), 10);
    return String.fromCodePoint(code);
  });
}

const ms = (x: number): string => (x >= 1000 ? `${(x / 1000).toFixed(2)} s` : `${Math.round(x)} ms`);
const show = (s: BCubedScore): string =>
  `P ${s.precision.toFixed(3)}  R ${s.recall.toFixed(3)}  F1 ${s.f1.toFixed(3)}`;
const triple = (s: BCubedScore): string =>
  `${s.precision.toFixed(3)}/${s.recall.toFixed(3)}/${s.f1.toFixed(3)}`;

process.exitCode = main(process.argv.slice(2));
