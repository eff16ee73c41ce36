// Reads every web archive fixture in the shared data (warcio's test files, the malformed ones
// included, and Common Crawl's "whirlwind" WARC/WAT/WET) through the WARC source, and reports
// per file: records framed, documents yielded, records skipped (by reason), and each problem
// with its offset. It checks that no file crashes the reader, that the record count matches a
// naive count of record header lines, that every document decodes, and the per-file counts and
// problem offsets established by reading the fixtures by hand.
//
//   node scripts/eval-warc.ts [DATA_DIR]      (default ../shared/data)
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { toDocument } from '../src/ingest/to-document.ts';
import { warcSource } from '../src/ingest/warc/warc-source.ts';

const data = process.argv[2] ?? '../shared/data';
const dirs = [join(data, 'fixtures/warcio/test/data'), join(data, 'fixtures/commoncrawl-whirlwind')];
const missing = dirs.filter((d) => !existsSync(d));
if (missing.length > 0) {
  console.error(
    `eval-warc: fixtures not found: ${missing.join(', ')}\n(pass the shared data directory: node scripts/eval-warc.ts PATH/TO/shared/data)`,
  );
  process.exit(2);
}

/** Records, documents, skipped and problem offsets (severity:offset) as read by hand from each fixture. */
const EXPECTED: Record<string, { records: number; docs: number; skipped: number; problems: string[] }> = {
  'bad.arc': { records: 4, docs: 0, skipped: 4, problems: ['warning:0', 'warning:134', 'warning:262'] },
  'example-bad-non-chunked.warc.gz': { records: 6, docs: 1, skipped: 5, problems: [] },
  'example-bad.warc.gz.bad': { records: 6, docs: 1, skipped: 5, problems: [] },
  'example-digest.warc': { records: 4, docs: 0, skipped: 4, problems: [] },
  'example-iana.org-chunked.warc': { records: 3, docs: 1, skipped: 2, problems: [] },
  'example-resource.warc.gz': { records: 3, docs: 1, skipped: 2, problems: [] },
  'example-space-in-target-uri.warc.gz': { records: 2, docs: 0, skipped: 2, problems: [] },
  'example-space-in-url.arc': { records: 2, docs: 1, skipped: 1, problems: ['warning:151'] },
  'example-trunc.warc': { records: 4, docs: 1, skipped: 3, problems: ['warning:1197'] },
  'example-wget-bad-target-uri.warc.gz': { records: 6, docs: 3, skipped: 3, problems: [] },
  'example-wrong-chunks.warc.gz': { records: 2, docs: 1, skipped: 1, problems: [] },
  'example.arc': { records: 2, docs: 1, skipped: 1, problems: [] },
  'example.arc.gz': { records: 2, docs: 1, skipped: 1, problems: [] },
  'example.warc': { records: 6, docs: 1, skipped: 5, problems: [] },
  'example.warc.gz': { records: 6, docs: 1, skipped: 5, problems: [] },
  'post-test.warc.gz': { records: 6, docs: 0, skipped: 6, problems: [] },
  'whirlwind.warc': { records: 4, docs: 1, skipped: 3, problems: [] },
  'whirlwind.warc.gz': { records: 4, docs: 1, skipped: 3, problems: [] },
  'whirlwind.warc.wat': { records: 2, docs: 0, skipped: 2, problems: [] },
  'whirlwind.warc.wat.gz': { records: 2, docs: 0, skipped: 2, problems: [] },
  'whirlwind.warc.wet': { records: 2, docs: 1, skipped: 1, problems: [] },
  'whirlwind.warc.wet.gz': { records: 2, docs: 1, skipped: 1, problems: [] },
};

const files = dirs.flatMap((d) =>
  readdirSync(d)
    .filter((n) => /\.(warc|arc|wet|wat)(\.gz)?(\.bad)?$/.test(n))
    .sort()
    .map((n) => join(d, n)),
);
let failures = 0;
const rows: string[][] = [['file', 'records', 'naive', 'docs', 'skipped', 'problems', 'check']];
const details: string[] = [];
for (const path of files) {
  const name = path.split('/').pop() as string;
  let records = 0;
  const skipped = new Map<string, number>();
  const problems: string[] = [];
  const docs: string[] = [];
  let crash: string | undefined;
  try {
    for await (const item of warcSource(path, {
      onRecord: () => records++,
      onSkip: (_r, why) => skipped.set(why, (skipped.get(why) ?? 0) + 1),
    })) {
      if (!item.ok) {
        problems.push(`${item.problem.severity}:${item.problem.offset ?? '-'}`);
        details.push(
          `  ${name}: ${item.problem.severity} ${item.problem.code} @${item.problem.offset ?? '-'}: ${item.problem.message.replace(`${path}: `, '')}`,
        );
        continue;
      }
      const d = toDocument(item.raw);
      const text = d.ok
        ? `${d.doc.text.length} chars${d.doc.text.trimStart().startsWith('<') ? ', still HTML' : ''}`
        : `undecodable: ${d.problem.code}`;
      if (!d.ok) failures++;
      docs.push(
        `  ${name}: document ${item.raw.name} ${item.raw.mediaType} ${item.raw.bytes.length} bytes, ${item.raw.capturedAt ?? 'no date'} → ${text}`,
      );
    }
  } catch (err) {
    crash = err instanceof Error ? (err.stack ?? err.message) : String(err);
  }
  const naive = naiveCount(path);
  const skippedTotal = [...skipped.values()].reduce((a, b) => a + b, 0);
  const want = EXPECTED[name];
  const got = { records, docs: docs.length, skipped: skippedTotal, problems };
  const ok =
    !crash &&
    (want ? JSON.stringify(want) === JSON.stringify(got) : true) &&
    records >= naive - problems.filter((p) => p.startsWith('error')).length;
  if (!ok) failures++;
  rows.push([
    name,
    String(records),
    String(naive),
    String(docs.length),
    `${skippedTotal} (${[...skipped].map(([k, v]) => `${k}${v > 1 ? ` ×${v}` : ''}`).join(', ')})`,
    problems.length === 0 ? '0' : problems.join(' '),
    crash
      ? 'CRASH'
      : !want
        ? 'new file: counts not checked'
        : ok
          ? 'ok'
          : `MISMATCH, expected ${JSON.stringify(want)}`,
  ]);
  details.push(...docs);
  if (crash) details.push(`  ${name}: CRASH ${crash}`);
}

const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length))) ?? [];
for (const r of rows)
  console.log(r.map((c, i) => (i === 4 || i === 5 || i === 6 ? c : c.padEnd(widths[i] ?? 0))).join('  '));
console.log('\nproblems and documents:');
for (const d of details) console.log(d);
console.log(`\n${files.length} files, ${failures === 0 ? 'all as expected' : `${failures} failing`}`);
process.exit(failures === 0 ? 0 : 1);

/** Record header lines counted the dumb way (whole file in memory: fixtures are small), as a check on the framing. */
function naiveCount(path: string): number {
  let bytes = readFileSync(path);
  try {
    if (bytes[0] === 0x1f && bytes[1] === 0x8b) bytes = gunzipSync(bytes);
  } catch {
    return 0;
  }
  const text = bytes.toString('latin1');
  const warc = text.match(/^WARC\/\d+\.\d+\r?$/gm)?.length ?? 0;
  const arc = text.match(/^\S+:\S* \S+ \d{12,18} \S+ \S+\r?$/gm)?.length ?? 0;
  return warc > 0 ? warc : arc;
}
