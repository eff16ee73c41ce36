/**
 * The English words numbers are written with, as constant tables (lower case).
 * "twenty-six" is a ten and a unit; "2.5 million" a numeral and a scale; "two thirds" a
 * numerator and a denominator; "half a dozen" a fraction of a dozen.
 */
export const numberWords = {
  /** "zero" .. "nineteen": a unit or teen stands alone or ends a ten ("twenty-one"). */
  units: new Map<string, number>([
    ['zero', 0], ['nought', 0], ['naught', 0], ['one', 1], ['two', 2], ['three', 3], ['four', 4],
    ['five', 5], ['six', 6], ['seven', 7], ['eight', 8], ['nine', 9], ['ten', 10], ['eleven', 11],
    ['twelve', 12], ['thirteen', 13], ['fourteen', 14], ['fifteen', 15], ['sixteen', 16],
    ['seventeen', 17], ['eighteen', 18], ['nineteen', 19],
  ]),
  /** "twenty" .. "ninety": may take a unit after it ("fifty - two", "fifty two"). */
  tens: new Map<string, number>([
    ['twenty', 20], ['thirty', 30], ['forty', 40], ['fourty', 40], ['fifty', 50], ['sixty', 60],
    ['seventy', 70], ['eighty', 80], ['ninety', 90],
  ]),
  /** Multiply what came before: "322 hundred", "two million", "three lakh crore", "1.2 bn". */
  scales: new Map<string, number>([
    ['hundred', 100], ['thousand', 1e3], ['million', 1e6], ['billion', 1e9],
    ['trillion', 1e12], ['lakh', 1e5], ['lakhs', 1e5], ['crore', 1e7], ['crores', 1e7],
    ['bn', 1e9], ['bln', 1e9], ['mn', 1e6], ['mln', 1e6], ['mil', 1e6], ['tn', 1e12], ['tln', 1e12],
  ]),
  /** Twelve of what came before: "a dozen", "3 dozens", "five dozs". */
  dozens: new Set(['dozen', 'dozens', 'dz', 'dzs', 'doz', 'dozs']),
  /** Denominators: "two thirds", "a quarter", "five eighths", "a hundredth". */
  denominators: new Map<string, number>([
    ['half', 2], ['halves', 2], ['third', 3], ['thirds', 3], ['quarter', 4], ['quarters', 4],
    ['fourth', 4], ['fourths', 4], ['fifth', 5], ['fifths', 5], ['sixth', 6], ['sixths', 6],
    ['seventh', 7], ['sevenths', 7], ['eighth', 8], ['eighths', 8], ['ninth', 9], ['ninths', 9],
    ['tenth', 10], ['tenths', 10], ['twentieth', 20], ['twentieths', 20], ['hundredth', 100],
    ['hundredths', 100], ['thousandth', 1e3], ['thousandths', 1e3], ['millionth', 1e6],
    ['millionths', 1e6], ['billionth', 1e9], ['billionths', 1e9], ['trillionth', 1e12],
    ['trillionths', 1e12],
  ]),
  /** Scales glued to digits: "10k", "10G", "1.2b", "2mil", "US$ 1MM", "$3bn", "£5m" (money only). */
  suffixes: new Map<string, number>([
    ['k', 1e3], ['K', 1e3], ['M', 1e6], ['MM', 1e6], ['mm', 1e6], ['G', 1e9], ['b', 1e9], ['B', 1e9],
    ['bn', 1e9], ['bln', 1e9], ['mn', 1e6], ['mln', 1e6], ['mil', 1e6], ['tn', 1e12], ['tln', 1e12],
    ['m', 1e6], ['T', 1e12],
  ]),
  /** Suffixes that read as something else unless money is meant: "5m" is five metres. */
  moneyOnlySuffixes: new Set(['m', 'T']),
  /** Units glued to digits that a caller reads on: "115USD", "50p", "45pc". */
  gluedUnits: new Set(['usd', 'eur', 'gbp', 'jpy', 'cny', 'rmb', 'chf', 'aud', 'cad', 'nzd', 'hkd', 'inr', 'btc', 'p', 'pc']),
  /** Vulgar fraction characters: "the result is ¾", "2½". */
  vulgar: new Map<string, number>([
    ['½', 1 / 2], ['⅓', 1 / 3], ['⅔', 2 / 3], ['¼', 1 / 4], ['¾', 3 / 4], ['⅕', 1 / 5], ['⅖', 2 / 5],
    ['⅗', 3 / 5], ['⅘', 4 / 5], ['⅙', 1 / 6], ['⅚', 5 / 6], ['⅛', 1 / 8], ['⅜', 3 / 8], ['⅝', 5 / 8],
    ['⅞', 7 / 8],
  ]),
  /** Words a number may start with (or be found by): "twenty", "a dozen", "half a million", "a third". */
  seedWords: new Set([
    'zero', 'nought', 'naught', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven',
    'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty', 'thirty',
    'forty', 'fourty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety', 'hundred', 'thousand', 'million', 'billion',
    'trillion', 'lakh', 'crore', 'dozen', 'half', 'quarter', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth',
    'ninth', 'tenth', 'twentieth', 'hundredth', 'thousandth', 'millionth', 'billionth', 'trillionth',
  ]),
} as const;
