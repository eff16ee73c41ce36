/** Where a currency is named around a number, and which: ISO codes where the text pins one. */
interface Found {
  /** Start of the sign or code before the number, or end of the word after it. */
  readonly at: number;
  readonly unit: string;
}

/** Signs, optionally with a country prefix: "$", "US$", "C$", "HK$", "£", "€". */
const SIGNS: Readonly<Record<string, string>> = {
  $: 'USD', '£': 'GBP', '€': 'EUR', '¥': 'JPY', '₹': 'INR', '₿': 'BTC', '₩': 'KRW', '₽': 'RUB',
  '₪': 'ILS', '₺': 'TRY', '₡': 'CRC', '₾': 'GEL', '₭': 'LAK',
};
const DOLLAR_PREFIXES: Readonly<Record<string, string>> = {
  us: 'USD', 'u.s.': 'USD', 'u.s': 'USD', usd: 'USD', c: 'CAD', cad: 'CAD', a: 'AUD', au: 'AUD', aud: 'AUD',
  hk: 'HKD', nz: 'NZD', nzd: 'NZD', s: 'SGD', r: 'BRL', mex: 'MXN', mxn: 'MXN',
};
/** Codes written before the number: "USD 200", "EUR 125", "rmb 10", "Rs 500". */
const CODES: Readonly<Record<string, string>> = {
  usd: 'USD', eur: 'EUR', gbp: 'GBP', jpy: 'JPY', cny: 'CNY', rmb: 'CNY', chf: 'CHF', aud: 'AUD',
  cad: 'CAD', inr: 'INR', hkd: 'HKD', nzd: 'NZD', rs: 'INR', 'rs.': 'INR',
};
/** Words after the number: "5 dollars", "420 million finnish markka", "50 cents", "a 12-cent dividend". */
const WORDS: Readonly<Record<string, string>> = {
  dollar: 'USD', 'us dollar': 'USD', 'u.s. dollar': 'USD', 'american dollar': 'USD', 'australian dollar': 'AUD',
  'canadian dollar': 'CAD', 'hong kong dollar': 'HKD', 'new zealand dollar': 'NZD', 'singapore dollar': 'SGD',
  euro: 'EUR', pound: 'GBP', 'pound sterling': 'GBP', sterling: 'GBP', pence: 'penny', penny: 'penny',
  pennies: 'penny', cent: 'cent', yen: 'JPY', yuan: 'CNY', renminbi: 'CNY', rmb: 'CNY', 'swiss franc': 'CHF',
  'french franc': 'FRF', franc: 'franc', rupee: 'INR', rouble: 'RUB', ruble: 'RUB', 'finnish markka': 'FIM',
  markka: 'FIM', peseta: 'ESP', 'dutch guilder': 'NLG', guilder: 'NLG', 'turkish lira': 'TRY', lira: 'lira',
  lire: 'ITL', peso: 'peso', rand: 'ZAR', naira: 'NGN', shilling: 'shilling', dinar: 'dinar', dirham: 'AED',
  riyal: 'riyal', kroner: 'krone', kronor: 'SEK', krona: 'SEK', krone: 'krone', zloty: 'PLN', shekel: 'ILS',
  bitcoin: 'BTC', btc: 'BTC', satoshi: 'satoshi', usd: 'USD', eur: 'EUR', gbp: 'GBP', jpy: 'JPY', cny: 'CNY',
  chf: 'CHF', aud: 'AUD', cad: 'CAD', nzd: 'NZD', hkd: 'HKD', inr: 'INR', '元': 'CNY', 'ரூ': 'LKR',
};

