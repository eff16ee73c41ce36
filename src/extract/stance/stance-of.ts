import type { Stance } from '../../domain/stance.ts';

/**
 * Words in what was said that reject a claim as false: "Claims ... Are An Insult",
 * "no such purge was taking place", "We do not have any reliable information",
 * "a massive information attack", "people who just don’t exist".
 */
const DENIAL = /\b(no such|not true|untrue|false(hood)?s?|lies?\b|lying|fake|fabricat\w*|baseless|groundless|unfounded|insult\w*|slander\w*|provocation\w*|information attack|do(es)? not have any|don[’']t have any|no (reliable |credible )?(evidence|information|proof)|never happened|(don|doesn)[’']t exist|do(es)? not exist|nothing to do with|nonsense|hoax|absurd|there (is|was|are|were) no|no (second|other|further|more) \w+)\b/i;

/**
 * Words that attack the claim's credibility or its messengers without denying it outright:
 * "reality is distorted", "attempts ... to blacken our society", "using the reports to
 * distract", "the tales of the Chechen Republic", "the media ... are confused",
 * "not understanding where the truth is".
 */
const DISPUTE = /\b(distort\w*|blacken\w*|distract\w*|confused|tales?|exaggerat\w*|mislead\w*|propaganda|smear\w*|biased|one-sided|politically motivated|rumou?rs?|speculat\w*|so-called|alleged|misrepresent\w*|it[’']s funny|inaccura\w*|disinformation|misinformation|never had the idea|where the truth is|(not|n[’']t|never) (\w+ )?(understand|know)\w*)\b/i;

/** Words that back a claim with evidence: "consistent with numerous trusted sources", "verified". */
const CONFIRM = /\b(consistent with|corroborat\w*|verified|confirm\w*|trusted sources|evidence (shows|suggests))\b/i;

/**
 * The stance of one attribution: the cue's own (deny → denies, confirm → confirms,
 * dispute/complain/accuse → disputes, according to → reports) unless what was said
 * carries a stronger signal; a denial in the words beats an assertion in the verb.
 */
export function stanceOf(cueStance: Stance, content: string, negated: boolean): Stance {
  // "is lashing out at allegations ...": attacking the allegation itself is denying it
  if (cueStance === 'disputes' && /^(the\s+)?(allegations?|claims?|accusations?|reports?)\b/i.test(content)) return 'denies';
  if (cueStance === 'denies' || cueStance === 'confirms') return negated ? (cueStance === 'denies' ? 'asserts' : 'disputes') : cueStance;
  if (DENIAL.test(content)) return 'denies';
  if (DISPUTE.test(content)) return 'disputes';
  if (cueStance === 'disputes') return 'disputes';
  // "she could not confirm the figures" is no confirmation
  if (CONFIRM.test(content) && !/\b(not|n[’']t|never|unable to|no)\s+(\w+\s+)?(confirm|verif|corroborat)/i.test(content)) return 'confirms';
  return cueStance;
}
