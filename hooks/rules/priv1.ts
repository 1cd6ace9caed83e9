import { ConsentProblems } from './consentMessages'
import { consentProblem } from './consentProblem'
import { mediaLabel, ruleMessage, violation } from './messages'
import { postChannels } from './postChannels'
import { publicationInstant } from './publicationInstant'
import type { ConsentFacts, Rule, Violation } from './types'

/** PRIV-4: the signed form is attached, or the responsible person wrote where it is kept. */
export function hasSignedForm(consent: ConsentFacts): boolean {
  return consent.signedForm
}

/**
 * PRIV-1: every attached image or video is marked as showing no identifiable person, or lists the
 * people shown, and each of them has a consent valid at publication for every channel of the post.
 * Each message names the one condition that fails (consentProblem.ts): none recorded, withdrawn,
 * ended before the publication, not started yet, or networks not covered.
 */
export const priv1Rule: Rule = {
  id: 'PRIV-1',
  level: 'gate',
  get title() {
    return ruleMessage('ruleTitles:priv1')
  },
  check(post, context) {
    const instant = publicationInstant(post, context)
    const channels = postChannels(post)
    const violations: Violation[] = []
    post.mediaIds.forEach((mediaId, index) => {
      const path = `media.${index}`
      const media = context.media.find((candidate) => String(candidate.id) === String(mediaId))
      if (!media) {
        violations.push(
          violation(
            priv1Rule,
            path,
            index === 0
              ? ruleMessage('ruleMessages:priv1MediaMissingFirst')
              : ruleMessage('ruleMessages:priv1MediaMissing', { number: index + 1 }),
          ),
        )
        return
      }
      const label = mediaLabel(media.filename)
      if (media.peopleIds.length === 0) {
        if (!media.noIdentifiablePerson) {
          violations.push(violation(priv1Rule, path, ruleMessage('ruleMessages:priv1NotMarked', { media: label }), { incomplete: true }))
        }
        return
      }
      // People listed on an image marked « no identifiable person » are still checked: listing wins.
      let withoutForm = 0
      const problems = new ConsentProblems()
      for (const personId of new Set(media.peopleIds.map(String))) {
        const consents = context.consentsByPerson.get(personId) ?? []
        const check = { instant, now: context.now, channels, zone: context.policy.timeZone }
        // PRIV-4: only a consent with its signed form on file (or where it is kept) authorises a post.
        if (consentProblem(consents.filter(hasSignedForm), check) === null) continue
        // Valid but for its form: PRIV-4's message; otherwise why no consent holds, forms aside.
        const problem = consentProblem(consents, check)
        if (problem === null) withoutForm++
        else problems.add(problem)
      }
      if (withoutForm > 0) {
        violations.push(
          violation(priv1Rule, path, ruleMessage('consent:priv1NoSignedForm', { media: label, people: peopleShown(withoutForm) }), {
            personal: true,
          }),
        )
      }
      const messages = problems.messages({
        media: label,
        people: peopleShown,
        consent: ruleMessage('ruleMessages:theConsent'),
        postChannels: channels,
        instant,
        timeZone: context.policy.timeZone,
      })
      for (const message of messages) violations.push(violation(priv1Rule, path, message, { personal: true }))
    })
    return violations
  },
}

function peopleShown(count: number) {
  return count === 1 ? ruleMessage('consent:priv1PersonOne') : ruleMessage('consent:priv1PersonMany', { count })
}
