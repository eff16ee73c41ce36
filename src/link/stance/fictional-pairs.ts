import type { StancePair } from './train-stance-model.ts';

/** Invented stories: a claim, and words that a text about the same story would use. */
const STORIES = [
  {
    claim: 'Seatown mayor Ola Example resigns over secret ferry deal',
    about: 'The mayor of Seatown, Ola Example, and the ferry contract with the harbour board',
  },
  {
    claim: 'Giant purple squid washes up on Brightsand beach',
    about: 'Beachgoers at Brightsand saw the purple squid stranded on the sand',
  },
  {
    claim: 'Hillbury zoo penguin learns to ride a skateboard',
    about: 'Keepers at Hillbury zoo filmed the penguin on a small skateboard',
  },
  {
    claim: 'Northvale bakery sells record 40,000 cinnamon buns in one day',
    about: 'Queues formed outside the Northvale bakery for the cinnamon buns',
  },
  {
    claim: 'Astronaut Mira Testova to walk on the Moon next spring',
    about: 'The space agency trained Mira Testova for the lunar walk',
  },
  {
    claim: 'Rivermouth football club signs robot goalkeeper',
    about: 'Rivermouth football club showed the robot goalkeeper to fans at the stadium',
  },
];

/** How a text takes each stance toward its story's claim, in the manner of news copy. */
const FRAMES: Readonly<Record<'agree' | 'disagree' | 'discuss', readonly string[]>> = {
  agree: [
    '{claim}, officials confirmed on Monday. {about}.',
    'It is official: {claim}. {about}, and the news was confirmed by the council.',
  ],
  disagree: [
    'Reports that {claim} are a hoax. {about}, but officials denied the story and said it was false.',
    '{about}. A spokesperson dismissed claims that {claim} as fake and untrue.',
  ],
  discuss: [
    'According to unconfirmed reports, {claim}. {about}, but the story could not be verified.',
    '{about}. Some sources claim {claim}, though it is not yet clear whether the rumour is true.',
  ],
};

/**
 * A small fictional training set with all four stances, for tests only (no text from
 * ../shared is copied into the repository): each story's claim against texts that agree,
 * disagree or discuss it, and against texts about the other stories (unrelated).
 */
export function fictionalPairs(): StancePair[] {
  const out: StancePair[] = [];
  for (const [i, s] of STORIES.entries()) {
    const lower = s.claim.charAt(0).toLowerCase() + s.claim.slice(1);
    for (const stance of ['agree', 'disagree', 'discuss'] as const) {
      for (const f of FRAMES[stance]) {
        const text = f
          .replace('{claim}', f.startsWith('{claim}') ? s.claim : lower)
          .replace('{about}', s.about);
        out.push({ claim: s.claim, text, stance });
      }
    }
    const other = STORIES[(i + 1) % STORIES.length];
    const frame = FRAMES.agree[i % 2] as string;
    if (other)
      out.push({
        claim: s.claim,
        text: frame.replace('{claim}', other.claim).replace('{about}', other.about),
        stance: 'unrelated',
      });
    const third = STORIES[(i + 3) % STORIES.length];
    if (third)
      out.push({ claim: s.claim, text: `${third.about}. ${third.claim}, people said.`, stance: 'unrelated' });
  }
  return out;
}
