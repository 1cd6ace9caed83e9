import { describe, expect, it } from 'vitest'

import { findCounsellingOffers } from '../../../hooks/rules/detectors/counsellingOffer'
import { forbid2Rule } from '../../../hooks/rules/forbid2'
import { expectNamesRule, makeContext, makePost } from './factories'

describe('FORBID-2 — no counselling through social media (detector)', () => {
  it.each([
    'Écrivez-nous en message privé pour être accompagnée dans vos démarches.',
    'Contactez-nous en MP, une intervenante vous accompagnera.',
    'N’hésitez pas à nous écrire en privé si vous vivez une situation difficile, nous pouvons vous aider.',
    'Vous vivez une situation difficile ? Écrivez-nous en privé.',
    'Besoin d’aide ? Envoyez-nous un message sur Messenger.',
    'Racontez-nous votre situation en commentaire, une intervenante vous répondra.',
    'Besoin de parler ? Notre boîte de réception est ouverte.',
    'Pour du soutien, écrivez-nous en privé ou appelez le 811.',
    'Si vous êtes victime de violence, textez-nous en privé : nous allons vous orienter.',
    'ÉCRIVEZ-NOUS EN MESSAGE PRIVÉ POUR DE L’AIDE',
    'Parents inquiets : contactez-nous par Messenger, nos intervenantes vous conseilleront.',
  ])('refuses « %s »', (text) => {
    expect(findCounsellingOffers(text)).not.toEqual([])
  })

  it.each([
    'DM us for support',
    "Send us a private message and we'll help you through it.",
    'Going through a hard time? Message us privately, we are here to help.',
    'Drop us a DM if you need someone to talk to.',
    'Need help? Inbox us anytime.',
  ])('refuses "%s"', (text) => {
    expect(findCounsellingOffers(text)).not.toEqual([])
  })

  it.each([
    'Si vous avez besoin d’aide, appelez-nous au 514 555-0123, composez le 811 ou, en cas d’urgence, le 911.',
    'Pour du soutien, téléphonez à Info-Social 811.',
    'Écrivez-nous en message privé pour réserver vos billets du souper-bénéfice.',
    'Écrivez-nous en MP pour nous aider à organiser la fête des bénévoles.',
    'Nous n’offrons pas d’accompagnement par message privé : appelez-nous au 514 555-0123 ou composez le 811.',
    'Nos intervenantes peuvent vous rencontrer en privé, sur rendez-vous au 514 555-0123.',
    'Merci pour votre soutien ! Partagez cette publication en commentaire.',
    'Une intervenante sera présente au kiosque samedi pour répondre à vos questions.',
    'Envoyez-nous un message privé pour vous inscrire comme bénévole.',
    'Aidez-nous à soutenir les familles : écrivez-nous en MP pour faire un don.',
    'Laissez-nous vos idées en commentaire pour notre prochaine formation.',
    'Nous ne pouvons pas répondre aux demandes d’aide par message privé : appelez le 811.',
    'Vous vivez une situation difficile ? Appelez-nous au 514 555-0123. Écrivez-nous en MP pour nos heures d’ouverture.',
  ])('accepts « %s »', (text) => {
    expect(findCounsellingOffers(text)).toEqual([])
  })

  it.each([
    'If you need help, call us at 514 555-0123, or dial 811, or 911 in an emergency.',
    'Send us a private message to book your tickets for the benefit dinner.',
    'Help us support families: DM us to volunteer!',
    'We do not provide support by direct message: please call 811.',
    'Our workshop on emotional support for parents starts on Monday.',
  ])('accepts "%s"', (text) => {
    expect(findCounsellingOffers(text)).toEqual([])
  })

  it('quotes the offending sentence, with the question before it', () => {
    expect(findCounsellingOffers('Atelier jeudi. Vous vivez une situation difficile ? Écrivez-nous en privé. Merci !')).toEqual([
      'Vous vivez une situation difficile ? Écrivez-nous en privé.',
    ])
  })
})

describe('FORBID-2 — the rule on a post', () => {
  it('is a block rule', () => {
    expect(forbid2Rule.level).toBe('block')
  })

  it('accepts a post that redirects to the phone, 811 or 911', () => {
    const post = makePost({ channels: [{ channel: 'facebook', text: 'Pour du soutien, téléphonez à Info-Social 811.' }] })
    expect(forbid2Rule.check(post, makeContext())).toEqual([])
  })

  it('refuses an offer of accompaniment on the field that holds it, and says where to redirect', () => {
    const post = makePost({
      channels: [
        { channel: 'facebook', text: 'Atelier samedi.' },
        { channel: 'instagram', text: 'Contactez-nous en MP, une intervenante vous accompagnera.' },
      ],
    })
    const [violation, ...rest] = forbid2Rule.check(post, makeContext())
    expect(rest).toEqual([])
    expectNamesRule(violation, 'FORBID-2')
    expect(violation).toMatchObject({ level: 'block', path: 'channels.1.text' })
    expect(violation.message.fr).toContain('le texte Instagram offre de l’aide')
    expect(violation.message.fr).toContain('« Contactez-nous en MP, une intervenante vous accompagnera. »')
    expect(violation.message.fr).toContain('811 (Info-Social)')
    expect(violation.message.fr).toContain('911')
    expect(violation.message.en).toContain('811 (Info-Social)')
  })

  it('checks the title and the body too', () => {
    const post = makePost({ title: 'DM us for support', bodyText: 'Écrivez-nous en message privé pour être accompagnée.' })
    expect(forbid2Rule.check(post, makeContext()).map((violation) => violation.path)).toEqual(['title', 'body'])
  })

  it('shortens a very long sentence in the message', () => {
    const text = `Écrivez-nous en message privé pour être accompagnée ${'dans toutes vos démarches '.repeat(10)}.`
    const [violation] = forbid2Rule.check(makePost({ bodyText: text }), makeContext())
    expect(violation.message.fr).toContain('… »')
    expect(violation.message.fr.length).toBeLessThan(text.length + 400)
  })
})
