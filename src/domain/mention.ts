import type { EntityKind } from './entity-kind.ts';
import type { Span } from './span.ts';

/**
 * A place in the text that names or refers to an entity: a name ("Ramzan Kadyrov"),
 * a role description ("the Chechen leader"), or a pronoun ("he").
 */
export interface Mention extends Span {
  readonly text: string;
  readonly kind: EntityKind;
  readonly form: 'name' | 'role' | 'pronoun';
  /** For a role with a name inside ("Chechen President Ramzan Kadyrov"), where the name is. */
  readonly nameSpan?: Span;
  /** Grammatical number and gender, where the form tells them ("she", "the newspaper"). */
  readonly gender?: 'male' | 'female' | 'neuter';
  readonly plural?: boolean;
  /** Index of the document-level entity it was resolved to, once resolution ran. */
  readonly entity?: number;
}
