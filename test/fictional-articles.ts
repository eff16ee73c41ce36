/**
 * Short made-up news articles about a made-up town, different for every index and
 * seed: speakers, quotes and figures for the extraction stages to find.
 */
export function fictionalArticle(i: number, rnd: () => number): string {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;
  const people = ['Orrin Tate', 'Mira Oddny', 'Hale Brunvik', 'Sefa Lindqvist', 'Tomas Arbel', 'Ione Varga', 'Cato Wrenfield'];
  const roles = ['harbour master', 'council leader', 'ferry operator', 'school governor', 'fisheries inspector', 'bakery owner'];
  const topics = ['the river wall', 'the new ferry timetable', 'the dredging contract', 'the fish market lease', 'the flood barrier', 'the tram extension'];
  const verbs = ['said', 'told reporters', 'insisted', 'warned', 'claimed'];
  const who = pick(people);
  const other = pick(people.filter((p) => p !== who));
  const topic = pick(topics);
  const amount = (1 + Math.floor(rnd() * 90)) / 10;
  return [
    `Velm dispute over ${topic}, report ${i}`,
    '',
    `The fictional port town of Velm argued again on day ${i} about ${topic}, which the council says will cost ${amount} million crowns.`,
    '',
    `"We were never told what ${topic} would really cost," ${who}, the ${pick(roles)}, ${pick(verbs)}.`,
    '',
    `${other} ${pick(verbs)} that the figures had been published in March. "Everyone could read them," ${other.split(' ')[0]} added.`,
    '',
  ].join('\n');
}
