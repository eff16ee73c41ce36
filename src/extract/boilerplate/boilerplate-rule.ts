import type { Span } from '../../domain/span.ts';
import type { Line } from './line.ts';

/**
 * One kind of non-article text. `match` looks at one line (with the others for context)
 * and returns the stretches of it that are boilerplate, as offsets into `line.text`;
 * none when the line is article text.
 */
export interface BoilerplateRule {
  readonly name: string;
  /** Lines longer than this are never this kind of boilerplate: the rule is not asked about them. */
  readonly maxLength?: number;
  match(line: Line, lines: readonly Line[]): readonly Span[];
}
