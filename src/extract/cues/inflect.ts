/** Irregular verbs among reporting verbs: lemma → [3rd singular, past, past participle, -ing]. */
const IRREGULAR: Readonly<Record<string, readonly [string, string, string, string]>> = {
  say: ['says', 'said', 'said', 'saying'],
  tell: ['tells', 'told', 'told', 'telling'],
  write: ['writes', 'wrote', 'written', 'writing'],
  go: ['goes', 'went', 'gone', 'going'],
  think: ['thinks', 'thought', 'thought', 'thinking'],
  speak: ['speaks', 'spoke', 'spoken', 'speaking'],
  find: ['finds', 'found', 'found', 'finding'],
  show: ['shows', 'showed', 'shown', 'showing'],
  know: ['knows', 'knew', 'known', 'knowing'],
  see: ['sees', 'saw', 'seen', 'seeing'],
  hear: ['hears', 'heard', 'heard', 'hearing'],
  swear: ['swears', 'swore', 'sworn', 'swearing'],
  forecast: ['forecasts', 'forecast', 'forecast', 'forecasting'],
  broadcast: ['broadcasts', 'broadcast', 'broadcast', 'broadcasting'],
  read: ['reads', 'read', 'read', 'reading'],
  teach: ['teaches', 'taught', 'taught', 'teaching'],
  feel: ['feels', 'felt', 'felt', 'feeling'],
  hold: ['holds', 'held', 'held', 'holding'],
  mean: ['means', 'meant', 'meant', 'meaning'],
  foresee: ['foresees', 'foresaw', 'foreseen', 'foreseeing'],
  lie: ['lies', 'lied', 'lied', 'lying'],
  cry: ['cries', 'cried', 'cried', 'crying'],
  deny: ['denies', 'denied', 'denied', 'denying'],
  reply: ['replies', 'replied', 'replied', 'replying'],
  testify: ['testifies', 'testified', 'testified', 'testifying'],
  signify: ['signifies', 'signified', 'signified', 'signifying'],
  clarify: ['clarifies', 'clarified', 'clarified', 'clarifying'],
  verify: ['verifies', 'verified', 'verified', 'verifying'],
  identify: ['identifies', 'identified', 'identified', 'identifying'],
  certify: ['certifies', 'certified', 'certified', 'certifying'],
  notify: ['notifies', 'notified', 'notified', 'notifying'],
  decry: ['decries', 'decried', 'decried', 'decrying'],
  prophesy: ['prophesies', 'prophesied', 'prophesied', 'prophesying'],
};

/** Verbs that double their final consonant: "admit" → "admitted", "regret" → "regretted". */
const DOUBLING = new Set(['admit', 'regret', 'commit', 'submit', 'omit', 'permit', 'quip', 'plan', 'chat', 'bet', 'rebut', 'refer', 'confer', 'prefer', 'aver', 'compel', 'propel', 'control', 'occur', 'spot', 'stop', 'fret']);

/**
 * The forms of an English verb: base, 3rd person singular, past, past participle, -ing.
 * Regular morphology with the irregular reporting verbs listed above.
 */
export function inflect(lemma: string): readonly [string, string, string, string, string] {
  const irr = IRREGULAR[lemma];
  if (irr) return [lemma, ...irr];
  const s = /(s|x|z|ch|sh)$/.test(lemma) ? `${lemma}es` : /[^aeiou]y$/.test(lemma) ? `${lemma.slice(0, -1)}ies` : `${lemma}s`;
  let stem = lemma;
  if (DOUBLING.has(lemma)) stem = lemma + lemma.slice(-1);
  const ed = lemma.endsWith('e') ? `${lemma}d` : /[^aeiou]y$/.test(lemma) ? `${lemma.slice(0, -1)}ied` : `${stem}ed`;
  const ing = /[^e]e$/.test(lemma) && !lemma.endsWith('ee') ? `${lemma.slice(0, -1)}ing` : `${stem}ing`;
  return [lemma, s, ed, ed, ing];
}
