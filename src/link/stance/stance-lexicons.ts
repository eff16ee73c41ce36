import { stemWord } from './stem-word.ts';

function stems(words: string): ReadonlySet<string> {
  return new Set(
    words
      .split(/\s+/)
      .filter((w) => w !== '')
      .map(stemWord),
  );
}

/**
 * Word lists whose counts near the claim's words tell the stances apart, stemmed as
 * tokenizeWords stems. They follow the FNC-1 baseline's refuting list and Ferreira &
 * Vlachos's hedging list, extended from the kinds of headline the task is about: "Iraq
 * denies Lebanon captured ...", "Reports: ... may have ...", "DNA tests confirm ...".
 */
export const STANCE_LEXICONS = {
  /** Words that call the claim false: "the photo is a hoax", "officials denied the report". */
  refuting: stems(`fake fraud hoax false deny denies denied denial despite nope doubt doubts
    bogus debunk debunked debunks prank pranks retract retracted retraction untrue refute
    refuted refutes dismiss dismissed reject rejected myth satire satirical misleading
    incorrect wrong lie lies lied fabricated baseless unfounded nonsense scam parody joke
    insist insisted contrary rebuff rebuffs rebuffed rubbish misinformation photoshop
    photoshopped spoof doctored dispute disputes disputed`),
  /** Negations, kept apart from the refuting words: "is not the wife of". */
  negation: stems(`not no never nothing none neither nor without`),
  /** Words that report a claim without vouching for it: "reportedly", "may have", "claims". */
  hedging: stems(`reportedly allegedly alleged alleges claim claims claimed claiming may might
    could possibly possible apparently appears appear seems seem suggest suggests suggested
    rumoured rumored unconfirmed unverified purportedly supposedly speculation speculate
    speculated believed thought likely unclear whether report reports reported reporting
    according sources source potential perhaps maybe expected would if purported rumour
    rumor rumours rumors feared suspected hope hopes plan plans predicted forecast expects
    mystery confusion weird story viral`),
  /** Words that vouch for the claim: "DNA tests confirm", "officially announced". */
  confirming: stems(`confirm confirmed confirms confirmation official officially announced
    announce announces revealed verified proof proved proven prove indeed true evidence fact
    actually finally really`),
  /** Words that attribute what follows to someone: "officials said", "told reporters". */
  reporting: stems(`said says say told stated statement spokesman spokeswoman spokesperson
    tweeted wrote interview added explained`),
} as const;
