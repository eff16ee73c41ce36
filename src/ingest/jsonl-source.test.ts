import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { gzipSync } from 'node:zlib';
import { jsonlSource } from './jsonl-source.ts';
import type { SourceItem } from './source-item.ts';

const LINES = [
  JSON.stringify({
    url: 'https://courier.example/2024/harbour-board',
    title: 'Harbour board denies dredging caused flooding',
    text: 'The harbour board of Velm denied on Tuesday that its dredging works had caused the floods.',
    published: 'Tue, 14 May 2024 09:30:00 +0100',
    author: ['Orla Penhallow', 'Mira Oddny'],
    publisher: 'The Velm Courier',
    id: 'velm-1001',
  }),
  '',
  '{"title": "Broken", "text": "unterminated',
  JSON.stringify({ title: 'No body at all' }),
  JSON.stringify({ url: 'not a url', text: 'x' }),
  JSON.stringify({ id: 77, html: '<p>“We wrote to them twice,” said Mira Oddny.</p>', published: null }),
  JSON.stringify([1, 2, 3]),
];

async function all(items: AsyncIterable<SourceItem>): Promise<SourceItem[]> {
  const out: SourceItem[] = [];
  for await (const i of items) out.push(i);
  return out;
}

function file(name: string, content: string | Buffer): string {
  const path = join(mkdtempSync(join(tmpdir(), 'claimtrail-jsonl-')), name);
  writeFileSync(path, content);
  return path;
}

describe('jsonlSource', () => {
  it('yields one original per article line and a problem naming the line for each bad one', async () => {
    const path = file('articles.jsonl', `${LINES.join('\r\n')}\n`);
    const items = await all(jsonlSource([path]));
    assert.equal(items.length, 6, 'the blank line is skipped');
    const [a, broken, nobody, badUrl, b, array] = items;
    assert.ok(a?.ok);
    assert.equal(a.raw.name, 'harbour-board-denies-dredging-caused-flooding');
    assert.equal(a.raw.uri, 'https://courier.example/2024/harbour-board');
    assert.equal(a.raw.mediaType, 'text/plain');
    assert.deepEqual(a.raw.hints, {
      title: 'Harbour board denies dredging caused flooding',
      published: '2024-05-14T08:30:00.000Z',
      author: 'Orla Penhallow, Mira Oddny',
      url: 'https://courier.example/2024/harbour-board',
      publisher: 'The Velm Courier',
    });
    assert.match(new TextDecoder().decode(a.raw.bytes), /^The harbour board of Velm denied/);
    for (const [item, line, why] of [
      [broken, 3, /not JSON/],
      [nobody, 4, /needs a non-empty "text" or "html"/],
      [badUrl, 5, /url: /],
      [array, 7, /expected object/i],
    ] as const) {
      assert.ok(item && !item.ok);
      assert.equal(item.problem.doc, `articles:${line}`);
      assert.equal(item.problem.code, 'bad-line');
      assert.match(item.problem.message, new RegExp(`articles\\.jsonl line ${line}: `));
      assert.match(item.problem.message, why);
    }
    assert.ok(b?.ok);
    assert.equal(b.raw.name, '77');
    assert.equal(b.raw.mediaType, 'text/html');
    assert.equal(b.raw.uri, `${path}#L6`);
  });

  it('reads .jsonl.gz, skips a line over the limit without holding it, and reports a missing file', async () => {
    const long = JSON.stringify({ title: 'Long', text: 'z'.repeat(10_000) });
    const gz = file('batch.jsonl.gz', gzipSync(`${long}\n${LINES[0]}`));
    const items = await all(jsonlSource([gz, '/nonexistent/x.jsonl'], { maxBytes: 2048 }));
    assert.deepEqual(
      items.map((i) => (i.ok ? i.raw.name : `${i.problem.doc} ${i.problem.code}`)),
      ['batch:1 too-large', 'harbour-board-denies-dredging-caused-flooding', 'x unreadable'],
    );
  });
});
