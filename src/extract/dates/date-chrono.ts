import { casual, type Chrono } from 'chrono-node/en';
import { midMonthParser } from './mid-month-parser.ts';
import { periodParser } from './period-parser.ts';

/**
 * Parsers a news ledger has no use for, which only cost time: times of day ("at 5pm"),
 * spans ahead ("within 2 weeks", "in 3 days") and "three days later", which counts from a
 * day in the story, not from the publication date.
 */
const UNUSED = new Set(['ENTimeExpressionParser', 'ENTimeUnitWithinFormatParser', 'ENTimeUnitLaterFormatParser']);
/** Refiners for time zones and times, which a date at day precision never needs. */
const UNUSED_REFINERS = new Set(['ExtractTimezoneOffsetRefiner', 'ExtractTimezoneAbbrRefiner', 'ForwardDateRefiner']);

/**
 * chrono's casual English parser without the parsers above and with the ones it lacks for
 * news ("since the beginning of the year", "in mid-May"). Built once at load and never
 * changed after: its parsers only cache their compiled patterns, so it behaves as a
 * constant table.
 */
export const dateChrono: Chrono = (() => {
  const chrono = casual.clone();
  chrono.parsers = chrono.parsers.filter((p) => !UNUSED.has(p.constructor.name));
  chrono.refiners = chrono.refiners.filter((r) => !UNUSED_REFINERS.has(r.constructor.name));
  chrono.parsers.push(periodParser, midMonthParser);
  return chrono;
})();
