import { actorMayManagePersonalData } from '../../src/access/mayManagePersonalData'
import { RULE_IDS } from '../rules'
import { mediaLabel, ruleMessage } from '../rules/messages'
import type { Actor, Messages, PostSnapshot, RuleContext, RuleId } from '../rules/types'
import type { Finding } from './evaluate'

/**
 * PRIV-4: people and consents are for the responsible person and administrators. What PRIV-1 and
 * PRIV-2 find about an image that lists people depends on birth dates, consent dates and scopes, so
 * anyone else would read those through the findings (a search over the publication date gives a
 * child's birth date). Such readers get one coarse finding per image that lists people instead,
 * the same whatever the date and channels; the rules still decide exactly as before.
 */

/** The system (seed, jobs, cascades), the responsible person and administrators see the exact findings. */
export function maySeePersonalFindings(actor: Pick<Actor, 'roles'> | null): boolean {
  return actor === null || actorMayManagePersonalData(actor)
}

const WITHHELD_RULES: readonly RuleId[] = ['PRIV-1', 'PRIV-2']

/** « PRIV-1/PRIV-2 : … » names both rules: it stands for whatever either of them says. */
export const WITHHELD_PREFIX = 'PRIV-1/PRIV-2'

export function withheldMessage(filename: string): Messages {
  return ruleMessage('ruleMessages:withheld', { rules: WITHHELD_PREFIX, media: mediaLabel(filename) })
}

/** One PRIV-1 and one PRIV-2 finding for each attached image that lists people, whatever they say. */
export function withheldFindings(post: PostSnapshot, context: Pick<RuleContext, 'media'>): Finding[] {
  return post.mediaIds.flatMap((mediaId, index) => {
    const media = context.media.find((candidate) => String(candidate.id) === String(mediaId))
    if (!media || media.peopleIds.length === 0) return []
    const message = withheldMessage(media.filename)
    return WITHHELD_RULES.map((rule) => ({
      rule,
      level: 'gate' as const,
      effectiveLevel: 'gate' as const,
      path: `media.${index}`,
      message,
      overridden: false,
    }))
  })
}

/** The findings as a reader without access to personal data may see them. */
export function withholdPersonal(findings: Finding[], post: PostSnapshot, context: Pick<RuleContext, 'media'>): Finding[] {
  return inRuleOrder([...findings.filter((finding) => !finding.personal), ...withheldFindings(post, context)])
}

/** Stable: findings of one rule keep their order (the images' order). */
function inRuleOrder(findings: Finding[]): Finding[] {
  return findings
    .map((finding, index) => ({ finding, index, rank: RULE_IDS.indexOf(finding.rule) }))
    .sort((a, b) => a.rank - b.rank || a.index - b.index)
    .map(({ finding }) => finding)
}

/**
 * What refuses this save, as a reader without access to personal data may learn it. The coarse
 * findings are listed whenever the save is refused for any reason at a gated stage, so their
 * presence does not tell whether the consents hold; a save refused by PRIV-1/PRIV-2 alone is
 * refused with them too. Only a save that would otherwise succeed tells, by succeeding, that the
 * consents hold at the post's own date: that is the gate itself.
 */
export function withholdPersonalRefusals(refused: Finding[], otherErrors: number, gated: boolean, withheld: Finding[]): Finding[] {
  const kept = refused.filter((finding) => !finding.personal)
  const refusedByPrivacy = refused.some((finding) => finding.personal)
  const shown = gated && withheld.length > 0 && (refusedByPrivacy || otherErrors + kept.length > 0)
  return shown ? inRuleOrder([...kept, ...withheld]) : kept
}

type FieldError = { path: string; message: string }

const neutralErrors = new WeakMap<object, FieldError[]>()

/**
 * A refusal thrown with the exact reasons (to the system, to the responsible person) keeps the
 * neutral ones too: what a job writes where everyone reads it (a post's history) uses those.
 */
export function rememberNeutralErrors(error: object, errors: FieldError[]): void {
  neutralErrors.set(error, errors)
}

/** The neutral reasons of a refusal thrown by the post rules, or null for any other error. */
export function neutralErrorsOf(error: unknown): FieldError[] | null {
  return error && typeof error === 'object' ? (neutralErrors.get(error) ?? null) : null
}
