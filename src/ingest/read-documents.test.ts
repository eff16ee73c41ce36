import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { localServer } from '../../test/local-server.ts';
import { readDocuments } from './read-documents.ts';
import type { DocumentItem } from './to-document.ts';

const RSS = '<rss version="2.0"><channel><title>Velm Courier</title><item><title>Board denies claims</title><link>https://courier.example/1</link><description>Orrin Tate said the works were finished.</description></item></channel></rss>';

async function names(input: readonly string[]): Promise<string[]> {
  const out: string[] = [];
  for await (const d of readDocuments(input, { now: () => new Date('2024-05-14T12:00:00Z') }) as AsyncIterable<DocumentItem>) {
    out.push(d.ok ? `${d.doc.name} ${d.raw.mediaType}${d.doc.publisher ? ` (${d.doc.publisher})` : ''}` : `problem ${d.problem.code}`);
  }
  return out;
}

describe('readDocuments routes each location to its source', () => {
  let server: Awaited<ReturnType<typeof localServer>>;
  let dir: string;
  before(async () => {
    server = await localServer((req, res) => {
      if (req.url === '/feed') {
        res.writeHead(200, { 'content-type': 'text/xml' });
        res.end(RSS);
      } else if (req.url === '/page.html') {
        res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' });
        res.end('Mira Oddny said the board had ignored warnings.');
      } else {
        res.writeHead(404);
        res.end();
      }
    });
    dir = mkdtempSync(join(tmpdir(), 'claimtrail-read-'));
    mkdirSync(join(dir, 'walk'));
    writeFileSync(join(dir, 'walk', 'a.txt'), 'Residents of Velm said the wall was weak.');
    writeFileSync(join(dir, 'walk', 'courier.rss'), RSS);
    writeFileSync(join(dir, 'walk', 'sitemap.xml'), '<urlset/>');
    writeFileSync(join(dir, 'feed.xml'), RSS);
    writeFileSync(join(dir, 'notes.xml'), '<notes>Not a feed, read as text as before.</notes>');
    writeFileSync(join(dir, 'batch.jsonl'), `${JSON.stringify({ title: 'From a dataset', text: 'Petra Voss said no bridge was at risk.' })}\n{oops\n`);
  });
  after(() => server.close());

  it('files, directories, URLs, JSONL and feeds, in the order given', async () => {
    assert.deepEqual(
      await names([
        join(dir, 'walk'),
        join(dir, 'feed.xml'),
        join(dir, 'notes.xml'),
        join(dir, 'batch.jsonl'),
        `${server.url}/page.html`,
        `${server.url}/feed`,
        `${server.url}/gone`,
      ]),
      [
        'a text/plain',
        'board-denies-claims text/html (Velm Courier)',
        'board-denies-claims text/html (Velm Courier)',
        'notes text/plain',
        'from-a-dataset text/plain',
        'problem bad-line',
        'page text/plain',
        'board-denies-claims text/html (Velm Courier)',
        'problem http-status',
      ],
    );
  });
});
