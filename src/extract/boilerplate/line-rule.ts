import type { Span } from '../../domain/span.ts';
import type { BoilerplateRule } from './boilerplate-rule.ts';
import type { Line } from './line.ts';

const NONE: readonly Span[] = [];

/** A rule that marks whole lines: the line is boilerplate when `test` says so; lines longer than `maxLength` never are. */
export function lineRule(
  name: string,
  test: (line: Line, lines: readonly Line[]) => boolean,
  maxLength?: number,
): BoilerplateRule {
  return {
    name,
    ...(maxLength === undefined ? {} : { maxLength }),
    match: (line, lines) => (test(line, lines) ? [{ start: 0, end: line.text.length }] : NONE),
  };
}
