import { consentGap } from './consentValidity'
import { formatDate, listChannels, mediaLabel, ruleMessage, violation } from './messages'
import { postChannels } from './postChannels'
import { publicationInstant } from './publicationInstant'
import type { Channel } from '../../src/channels'
import type { ConsentFacts, Rule, Violation } from './types'

/** PRIV-4: the signed form is attached, or the responsible person wrote where it is kept. */
export function hasSignedForm(consent: ConsentFacts): boolean {
  return consent.signedForm
}

/**
 * PRIV-1: every attached image or video is marked as showing no identifiable person, or lists the
 * people shown, and each of them has a consent valid at publication for every channel of the post.
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
    // Formatting a date is costly; only a violation needs it.
    let formatted: ReturnType<typeof formatDate> | undefined
    const date = () => (formatted ??= formatDate(instant, context.policy.timeZone))
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
      let lacking = 0
      let withoutForm = 0
      const missing = new Set<Channel>()
      for (const personId of new Set(media.peopleIds.map(String))) {
        const consents = context.consentsByPerson.get(personId) ?? []
        const check = { instant, now: context.now, channels }
        // PRIV-4: only a consent with its signed form on file (or where it is kept) authorises a post.
        const gap = consentGap(consents.filter(hasSignedForm), check)
        if (gap === null) continue
        if (consentGap(consents, check) === null) {
          withoutForm++
          continue
        }
        lacking++
        gap.forEach((channel) => missing.add(channel))
      }
      if (withoutForm > 0) {
        const people =
          withoutForm === 1 ? ruleMessage('consent:priv1PersonOne') : ruleMessage('consent:priv1PersonMany', { count: withoutForm })
        violations.push(violation(priv1Rule, path, ruleMessage('consent:priv1NoSignedForm', { media: label, people }), { personal: true }))
      }
      if (lacking === 0) return
      const names = listChannels(channels.filter((channel) => missing.has(channel)))
      const people =
        lacking === 1 ? ruleMessage('ruleMessages:priv1LackingOne') : ruleMessage('ruleMessages:priv1LackingMany', { count: lacking })
      violations.push(
        violation(
          priv1Rule,
          path,
          ruleMessage(names.fr ? 'ruleMessages:priv1NoConsentForChannels' : 'ruleMessages:priv1NoConsent', {
            media: label,
            people,
            date: date(),
            channels: names,
          }),
          { personal: true },
        ),
      )
    })
    return violations
  },
}
