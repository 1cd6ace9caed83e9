import { isUnderParentalConsentAge } from './age'
import { consentGap, isInForce } from './consentValidity'
import { listChannels, mediaLabel, ruleMessage, violation } from './messages'
import { postChannels } from './postChannels'
import { publicationInstant } from './publicationInstant'
import type { Channel } from '../../src/channels'
import type { ConsentFacts, Rule, Violation } from './types'

/**
 * PRIV-2: a person under 14 at publication (Québec: the holder of parental authority consents)
 * needs a valid consent signed by a parent or a tutor whose name is recorded. The age comes from
 * the birth date, in the policy's time zone, or else from the age band.
 */
export const priv2Rule: Rule = {
  id: 'PRIV-2',
  level: 'gate',
  get title() {
    return ruleMessage('ruleTitles:priv2')
  },
  check(post, context) {
    const instant = publicationInstant(post, context)
    const check = { instant, now: context.now, channels: postChannels(post) }
    const violations: Violation[] = []
    post.mediaIds.forEach((mediaId, index) => {
      const media = context.media.find((candidate) => String(candidate.id) === String(mediaId))
      if (!media) return // PRIV-1 reports it
      let unknownAge = 0
      let lacking = 0
      // A guardian's consent in force that does not cover every network: named as such, with the networks.
      let narrow = 0
      const uncovered = new Set<Channel>()
      for (const personId of new Set(media.peopleIds.map(String))) {
        const person = context.people.get(personId)
        const under14 = person ? isUnderParentalConsentAge(person, instant, context.policy.timeZone) : null
        if (under14 === null) unknownAge++
        else if (under14) {
          const guardians = (context.consentsByPerson.get(personId) ?? []).filter(isGuardianConsent)
          const gap = consentGap(guardians, check)
          if (gap === null) continue
          if (check.channels.length > 0 && guardians.some((consent) => isInForce(consent, check))) {
            narrow++
            gap.forEach((channel) => uncovered.add(channel))
          } else lacking++
        }
      }
      const label = mediaLabel(media.filename)
      const path = `media.${index}`
      if (narrow > 0) {
        const people =
          narrow === 1 ? ruleMessage('ruleMessages:priv2NarrowOne') : ruleMessage('ruleMessages:priv2NarrowMany', { count: narrow })
        const channels = listChannels(check.channels.filter((channel) => uncovered.has(channel)))
        violations.push(
          violation(priv2Rule, path, ruleMessage('ruleMessages:priv2GuardianConsentMissingChannels', { media: label, people, channels }), {
            personal: true,
          }),
        )
      }
      if (lacking > 0) {
        const people =
          lacking === 1 ? ruleMessage('ruleMessages:priv2LackingOne') : ruleMessage('ruleMessages:priv2LackingMany', { count: lacking })
        violations.push(
          violation(priv2Rule, path, ruleMessage('ruleMessages:priv2NoGuardianConsent', { media: label, people }), { personal: true }),
        )
      }
      if (unknownAge > 0) {
        const people =
          unknownAge === 1
            ? ruleMessage('ruleMessages:priv2UnknownAgeOne')
            : ruleMessage('ruleMessages:priv2UnknownAgeMany', { count: unknownAge })
        violations.push(
          violation(priv2Rule, path, ruleMessage('ruleMessages:priv2UnknownAge', { media: label, people }), { personal: true }),
        )
      }
    })
    return violations
  },
}

function isGuardianConsent(consent: ConsentFacts): boolean {
  return (consent.relationship === 'parent' || consent.relationship === 'tutor') && Boolean(consent.signatoryName?.trim())
}
