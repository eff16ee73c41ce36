import type { Span } from './span.ts';

/** A count or amount the text asserts about the world: "three deaths", "26", "15,000 people". */
export interface Figure {
  readonly value: number;
  readonly valueMax?: number;
  readonly span: Span;
  /** What is counted, in the text's own words: "deaths of gay and bisexual men". */
  readonly what: string;
  readonly unit?: string;
  /** When it holds: an ISO date or period ("2017-03", "2017"). */
  readonly when?: string;
  /** Canonical name of who asserts it. */
  readonly source?: string;
}
