import type { CollectionAfterChangeHook } from 'payload'

import type { SlugKey } from '../../src/slugs'
import { unschedulePostsOfWithdrawnConsent } from '../../hooks/unschedulePostsOfWithdrawnConsent'
import { unschedulePostsOfWithdrawnPosition } from '../../hooks/unschedulePostsOfWithdrawnPosition'

/** Rules of the rulebook enforced by a change elsewhere taking posts out of the plan (`collection`: its key in src/slugs.ts). */
export const CASCADES: { rule: string; level: 'gate'; collection: SlugKey; hook: CollectionAfterChangeHook }[] = [
  { rule: 'POS-2', level: 'gate', collection: 'positions', hook: unschedulePostsOfWithdrawnPosition },
  { rule: 'PRIV-3', level: 'gate', collection: 'consents', hook: unschedulePostsOfWithdrawnConsent },
]

export const CASCADE_RULE_IDS: readonly string[] = CASCADES.map((cascade) => cascade.rule)
