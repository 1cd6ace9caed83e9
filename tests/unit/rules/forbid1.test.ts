import { describe, expect, it } from 'vitest'

import { withRuleId } from '../../../hooks/rules/messages'
import { personalInformationDetector } from '../../../hooks/rules/detectors/personalInformation'
import { forbid1Rule } from '../../../hooks/rules/forbid1'
import { DEFAULT_ALLOWED_PHRASES, DEFAULT_FORBIDDEN_PATTERNS } from '../../../src/policy/defaults'
import { expectNamesRule, makeContext, makePost } from './factories'

const detect = personalInformationDetector(DEFAULT_FORBIDDEN_PATTERNS, DEFAULT_ALLOWED_PHRASES)

describe('FORBID-1 — personal information, with the default lists', () => {
  it('is a warn rule', () => {
    expect(forbid1Rule.level).toBe('warn')
  })

  it.each([
    // birthday wishes
    ['Bonne fête à notre coordonnatrice Julie !', 'Bonne fête'],
    ['Joyeux anniversaire Marc', 'Joyeux anniversaire'],
    ['Bon anniversaire à notre bénévole Gilles, merci pour tout !', 'Bon anniversaire'],
    ['BONNE FÊTE JULIE !!!', 'BONNE FÊTE'],
    ['Bonne fete a Julie de la part de toute l’équipe', 'Bonne fete'],
    ['Nos meilleurs souhaits de fête à Nathalie, qui célèbre aujourd’hui.', 'souhaits de fête'],
    ['Bonne fête Julie, et bonne fête nationale à tous !', 'Bonne fête'],
    // deaths and condolences
    ['Nous avons appris avec tristesse le décès de notre ancienne présidente.', 'décès'],
    ['Toutes nos condoléances à la famille de Pierre.', 'condoléances'],
    ['Notre collègue André est décédé la semaine dernière.', 'est décédé'],
    ['Notre fondatrice, décédée en janvier, sera honorée samedi.', 'décédée'],
    ['Les funérailles auront lieu jeudi à 14 h.', 'funérailles'],
    // sick leave
    ['Sophie est en congé de maladie jusqu’en mars.', 'congé de maladie'],
    ['Notre intervenante est en arrêt maladie pour quelques semaines.', 'en arrêt maladie'],
    ['Luc est en arrêt-maladie depuis lundi, merci de votre patience.', 'en arrêt-maladie'],
    ['Nos pensées vont à Luc, hospitalisé depuis vendredi.', 'hospitalisé'],
    // births
    ['Félicitations à Karine pour la naissance de sa fille !', 'naissance'],
    ['Notre animatrice vient d’accoucher d’un beau garçon !', 'accoucher'],
    ['Bienvenue au bébé de notre collègue Amélie !', 'bébé'],
    ['Notre directrice est en congé de maternité depuis lundi.', 'congé de maternité'],
    ['Marie est enceinte de son deuxième enfant !', 'est enceinte'],
  ])('flags « %s »', (text, quote) => {
    expect(detect(text)).toEqual([quote])
  })

  it.each([
    ['Happy birthday to our volunteer Anne!', 'Happy birthday'],
    ['We are sad to share that our founder passed away last week.', 'passed away'],
    ['Our deepest condolences to the family.', 'condolences'],
    ['Mark is on sick leave until March.', 'sick leave'],
    ['Our coordinator Marie welcomed a baby girl!', 'welcomed a baby'],
    ['Congratulations to Lisa, who gave birth to twins!', 'gave birth', 'twins'],
    ['Our director is on maternity leave.', 'maternity leave'],
  ])('flags "%s"', (text, ...quotes) => {
    expect(detect(text)).toEqual(quotes)
  })

  it.each([
    'Venez célébrer avec nous à la fête des bénévoles jeudi prochain !',
    'Bonne Fête nationale !',
    'Joyeuse fête du Canada à toutes et à tous !',
    'Bonne fête des Mères à toutes les mamans !',
    'Bonne fête des pères à tous les papas.',
    'Bonne fête de la Saint-Jean !',
    'Le 20 novembre, c’est la Journée nationale de l’enfant.',
    'La naissance d’un projet collectif demande du temps.',
    'Retour sur la naissance de notre organisme en 1985.',
    'Ateliers offerts aux familles d’enfants de la naissance à 5 ans.',
    'N’oubliez pas d’indiquer la date de naissance de l’enfant lors de l’inscription.',
    'Nos bureaux seront fermés lundi pour la fête du Travail.',
    'Notre organisme célèbre son 30e anniversaire cette année !',
    'Joyeux anniversaire de fondation à ESPACE Estrie !',
    'Atelier parents-bébé tous les mardis matin.',
    'La carte d’assurance maladie est obligatoire pour l’inscription.',
    'Une nouvelle étude sur la santé mentale des enfants.',
    'Nos bureaux seront fermés pendant le congé des Fêtes.',
    'Les bébés et leurs parents sont les bienvenus à la halte-garderie.',
    'Merci aux 40 bénévoles qui ont rendu la fête de quartier possible !',
  ])('does not flag « %s »', (text) => {
    expect(detect(text)).toEqual([])
  })

  it.each([
    'Happy Canada Day!',
    'Join us for National Child Day on November 20.',
    "Happy Mother's Day to all moms!",
    "Please bring your child's birth certificate to register.",
    'Celebrating 30 years of our organisation this year!',
    'Our volunteer appreciation party is next week.',
  ])('does not flag "%s"', (text) => {
    expect(detect(text)).toEqual([])
  })

  it('flags « décès » about someone, not as a topic', () => {
    expect(detect('Le taux de décès des suites de la violence familiale augmente.')).toEqual([])
    expect(detect('Nous avons appris le décès de la mère de notre collègue Annie.')).toEqual(['décès'])
  })

  it('quotes each phrase once, as written, when it repeats', () => {
    expect(detect('Joyeux anniversaire Marc ! Et joyeux anniversaire aussi à Louise.')).toEqual(['Joyeux anniversaire'])
  })

  it('quotes text typed with decomposed accents', () => {
    const decomposed = 'Le de\u0301ce\u0300s de notre colle\u0300gue'
    expect(detect(decomposed)).toEqual(['de\u0301ce\u0300s'])
  })

  it('does not match inside a longer word', () => {
    expect(detect('Les bébés dorment.')).toEqual([])
    expect(detect('La reconnaissance de notre travail.')).toEqual([])
  })
})

