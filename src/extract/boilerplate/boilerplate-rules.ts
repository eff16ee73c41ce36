import type { BoilerplateRule } from './boilerplate-rule.ts';
import { furnitureRules } from './furniture-rules.ts';
import { noticeRules } from './notice-rules.ts';
import { photoRules } from './photo-rules.ts';
import { promoRules } from './promo-rules.ts';
import { shareRules } from './share-rules.ts';

/** Every boilerplate rule, in no particular order: a span any of them marks is boilerplate. */
export const boilerplateRules: readonly BoilerplateRule[] = [
  ...promoRules,
  ...photoRules,
  ...furnitureRules,
  ...noticeRules,
  ...shareRules,
];
