import { catRule } from './cat'
import { cat6Rule } from './cat6'
import { cat7Rule } from './cat7'
import { cat8Rule } from './cat8'
import { chan1Rule } from './chan1'
import { forbid1Rule } from './forbid1'
import { forbid2Rule } from './forbid2'
import { forbid3Rule } from './forbid3'
import { gov6Rule } from './gov6'
import { pos1Rule } from './pos1'
import { priv1Rule } from './priv1'
import { priv2Rule } from './priv2'
import type { Rule, RuleId } from './types'

/** Every post rule, in the rulebook's order (who may edit first, then what the post says). */
export const RULES: Rule[] = [
  forbid3Rule,
  catRule,
  cat6Rule,
  cat7Rule,
  cat8Rule,
  pos1Rule,
  priv1Rule,
  priv2Rule,
  forbid1Rule,
  forbid2Rule,
  chan1Rule,
  gov6Rule,
]

export const RULE_IDS: readonly RuleId[] = RULES.map((rule) => rule.id)

export type { Rule, RuleContext, RuleId, RuleLevel, PostSnapshot, Violation } from './types'
