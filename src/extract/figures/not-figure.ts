import type { Token } from '../../domain/token.ts';
import { firstTokenFrom } from './first-token-from.ts';
import type { Quantity } from './quantity.ts';

/** Ages: "a 17-year-old boy", "17 years old", "a three-month-old baby". */
const AGE_AFTER = /^\s*-?\s*(?:years?|yrs?|months?|weeks?|days?)\s*-?\s*old\b/i;
/** Ages: "aged 17", "at the age of 17", "ages 12 to 15". */
const AGE_BEFORE = /\b(?:aged|ages|age of|age)\s*$/i;
/** Times: "at 10:30", "5pm", "10.30 a.m.", "9 o'clock", "14:00 GMT", "2100 local time". */
const TIME_AFTER = /^(?:\s*(?:a\.m\.|p\.m\.|am|pm|o'clock|GMT|BST|UTC|EST|CET|hrs|local time)\b|[:.]\d\d\b)/i;
const TIME_BEFORE = /\d:$/;
/** Codes and scores: "555-1234", "a 3-1 win", "5/17", "+44". */
const CODE_AFTER = /^[-–/.]\d/;
const CODE_BEFORE = /(?:\d[-–/.]|\+)$/;
/** Names with a number: "COVID-19", "SCP-173", "G-7". */
const NAME_GLUED_BEFORE = /[A-Za-z]-$/;
/** Labels: "from a 9 floor", "page 4", "Article 19" (with a capital), "No 10", "Route 66", "room 101". */
const LABEL_BEFORE = /\b(?:floors?|pages?|pp?\.|sections?|chapters?|routes?|rooms?|flights?|platforms?|gates?|articles?|paragraphs?|clauses?|rules?|number|nos?\.?|levels?|grades?|versions?|seasons?|episodes?|volumes?|vol\.|lines?|bus|highway|road|street|exit|junction|seats?|rows?|apartment|unit|block|building|house|lot|case|resolution|act|title|amendment|channel|table|figure|fig\.|step|stage|phase|round|game|match|term|category|class|size|model|type|series|wave|zone|district|ward|precinct|sector|item|part|lane|terminal|bay|pier|track|verse|psalm)\s*#?\s*$|#\s*$/i;
/** Durations and rates, not counts: "for three years", "26 hours", "3 times". */
const DURATION_AFTER = /^\s*-?\s*(?:seconds?|minutes?|mins?|hours?|hrs?|days?|nights?|weeks?|months?|years?|decades?|centuries|century|times|fold)\b/i;
/** Measures, not counts: "10 yards", "a six-yard box", "5km", "30 degrees". */
const MEASURE_AFTER = /^[\s-]*(?:yards?|metres?|meters?|km|kilomet(?:re|er)s?|miles?|feet|foot|ft|inch(?:es)?|cm|mm|kg|kilos?|kilograms?|grams?|tonnes?|tons?|litres?|liters?|gallons?|mph|kph|km\/h|degrees?|°|acres?|hectares?|square|sq|mw|megawatts?|gb|mb|gigabytes?|megabytes?|mbps|pixels?|calories)\b/i;
/** Ratios: "just one in 10 recognised him", "three out of 10". */
const RATIO_BEFORE = /\b(?:one|two|three|four|five|\d+) (?:in|out of) $/i;
/** A day of a date the dates stage did not take whole: "the weekend of 9 and 10 July". */
const DATE_AFTER = /^\s*(?:and|to|-|–)\s*\d{1,2}(?:st|nd|rd|th)?\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\b/;
/** List numbering at the start of a line: "1. Leave now", "2) Stay". */
const LIST_AFTER = /^[.)]\s/;
/** Sentence-initial function words that are capitalised but no name: "Over 40 died", "Some 26 men". */
const NOT_A_NAME = new Set([
  'over', 'about', 'nearly', 'some', 'around', 'almost', 'roughly', 'approximately', 'only', 'just', 'all', 'another',
  'at', 'up', 'by', 'of', 'in', 'with', 'and', 'but', 'the', 'these', 'those', 'its', 'their', 'his', 'her', 'our', 'to',
  'for', 'from', 'than', 'more', 'fewer', 'exactly', 'between', 'under', 'below', 'above', 'least', 'most', 'as', 'after',
  'before', 'since', 'until', 'every', 'each', 'last', 'first', 'police', 'officials', 'authorities',
]);
const MONTHS = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i;
/** What a four-digit number may count ("2000 people"); before other words it is a year ("2003 results"). */
const COUNTED = new Set(['people', 'men', 'women', 'children', 'persons', 'troops', 'soldiers', 'police', 'officers', 'workers', 'jobs', 'staff', 'employees', 'students', 'pupils', 'residents', 'civilians', 'protesters', 'deaths', 'cases', 'votes', 'homes', 'houses']);

/**
 * Why a quantity is no figure about the world, or null when it is one. Reads the text around
 * the number as written (`amount`) and the tokens (for names: "Boeing 737", "Article 19").
 * Dates are not seen here: the stage reads numbers only between the dates stage's spans.
 */
export function notFigure(q: Quantity, text: string, tokens: readonly Token[]): string | null {
  const { start, end } = q.amount;
  const before = text.slice(Math.max(0, start - 24), start);
  const after = text.slice(end, end + 24);
  const first = q.numerals[0];
  if (!first || q.value < 0) return 'negative';
  const written = text.slice(first.start, first.end);
  const plainDigits = /^\d+$/.test(written);
  if (q.kind === 'number') {
    if (q.numerals.some((n) => n.kind === 'fraction') && !first.scaled) return 'fraction';
    // "one of them", "In one chilling instance": a count of one is rarely a figure
    if (first.words && first.value === 1 && !first.scaled) return 'one';
    // "next to zero"
    if (first.value === 0) return 'zero';
    if (AGE_AFTER.test(after) || AGE_BEFORE.test(before)) return 'age';
    if (DURATION_AFTER.test(after)) return 'duration';
    if (TIME_AFTER.test(after) || TIME_BEFORE.test(before)) return 'time';
    if (LABEL_BEFORE.test(before)) return 'label';
    if (MEASURE_AFTER.test(after)) return 'measure';
    if (RATIO_BEFORE.test(before)) return 'ratio';
    if (DATE_AFTER.test(after)) return 'date';
    // "2016" that the dates stage did not take: a year unless a count follows ("2000 people")
    if (plainDigits && q.valueMax === undefined && first.value >= 1800 && first.value <= 2099 && !countFollows(tokens, end)) return 'year';
    // "Mira Tolen, 17, was hurt": an age between commas after a name
    if (plainDigits && first.value < 120 && /^\s*[,)]/.test(after) && /[A-Z][\w'’-]*\s*[,(]\s*$/.test(before)) return 'age';
  }
  if (CODE_AFTER.test(after) || CODE_BEFORE.test(before)) return 'code';
  if (NAME_GLUED_BEFORE.test(before)) return 'name';
  if (q.kind === 'number' && plainDigits && isNameBefore(tokens, start, text)) return 'name';
  if (LIST_AFTER.test(after) && /(?:^|\n)[ \t]*$/.test(before)) return 'list';
  return null;
}

/** The token right before is a capitalised name: "Article 19", "Boeing 737", "Apollo 11". */
function isNameBefore(tokens: readonly Token[], start: number, text: string): boolean {
  const i = firstTokenFrom(tokens, start) - 1;
  const prev = tokens[i];
  if (!prev || !/^[ \t]?$/.test(text.slice(prev.end, start))) return false;
  if (!/^[A-Z]/.test(prev.text) || NOT_A_NAME.has(prev.lower) || MONTHS.test(prev.lower)) return false;
  return prev.pos === 'PROPN' || prev.pos === 'NOUN' || prev.pos === 'X';
}

/** A counted noun right after: "2000 people", "1500 soldiers". */
function countFollows(tokens: readonly Token[], end: number): boolean {
  const next = tokens[firstTokenFrom(tokens, end)];
  if (!next || next.start - end > 1) return false;
  return COUNTED.has(next.lower);
}
