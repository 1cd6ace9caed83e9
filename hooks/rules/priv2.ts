import { isUnderParentalConsentAge } from './age'
import { isConsentValid } from './consentValidity'
import { mediaLabel, violation } from './messages'
import { postChannels } from './postChannels'
import { publicationInstant } from './publicationInstant'
import type { ConsentFacts, Rule, Violation } from './types'

/**
 * PRIV-2: a person under 14 at publication (Québec: the holder of parental authority consents)
 * needs a valid consent signed by a parent or a tutor whose name is recorded. The age comes from
 * the birth date, in the policy's time zone, or else from the age band.
 */
export const priv2Rule: Rule = {
  id: 'PRIV-2',
  level: 'gate',
  title: { fr: 'Consentement parental sous 14 ans', en: 'Parental consent under 14' },
  check(post, context) {
    const instant = publicationInstant(post, context)
    const check = { instant, now: context.now, channels: postChannels(post) }
    const violations: Violation[] = []
    post.mediaIds.forEach((mediaId, index) => {
      const media = context.media.find((candidate) => String(candidate.id) === String(mediaId))
      if (!media) return // PRIV-1 reports it
      let unknownAge = 0
      let lacking = 0
      for (const personId of new Set(media.peopleIds.map(String))) {
        const person = context.people.get(personId)
        const under14 = person ? isUnderParentalConsentAge(person, instant, context.policy.timeZone) : null
        if (under14 === null) unknownAge++
        else if (under14) {
          const consents = context.consentsByPerson.get(personId) ?? []
          if (!consents.some((consent) => isGuardianConsent(consent) && isConsentValid(consent, check))) lacking++
        }
      }
      const label = mediaLabel(media.filename)
      const path = `media.${index}`
      if (lacking > 0) {
        const people =
          lacking === 1
            ? { fr: '1 personne de moins de 14 ans n’a pas', en: '1 person under 14 has no' }
            : { fr: `${lacking} personnes de moins de 14 ans n’ont pas`, en: `${lacking} people under 14 have no` }
        violations.push(
          violation(priv2Rule, path, {
            fr: `${label.fr} : ${people.fr} de consentement valide signé par un parent ou un tuteur (sous 14 ans, le consentement de la personne elle-même ne suffit pas). Demandez à la personne responsable d’enregistrer un consentement signé par un parent ou un tuteur, avec le nom de la personne signataire, ou retirez l’image.`,
            en: `${label.en}: ${people.en} valid consent signed by a parent or tutor (under 14, the person's own consent is not enough). Ask the responsible person to record a consent signed by a parent or tutor, with the signatory's name, or remove the image.`,
          }, { personal: true }),
        )
      }
      if (unknownAge > 0) {
        const people =
          unknownAge === 1
            ? { fr: 'l’âge d’une personne montrée est inconnu', en: 'the age of 1 person shown is unknown' }
            : { fr: `l’âge de ${unknownAge} personnes montrées est inconnu`, en: `the age of ${unknownAge} people shown is unknown` }
        violations.push(
          violation(priv2Rule, path, {
            fr: `${label.fr} : ${people.fr}. Demandez à la personne responsable d’inscrire sa date de naissance ou sa tranche d’âge, pour savoir si le consentement d’un parent ou d’un tuteur est requis.`,
            en: `${label.en}: ${people.en}. Ask the responsible person to record the birth date or age band, to know whether a parent's or tutor's consent is required.`,
          }, { personal: true }),
        )
      }
    })
    return violations
  },
}

function isGuardianConsent(consent: ConsentFacts): boolean {
  return (consent.relationship === 'parent' || consent.relationship === 'tutor') && Boolean(consent.signatoryName?.trim())
}