describe('FORBID-1 — the rule on a post', () => {
  it('accepts an ordinary post', () => {
    expect(forbid1Rule.check(makePost(), makeContext())).toEqual([])
  })

  it('warns on each field, with its path and its name, quoting the phrase as written', () => {
    const post = makePost({
      title: 'Bonne fête Julie',
      bodyText: 'Toute l’équipe lui souhaite une belle journée.',
      channels: [
        { channel: 'facebook', text: 'Une belle journée pour notre équipe.' },
        { channel: 'x', text: 'Joyeux Anniversaire Julie !' },
      ],
    })
    const violations = forbid1Rule.check(post, makeContext())
    expect(violations.map((violation) => violation.path)).toEqual(['title', 'channels.1.text'])
    for (const violation of violations) {
      expectNamesRule(violation, 'FORBID-1')
      expect(violation.level).toBe('warn')
    }
    expect(withRuleId(violations[1], 'fr')).toBe(
      'FORBID-1 : « Joyeux Anniversaire » dans le texte X ressemble à une information personnelle (souhaits de fête, décès, congé maladie, naissance). Retirez-la, ou la personne responsable peut passer outre avec une justification écrite.',
    )
    expect(violations[1].message.en).toContain('"Joyeux Anniversaire" in the X text looks like personal information')
    expect(violations[0].message.fr).toContain('dans le titre')
  })

  it('checks the body', () => {
    const [violation] = forbid1Rule.check(makePost({ bodyText: 'Nos condoléances à la famille.' }), makeContext())
    expect(violation.path).toBe('body')
    expect(violation.message.fr).toContain('« condoléances » dans le contenu')
  })

  it('uses the organisation’s own patterns and allowed phrases', () => {
    const context = makeContext()
    context.policy = { ...context.policy, forbiddenPatterns: ['retraite*'], allowedPhrases: ['régime de retraite'] }
    expect(forbid1Rule.check(makePost({ title: 'Bonne fête Julie' }), context)).toEqual([])
    expect(forbid1Rule.check(makePost({ title: 'Départ à la retraite de Julie' }), context)).toHaveLength(1)
    expect(forbid1Rule.check(makePost({ title: 'Notre régime de retraite' }), context)).toEqual([])
  })

  it('finds nothing when the organisation empties the list', () => {
    const context = makeContext()
    context.policy = { ...context.policy, forbiddenPatterns: [] }
    expect(forbid1Rule.check(makePost({ title: 'Bonne fête Julie' }), context)).toEqual([])
  })
})

describe('FORBID-1 — what a phrase list alone missed', () => {
  it.each([
    ['Our longtime volunteer Bill died peacefully last weekend.', 'died'],
    ['Joyeux 40e anniversaire à notre directrice Manon !', 'Joyeux 40e anniversaire'],
    ['Happy 30th birthday to our coordinator Sam!', 'Happy 30th birthday'],
    ['bonne fete a notre benevole Gaston', 'bonne fete'],
    ['Notre ancienne présidente est décédée dimanche.', 'est décédée'],
    ['Bravo Julie ! #JoyeuxAnniversaire', 'JoyeuxAnniversaire'],
    ['Emily starts her maternity leave on Friday.', 'maternity leave'],
  ])('flags « %s »', (text, quote) => {
    expect(detect(text)).toEqual([quote])
  })

  it.each([
    'Joyeuses fêtes à toutes nos familles !',
    'Joyeuse fête à tous les enfants du Québec !',
    'Le 25e anniversaire de l’organisme, on le fête en grand !',
    'La naissance du mouvement communautaire au Québec.',
    'Welcoming a new baby can shake up older siblings.',
    'Maternity leave can feel lonely. Come meet other new moms at our coffee mornings!',
  ])('does not flag « %s »', (text) => {
    expect(detect(text)).toEqual([])
  })

  it('counts a phrase marked « (personne) » only when its sentence speaks of someone', () => {
    const detectWith = personalInformationDetector(['retraite (personne)'], [])
    expect(detectWith('Le régime de retraite des travailleuses communautaires.')).toEqual([])
    expect(detectWith('Départ à la retraite de Julie, merci pour tout !')).toEqual(['retraite'])
    expect(detectWith('Notre coordonnatrice prend sa retraite.')).toEqual(['retraite'])
    expect(personalInformationDetector(['retraite'], [])('Le régime de retraite des travailleuses communautaires.')).toEqual(['retraite'])
  })

  it('takes allowed phrases as written: the holidays are allowed, a birthday is not', () => {
    const detectWith = personalInformationDetector(['bonne fête'], ['bonnes fêtes'])
    expect(detectWith('Bonnes fêtes à tous !')).toEqual([])
    expect(detectWith('Bonne fête Julie !')).toEqual(['Bonne fête'])
  })
})
