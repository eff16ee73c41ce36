import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Document } from '../../domain/document.ts';
import { emptyAnalysis } from '../pipeline.ts';
import type { StageContext } from '../stage.ts';
import { boilerplate } from './boilerplate.ts';

// Every article here is invented for these tests.

const ctx = {} as StageContext;

function doc(text: string): Document {
  return {
    id: 'x',
    name: 'fixture',
    uri: 'fixture.txt',
    mediaType: 'text/plain',
    text,
    encoding: 'utf-8',
    byteLength: text.length,
  };
}

/** The texts of the spans the stage marks. */
function marked(text: string): string[] {
  const a = boilerplate.run(emptyAnalysis(doc(text)), ctx);
  return a.boilerplate.map((s) => text.slice(s.start, s.end));
}

/** Each line alone is wholly boilerplate. */
function assertWholeLines(lines: readonly string[]): void {
  for (const line of lines)
    assert.deepEqual(
      marked(`Harbour Council Delays Vote\n\n${line}\n\nThe council met on Tuesday.`),
      [line],
      line,
    );
}

/** No line is marked. */
function assertKept(lines: readonly string[]): void {
  for (const line of lines)
    assert.deepEqual(
      marked(`Harbour Council Delays Vote\n\n${line}\n\nThe council met on Tuesday.`),
      [],
      line,
    );
}

const ARTICLE = [
  'STREAM EVERY EPISODE OF YOUR FAVOURITE QUIZ SHOWS NOW ON BOXFLIX+',
  '',
  'Harbour Town Mayor Rejects Claims Of Secret Ferry Deal',
  '',
  'Meanwhile, the councillor who raised the alarm has stepped down.',
  '',
  'Priya Example/Getty Images',
  '',
  'SEATOWN, NORWAY - JUNE, 4 (NORWAY OUT) Mayor Ola Example arrives at the town hall for a budget meeting on June, 3, 2021 in Seatown, Norway. (Photo by Priya Example/Getty Images)',
  '',
  'Mayor Ola Example insisted the ferry contract was "entirely above board."',
  '',
  '"We have nothing to hide," he said.',
  '',
  'Latest News',
].join('\n');

describe('boilerplate stage', () => {
  it('marks banners, credits, captions and section labels, and nothing else', () => {
    assert.deepEqual(marked(ARTICLE), [
      'STREAM EVERY EPISODE OF YOUR FAVOURITE QUIZ SHOWS NOW ON BOXFLIX+',
      'Priya Example/Getty Images',
      'SEATOWN, NORWAY - JUNE, 4 (NORWAY OUT) Mayor Ola Example arrives at the town hall for a budget meeting on June, 3, 2021 in Seatown, Norway. (Photo by Priya Example/Getty Images)',
      'Latest News',
    ]);
  });

  it('never changes the text and gives spans into it, trimmed and in order', () => {
    const text = `  Sign up for our newsletter  \r\n\r\nThe ferry sailed at dawn.\r\n`;
    const a = boilerplate.run(emptyAnalysis(doc(text)), ctx);
    assert.equal(a.doc.text, text);
    assert.deepEqual(a.boilerplate, [{ start: 2, end: 28 }]);
  });

  it('keeps the headline, a body dateline, quotes and sentences that mention photos', () => {
    assertKept([
      'OSLO (Reuters) - The ferry company said on Monday it would appeal.',
      'SEATOWN, Norway — The mayor said the photos were taken in 2019.',
      'Photos of the ferry spread quickly online, the mayor said.',
      'The photo, taken by a passenger, shows the ferry listing.',
      '"Sign up for nothing," the protesters chanted as the mayor left.',
      'Share prices fell sharply after the announcement.',
      'Follow the money, the auditor told reporters.',
      'Latest news from the harbour suggests the deal is off.',
      'Register to vote by Friday, officials urged.',
      'Support for local journalism fell, the survey found.',
      'Copyright law was changed in 2005 to cover ferry timetables.',
      'The story first appeared in a tabloid, which was later sued.',
      'MINISTER DENIES FERRY CLAIMS',
      'SAVE OUR HARBOUR',
      'GET OUT NOW, SAYS MAYOR',
      'Join the protest today, organisers urged.',
      'UPDATE: The ministry said on Tuesday that the deal was void.',
      'Readers wrote in to complain about the timetable.',
    ]);
  });

  it('keeps the first line even when it reads like a cross-link: it is the headline', () => {
    assert.deepEqual(
      marked('WATCH: The Moment The Ferry Ran Aground\n\nThe ferry ran aground on Tuesday.'),
      [],
    );
  });
});

describe('promotions', () => {
  it('all-capital banners for channels, apps and newsletters', () => {
    assertWholeLines([
      'SUBSCRIBE TO OUR NEWSLETTER',
      'DOWNLOAD THE APP NOW',
      'WATCH LIVE',
      'YOUR FAVOURITE CARTOONS ARE NOW STREAMING ON TOONFLIX+',
    ]);
  });
  it('calls to sign up, download, donate and visit', () => {
    assertWholeLines([
      'Sign up for our daily newsletter',
      'Sign up for Daily Newsletters Manage Newsletters',
      'Join our mailing list',
      'Subscribe now for as little as $3 a month!',
      'Thank you for signing up. For more from The Harbour Review, check out our latest issue',
      'Get the best harbour stories delivered to your inbox',
      'Download the Harbour News app for breaking alerts',
      'Support Harbour Review’s independent journalism',
      'Visit Harbour News’s homepage for more stories.',
      'Click here to read more',
      'FOR CONTINUING COVERAGE OF THE FERRY INQUIRY, CLICK HERE.',
    ]);
  });
});

