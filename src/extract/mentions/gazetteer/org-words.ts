/**
 * Words that make a capitalised name an organisation when they end it ("Human Rights
 * Watch", "Russian LGBT Network", "The Washington Post") or start it ("Ministry of
 * Defence", "University of Cambridge"), and single-word names that are organisations.
 */
export const ORG_FINAL = new Set(
  `watch network international post times news gazette gazeta herald tribune journal guardian telegraph independent
observer mirror express mail sun daily weekly review magazine press agency ministry department council committee
commission party union bank group inc corp corporation ltd llc plc co company university college institute foundation
association organization organisation society court congress senate parliament assembly army navy police service
services office federation league club church board authority administration government campaign coalition alliance
movement front brigade forces center centre fund trust channel tv radio broadcasting airlines airways motors systems
technologies labs bureau secretariat cabinet kremlin pentagon commission initiative project caucus team fc`.split(/\s+/),
);

export const ORG_INITIAL = new Set(['ministry', 'department', 'university', 'bank', 'house', 'office', 'council', 'court', 'board', 'institute', 'church', 'federation', 'union', 'league', 'committee', 'commission', 'bureau', 'party']);

/** Well-known organisations that are one word. */
export const ORG_NAMES = new Set(
  `kremlin pentagon reuters bloomberg afp ap bbc cnn nbc cbs abc fox msnbc npr pbs nato un eu fbi cia nsa kgb fsb gru
interpol amnesty unicef unesco unhcr who wto imf opec facebook twitter google apple microsoft amazon telegram instagram
youtube whatsapp tiktok vkontakte tass ria interfax xinhua politico axios buzzfeed vox breitbart gallup ipsos yougov
hamas hezbollah taliban isis isil al-qaeda nasa gop dnc rnc hrw icrc msf osce ohchr`.split(/\s+/),
);

/** Titles before a person's name: "Mr Kadyrov", "Dr. Smith". */
export const TITLES = new Set(
  `mr mr. mrs mrs. ms ms. miss dr dr. prof prof. sir dame lord lady rev rev. fr fr. sen sen. rep rep. gov gov. gen gen. lt lt.
col col. maj maj. capt capt. sgt sgt. adm adm. cmdr supt insp st st. sheikh imam`.split(/\s+/),
);