const SIGN_BEFORE = /(?:(?<![A-Za-z.])(US|U\.S\.?|C|A|AU|HK|NZ|S|R|Mex|usd|cad|aud|nzd|mxn)|(?<![A-Za-z.])(us|u\.s\.?|c|hk) )?([$£€¥₹₿₩₽₪₺₡₾₭])[ \t]?$/;
const CODE_BEFORE = /(?<![A-Za-z])(USD|EUR|GBP|JPY|CNY|RMB|CHF|AUD|CAD|INR|HKD|NZD|usd|eur|gbp|rmb|Rs\.?)[ \t]?$/;
const WORD_AFTER =
  /^(?:[ \t]?-[ \t]?|[ \t]{0,2})((?:(?:us|u\.s\.|american|australian|canadian|hong kong|new zealand|singapore) dollars?|(?:chinese|japanese|indian|pakistani|russian|mexican|south african|swedish|norwegian|danish) (?:yuan|yen|rupees?|roubles?|rubles?|pesos?|rand|kronor|kroner)|dollars?|euros?|pounds? sterling|pounds?|sterling|pence|penny|pennies|cents?|yen|yuan|renminbi|rmb|(?:swiss|french) francs?|francs?|rupees?|roubles?|rubles?|(?:finnish )?markka|pesetas?|(?:dutch )?guilders?|(?:turkish )?lira|lire|pesos?|rand|naira|shillings?|dinars?|dirhams?|riyals?|kroner|kronor|krona|krone|zloty|shekels?|bitcoins?|btc|satoshis?|usd|eur|gbp|jpy|cny|chf|aud|cad|nzd|hkd|inr)(?![A-Za-z])|元|ரூ|[$£€¥₹₿₩₽₪₺₡₾₭])/i;
const GLUED_PENCE = /^p(?![A-Za-z])/;

/** Singular, lower-case form of a currency word: "Dollars" gives "dollar", "pence" stays. */
function singular(word: string): string {
  const w = word.toLowerCase().replace(/\s+/g, ' ');
  if (w in WORDS) return w;
  if (/^(?:chinese|japanese|indian|pakistani|russian|mexican|south african|swedish|norwegian|danish) /.test(w)) return singular(w.replace(/^\S+ (?:african )?/, ''));
  return w.replace(/ies$/, 'y').replace(/s$/, '');
}

export const currency = {
  /** A sign or code just before `pos`: "$3bn", "US$ 150 million", "£ 8.10 million", "EUR 125". */
  before(text: string, pos: number, floor = 0): Found | null {
    // most numbers have neither a sign nor a code before them: "the 26", "(15,000"
    let p = pos - 1;
    if (text[p] === ' ' || text[p] === '\t') p--;
    const prev = text.charCodeAt(p);
    if (p < floor || !(prev > 127 || prev === 36 || prev === 46 || (prev >= 65 && prev <= 90) || prev === 100 || prev === 98 || prev === 112 || prev === 114 || prev === 115)) return null;
    const head = text.slice(Math.max(floor, pos - 8), pos);
    const sign = SIGN_BEFORE.exec(head);
    if (sign) {
      const prefix = (sign[1] ?? sign[2] ?? '').toLowerCase();
      const unit = prefix === '' || sign[3] !== '$' ? (SIGNS[sign[3] ?? ''] ?? 'USD') : (DOLLAR_PREFIXES[prefix] ?? 'USD');
      return { at: pos - head.length + sign.index, unit };
    }
    const code = CODE_BEFORE.exec(head);
    if (code) return { at: pos - head.length + code.index, unit: CODES[(code[1] ?? '').toLowerCase()] ?? 'USD' };
    return null;
  },
  /** A currency word or sign just after `end`: "5 dollars", "323 million euros", "10 €", "50p". */
  after(text: string, end: number): Found | null {
    const tail = text.slice(end, end + 24);
    if (GLUED_PENCE.test(tail)) return { at: end + 1, unit: 'penny' };
    const m = WORD_AFTER.exec(tail);
    if (!m || m[1] === undefined) return null;
    const word = m[1];
    const unit = SIGNS[word] ?? WORDS[singular(word)] ?? WORDS[word] ?? null;
    return unit === null ? null : { at: end + m[0].length, unit };
  },
};