describe('photos', () => {
  it('credits on a line of their own', () => {
    assertWholeLines([
      'Jane Roe/Reuters',
      'Priya Example/Getty Images',
      'Photo: AP',
      'Photo by Jane Roe',
      '(Photo by Jane Roe/Getty Images)',
      'Image copyright Harbour Photo Agency',
      'AP Photo/Evan Example',
      'Getty Images',
      'AFP via Getty Images',
    ]);
  });
  it('captions: wire captions, bracketed and labelled credits, caption labels', () => {
    assertWholeLines([
      'BERGEN, NORWAY - MAY 2 (AFP OUT) The mayor at the harbour on Friday in Bergen, Norway.',
      'The mayor waves from the ferry deck on Friday. (AP Photo/Jane Roe)',
      'The mayor waves from the ferry deck on Friday. Photograph: Jane Roe/Harbour Images',
      'Caption: The mayor on the ferry deck',
      'Image caption The mayor waves to the crowd',
    ]);
  });
  it('image-viewer controls', () => {
    assertWholeLines([
      'Enlarge this image toggle caption Jane Roe/AP Jane Roe/AP',
      'Slideshow (5 Images)',
      'prev Image 2 of 4',
    ]);
  });
  it('keeps a headline with a slash', () => {
    assertKept(['Rock/Pop Awards Return To Harbour Hall', 'Trump Attacks The Free Press']);
  });
});

describe('section furniture', () => {
  it('labels on a line of their own', () => {
    assertWholeLines([
      'Latest News',
      'Related Articles',
      'Most Read',
      'Advertisement',
      'ADVERTISEMENT',
      'Continue reading below',
      'Story continues below',
      'Loading...',
      'This article is more than 2 years old',
      '[pullquote]',
      '* * *',
      '=====',
    ]);
  });
  it('cross-links to other stories', () => {
    assertWholeLines([
      'Related: Ferry operator fined over safety lapses',
      'READ MORE: Ten things we learnt from the inquiry',
      '(PHOTOS: The harbour at dawn)',
    ]);
  });
  it('marks only the label when it is glued to article text', () => {
    const glued = 'The mayor said: "We have no information about any problems in this area."Latest News';
    assert.deepEqual(marked(`Ferry Deal\n\n${glued}`), ['Latest News']);
    assert.deepEqual(marked('Ferry Deal\n\nLatest News=====The ferry company said it would appeal.'), [
      'Latest News=====',
    ]);
    assert.deepEqual(marked('Ferry Deal\n\nAdvertisementThe ferry company said it would appeal.'), [
      'Advertisement',
    ]);
    assert.deepEqual(marked('Ferry Deal\n\nThe ferry company said it would appeal. === Related Stories'), [
      '=== Related Stories',
    ]);
  });
});

describe('notices', () => {
  it('syndication and read-more notices, alone or after the last sentence', () => {
    assertWholeLines([
      'This article was originally published on Harbour Times. Read the original article.',
      'This story first appeared in The Fjord Review.',
      'Republished with permission from Harbour Weekly.',
      'Read the rest here.',
      'Read more at Harbour News.',
    ]);
    const line =
      'It fell on the same day the ferry returned. This article was originally published on Harbour Times. Read the original article.';
    assert.deepEqual(marked(`Ferry Deal\n\n${line}`), [
      'This article was originally published on Harbour Times. Read the original article.',
    ]);
  });
  it('copyright lines', () => {
    assertWholeLines([
      '© 2019 Harbour Post',
      'Copyright 2019 The Harbour Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.',
      'Copyright Harbour Media',
      'All rights reserved.',
    ]);
  });
});

describe('share and follow lines', () => {
  it('share buttons and invitations to follow', () => {
    assertWholeLines([
      'Share this article',
      'Share on Facebook Twitter',
      'Facebook | Twitter | Email',
      'Follow us on Twitter',
      'Follow the Harbour Desk on Twitter: @HarbourDesk',
      'Follow @harbourdesk',
      'Like us on Facebook.',
    ]);
  });
});

describe('labels before a paragraph', () => {
  it('marks the label only', () => {
    assert.deepEqual(marked('Ferry Deal\n\nStory highlights The mayor says the deal was legal'), [
      'Story highlights',
    ]);
    assert.deepEqual(marked('Ferry Deal\n\nCLOSE The mayor says he will appeal the ruling'), ['CLOSE']);
    assertKept(['Close to 200 people attended the meeting.', 'Advertisement spending rose by 4% last year.']);
  });
  it('marks a caption ending in a credit after a bar', () => {
    assertWholeLines(['The mayor found support across the council on Tuesday. | Jane Roe/Reuters']);
    assertKept(['Ferry fares | Harbour council | Budget 2021']);
  });
});
