/**
 * Words that say nothing about which event a text reports: function words, plus the
 * verbs every news report uses to attribute ("said", "told", "according") and the
 * vocabulary of the page around an article ("click", "share"). Inverse document
 * frequency would shrink them anyway; dropping them also keeps them out of the index,
 * where their long posting lists would cost time for nothing.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  `a about above according across after afterwards again against ago all almost alone along already also
  although always am among amongst an and another any anyhow anyone anything anyway anywhere are around as
  at back be became because become becomes been before beforehand behind being below beside besides
  between beyond both but by can cannot could did do does doing done down during each either else
  elsewhere enough etc even ever every everyone everything everywhere except few for former formerly from
  further had has have having he hence her here hereafter hereby herein hers herself him himself his how
  however i if in indeed into is it its itself just last latter least less let like ltd made many may me
  meanwhile might mine more moreover most mostly much must my myself namely neither never nevertheless
  next no nobody none nor not nothing now nowhere of off often on once one only onto or other others
  otherwise our ours ourselves out over own per perhaps please quite rather re really said same say says
  saying see seem seemed seems several she should since so some somehow someone something sometime
  sometimes somewhere still such than that the their theirs them themselves then thence there thereafter
  thereby therefore therein these they this those though through throughout thru thus to together told
  too toward towards under until up upon us very via was we well were what whatever when whence whenever
  where whereafter whereas whereby wherein whether which while who whoever whole whom whose why will with
  within without would yet you your yours yourself yourselves s t don didn doesn isn wasn aren weren won
  wouldn couldn shouldn hasn haven hadn ll ve d m o y mr mrs ms dr
  told tell tells reported reports reporting reporter reporters news story stories article
  statement added adding asked noted explained according
  click share comment comments subscribe newsletter advertisement read more photo photos video image
  getty images ap reuters afp copyright rights reserved`
    .split(/\s+/)
    .filter((word) => word.length > 0),
);
