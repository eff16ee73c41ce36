import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Analysis } from '../../domain/analysis.ts';
import type { Document } from '../../domain/document.ts';
import { boilerplate } from '../boilerplate/boilerplate.ts';
import { emptyAnalysis } from '../pipeline.ts';
import type { StageContext } from '../stage.ts';
import { headline } from './headline.ts';

// Every article here is invented for these tests.

const ctx = {} as StageContext;

function run(text: string, known: Partial<Document> = {}): Analysis {
  const doc: Document = {
    id: 'x',
    name: 'fixture',
    uri: 'fixture.txt',
    mediaType: 'text/plain',
    text,
    encoding: 'utf-8',
    byteLength: text.length,
    ...known,
  };
  return headline.run(boilerplate.run(emptyAnalysis(doc), ctx), ctx);
}

describe('headline stage', () => {
  it('takes the first line after the boilerplate as the title, with its span', () => {
    const text =
      'YOUR FAVOURITE QUIZ SHOWS ARE NOW ON BOXFLIX+\n\nHarbour Mayor Rejects Claims Of Secret Ferry Deal\n\nThe mayor said on Tuesday that the deal was above board.';
    const a = run(text);
    assert.equal(a.doc.title, 'Harbour Mayor Rejects Claims Of Secret Ferry Deal');
    assert.ok(a.doc.titleSpan);
    assert.equal(text.slice(a.doc.titleSpan.start, a.doc.titleSpan.end), a.doc.title);
  });
  it('reads the "title line, blank line, body" layout, questions and ellipses too', () => {
    assert.equal(
      run('Ferry sales boost harbour profit\n\nProfits at the harbour rose 7%.').doc.title,
      'Ferry sales boost harbour profit',
    );
    assert.equal(
      run('Is this the end of the ferry?\n\nThe ferry may close.').doc.title,
      'Is this the end of the ferry?',
    );
    assert.equal(
      run('Rivals of the £40 ferry pass...\n\nA cheaper pass is coming.').doc.title,
      'Rivals of the £40 ferry pass...',
    );
    assert.equal(
      run('Harbour deal approved in the U.S.\n\nThe deal passed.').doc.title,
      'Harbour deal approved in the U.S.',
    );
    assert.equal(
      run('eFerry app tops download chart\n\nThe app is free.').doc.title,
      'eFerry app tops download chart',
    );
  });
  it('sets no title when the first line is a sentence, a dateline or a byline', () => {
    assert.equal(
      run('The mayor claimed that the ferry contract was above board and fully audited.\n\nHe said so twice.')
        .doc.title,
      undefined,
    );
    assert.equal(
      run('OSLO (Reuters) - The ferry company said it would appeal\n\nIt did.').doc.title,
      undefined,
    );
    assert.equal(run('By Jane Roe\n\nThe ferry sailed.').doc.title, undefined);
    assert.equal(run('Only one line here').doc.title, undefined);
  });
  it('keeps a title the source gave, and finds where it stands', () => {
    const a = run('Ferry Deal Approved\n\nThe council voted.', { title: 'Ferry deal approved' });
    assert.equal(a.doc.title, 'Ferry deal approved');
    assert.deepEqual(a.doc.titleSpan, { start: 0, end: 19 });
    const b = run('The council voted on Tuesday.\n\nIt was close.', { title: 'Ferry deal approved' });
    assert.equal(b.doc.title, 'Ferry deal approved');
    assert.equal(b.doc.titleSpan, undefined);
  });
  it('takes the outlet from a syndication notice', () => {
    const a = run(
      'The ferry sailed on Tuesday.\n\n\nThis article was originally published on Harbour Times. Read the original article.',
    );
    assert.equal(a.doc.syndicatedFrom, 'Harbour Times');
    assert.equal(
      run('The ferry sailed.\n\nThis story first appeared in The Fjord Review.').doc.syndicatedFrom,
      'The Fjord Review',
    );
    assert.equal(
      run('The ferry sailed.\n\nRepublished with permission from Harbour Weekly.').doc.syndicatedFrom,
      'Harbour Weekly',
    );
  });
  it('takes the publisher from a copyright line or a byline naming the outlet', () => {
    assert.equal(run('Ferry Deal\n\nThe ferry sailed.\n\n© 2019 Harbour Post').doc.publisher, 'Harbour Post');
    assert.equal(
      run('Ferry Deal\n\nThe ferry sailed.\n\nCopyright Harbour Media').doc.publisher,
      'Harbour Media',
    );
    assert.equal(
      run('Ferry Deal\n\nBy Jane Roe | Harbour Post\n\nThe ferry sailed.').doc.publisher,
      'Harbour Post',
    );
    assert.equal(
      run('Ferry Deal\n\nBy Jane Roe, Senior Correspondent\n\nThe ferry sailed.').doc.publisher,
      undefined,
    );
    assert.equal(
      run('Ferry Deal\n\nBy Jane Roe | Senior Correspondent\n\nThe ferry sailed.').doc.publisher,
      undefined,
    );
  });
  it('takes the publication date a byline gives after the outlet', () => {
    const dated = (byline: string): [string | undefined, string | undefined] => {
      const d = run(`Ferry Deal\n\n${byline}\n\nThe ferry sailed.`).doc;
      return [d.publisher, d.published];
    };
    assert.deepEqual(dated('By Jane Roe | Harbour Post | 2031-03-06'), ['Harbour Post', '2031-03-06']);
    assert.deepEqual(dated('By Jane Roe | Harbour Post | 6 March 2031'), ['Harbour Post', '2031-03-06']);
    assert.deepEqual(dated('By Jane Roe | Harbour Post | Mar. 6, 2031'), ['Harbour Post', '2031-03-06']);
    // a day that does not exist is no date
    assert.deepEqual(dated('By Jane Roe | Harbour Post | 2031-02-30'), ['Harbour Post', undefined]);
    assert.deepEqual(dated('By Jane Roe | Harbour Post'), ['Harbour Post', undefined]);
  });

  it('invents nothing and returns the input when there is nothing to say', () => {
    const text = 'The mayor said the ferry would sail.\n\nIt did.';
    const doc: Document = {
      id: 'x',
      name: 'f',
      uri: 'f',
      mediaType: 'text/plain',
      text,
      encoding: 'utf-8',
      byteLength: text.length,
    };
    const input = boilerplate.run(emptyAnalysis(doc), ctx);
    const a = headline.run(input, ctx);
    assert.equal(a, input);
    assert.equal(a.doc.publisher, undefined);
    assert.equal(a.doc.syndicatedFrom, undefined);
  });
  it('does not change the document object it was given', () => {
    const text = 'Ferry Deal Approved\n\nThe council voted.';
    const doc: Document = {
      id: 'x',
      name: 'f',
      uri: 'f',
      mediaType: 'text/plain',
      text,
      encoding: 'utf-8',
      byteLength: text.length,
    };
    const a = headline.run(boilerplate.run(emptyAnalysis(doc), ctx), ctx);
    assert.equal(doc.title, undefined);
    assert.equal(a.doc.title, 'Ferry Deal Approved');
    assert.equal(a.doc.text, text);
  });
});
