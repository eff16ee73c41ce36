import type { EntityKind } from './entity-kind.ts';

/** One real-world person, organisation or place, under all the names it goes by. */
export interface Entity {
  readonly id: string;
  /** The longest full name used for it. */
  readonly name: string;
  readonly kind: EntityKind;
  readonly aliases: readonly string[];
}
