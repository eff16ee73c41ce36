import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { emergentPairs } from './emergent-pairs.ts';
import { fnc1Pairs } from './fnc1-pairs.ts';

describe('fnc1Pairs and emergentPairs', () => {
  it('join FNC-1 stances to bodies, ids numbered by data row', () => {
    const bodies = 'Body ID,articleBody\n7,"The ferry, it turns out, never sailed."\n9,A squid was seen.\n';
    const stances =
      'Headline,Body ID,Stance\nFerry sails,7,disagree\nSquid seen,9,Agree\nFerry sails,9,unrelated\n';
    assert.deepEqual(fnc1Pairs(stances, bodies), [
      {
        id: '0',
        claim: 'Ferry sails',
        text: 'The ferry, it turns out, never sailed.',
        stance: 'disagree',
        group: '7',
      },
      { id: '1', claim: 'Squid seen', text: 'A squid was seen.', stance: 'agree', group: '9' },
      { id: '2', claim: 'Ferry sails', text: 'A squid was seen.', stance: 'unrelated', group: '9' },
    ]);
    assert.throws(() => fnc1Pairs('Headline,Body ID,Stance\nX,8,agree\n', bodies), /body 8/);
  });

  it('map Emergent for/against/observing to agree/disagree/discuss and skip other rows', () => {
    const csv = [
      'id,claimHeadline,articleHeadline,articleHeadlineStance,articleId,claimId',
      '0,Penguin rides skateboard,Penguin on a skateboard!,for,a1,c1',
      '1,Penguin rides skateboard,Skateboarding penguin video a hoax,against,a2,c1',
      '2,Penguin rides skateboard,Zoo says penguin may ride,observing,a3,c1',
      '3,Penguin rides skateboard,Penguin news,ignoring,a4,c1',
    ].join('\n');
    assert.deepEqual(
      emergentPairs(csv).map((p) => [p.id, p.stance, p.group]),
      [
        ['0', 'agree', 'c1'],
        ['1', 'disagree', 'c1'],
        ['2', 'discuss', 'c1'],
      ],
    );
  });
});
