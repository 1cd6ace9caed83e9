import { consentGap } from './consentValidity'
import { formatDate, listChannels, mediaLabel, violation } from './messages'
import { postChannels } from './postChannels'
import { publicationInstant } from './publicationInstant'
import type { Channel } from '../../src/channels'
import type { Rule, Violation } from './types'

/**
 * PRIV-1: every attached image or video is marked as showing no identifiable person, or lists the
 * people shown, and each of them has a consent valid at publication for every channel of the post.
 */
export const priv1Rule: Rule = {
  id: 'PRIV-1',
  level: 'gate',
  title: { fr: 'Consentement des personnes montrées', en: 'Consent of the people shown' },
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
          violation(priv1Rule, path, {
            fr: `la ${index === 0 ? '1re' : `${index + 1}e`} image ou vidéo jointe est introuvable. Retirez-la de la publication ou joignez-la de nouveau.`,
            en: `attached image or video #${index + 1} cannot be found. Remove it from the post or attach it again.`,
          }),
        )
        return
      }
      const label = mediaLabel(media.filename)
      if (media.peopleIds.length === 0) {
        if (!media.noIdentifiablePerson) {
          violations.push(
            violation(
              priv1Rule,
              path,
              {
                fr: `${label.fr} : cochez « Aucune personne identifiable » si personne ne peut y être reconnu, sinon demandez à la personne responsable d’inscrire les personnes montrées.`,
                en: `${label.en}: tick "No identifiable person" if nobody can be recognised in it, otherwise ask the responsible person to list the people shown.`,
              },
              { incomplete: true },
            ),
          )
        }
        return
      }
      // People listed on an image marked « no identifiable person » are still checked: listing wins.
      let lacking = 0
      const missing = new Set<Channel>()
      for (const personId of new Set(media.peopleIds.map(String))) {
        const gap = consentGap(context.consentsByPerson.get(personId) ?? [], { instant, now: context.now, channels })
        if (gap === null) continue
        lacking++
        gap.forEach((channel) => missing.add(channel))
      }
      if (lacking === 0) return
      const names = listChannels(channels.filter((channel) => missing.has(channel)))
      const people =
        lacking === 1
          ? { fr: '1 personne montrée n’a pas', en: '1 person shown has no' }
          : { fr: `${lacking} personnes montrées n’ont pas`, en: `${lacking} people shown have no` }
      violations.push(
        violation(priv1Rule, path, {
          fr: `${label.fr} : ${people.fr} de consentement valide le ${date().fr}${names.fr ? ` pour ${names.fr}` : ''}. Demandez à la personne responsable d’obtenir ou de renouveler le consentement (pour ces réseaux), ou retirez l’image.`,
          en: `${label.en}: ${people.en} valid consent on ${date().en}${names.en ? ` for ${names.en}` : ''}. Ask the responsible person to obtain or renew the consent (for these channels), or remove the image.`,
        }, { personal: true }),
      )
    })
    return violations
  },
}
