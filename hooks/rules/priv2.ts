import { isUnderParentalConsentAge } from './age'
import { ConsentProblems } from './consentMessages'
import { consentProblem } from './consentProblem'
import { mediaLabel, ruleMessage, violation } from './messages'
import { postChannels } from './postChannels'
import { publicationInstant } from './publicationInstant'
import type { ConsentFacts, Rule, Violation } from './types'

/**
 * PRIV-2: a person under 14 at publication (Québec: the holder of parental authority consents)
 * needs a valid consent signed by a parent or a tutor whose name is recorded. The age comes from
 * the birth date, in the policy's time zone, or else from the age band.
 *
 * Each message names the one condition that fails: no consent signed by a parent or tutor (the
 * child's own does not count), the signatory's name missing, or the parent's consent itself ended,
 * withdrawn, not started or not covering a network of the post (consentProblem.ts).
 */
export const priv2Rule: Rule = {
  id: 'PRIV-2',
  level: 'gate',
  get title() {
    return ruleMessage('ruleTitles:priv2')
  },
  check(post, context) {
    const instant = publicationInstant(post, context)
    const channels = postChannels(post)
    const check = { instant, now: context.now, channels, zone: context.policy.timeZone }
    const violations: Violation[] = []
    post.mediaIds.forEach((mediaId, index) => {
      const media = context.media.find((candidate) => String(candidate.id) === String(mediaId))
      if (!media) return // PRIV-1 reports it
      let unknownAge = 0
      let noGuardian = 0
      let unnamed = 0
      const problems = new ConsentProblems()
      for (const personId of new Set(media.peopleIds.map(String))) {
        const person = context.people.get(personId)
        const under14 = person ? isUnderParentalConsentAge(person, instant, context.policy.timeZone) : null
        if (under14 === null) {
          unknownAge++
          continue
        }
        if (!under14) continue
        const guardians = (context.consentsByPerson.get(personId) ?? []).filter(isGuardianConsent)
        if (guardians.length === 0) {
          noGuardian++
          continue
        }
        const named = guardians.filter(isNamed)
        const problem = consentProblem(named, check)
        if (problem === null) continue
        if (consentProblem(guardians, check) === null) {
          unnamed++
          continue
        }
        problems.add(problem)
      }
      const label = mediaLabel(media.filename)
      const path = `media.${index}`
      const personal = { personal: true }
      if (noGuardian > 0) {
        const message = ruleMessage('ruleMessages:priv2NoGuardianConsent', { media: label, people: children(noGuardian) })
        violations.push(violation(priv2Rule, path, message, personal))
      }
      if (unnamed > 0) {
        const message = ruleMessage('ruleMessages:priv2SignatoryUnnamed', { media: label, people: children(unnamed) })
        violations.push(violation(priv2Rule, path, message, personal))
      }
      const messages = problems.messages({
        media: label,
        people: children,
        consent: ruleMessage('ruleMessages:theGuardianConsent'),
        postChannels: channels,
        instant,
        timeZone: context.policy.timeZone,
      })
      for (const message of messages) violations.push(violation(priv2Rule, path, message, personal))
      if (unknownAge > 0) {
        const people =
          unknownAge === 1
            ? ruleMessage('ruleMessages:priv2UnknownAgeOne')
            : ruleMessage('ruleMessages:priv2UnknownAgeMany', { count: unknownAge })
        violations.push(violation(priv2Rule, path, ruleMessage('ruleMessages:priv2UnknownAge', { media: label, people }), personal))
      }
    })
    return violations
  },
}

function children(count: number) {
  return count === 1 ? ruleMessage('ruleMessages:priv2ChildOne') : ruleMessage('ruleMessages:priv2ChildMany', { count })
}

function isNamed(consent: ConsentFacts): boolean {
  return Boolean(consent.signatoryName?.trim())
}

function isGuardianConsent(consent: ConsentFacts): boolean {
  return consent.relationship === 'parent' || consent.relationship === 'tutor'
}
