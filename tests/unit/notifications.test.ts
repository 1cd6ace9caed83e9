import { describe, expect, it } from 'vitest'

import { DEFAULT_EMAIL_KINDS, languageOf, wantsEmail } from '../../src/notifications/kinds'
import { mentionedMembers } from '../../src/notifications/mentions'
import { formatWhen, noticeMessages } from '../../src/notifications/messages'
import { stageNotices, type StageAudience } from '../../src/notifications/stageEvents'

const AUTHOR = 10
const RESPONSABLE = 20
const OTHER_RESPONSABLE = 21
const COLLECTIVE = 30

const audience = (extra: Partial<StageAudience> = {}): StageAudience => ({
  author: AUTHOR,
  responsables: [RESPONSABLE, OTHER_RESPONSABLE],
  collective: [COLLECTIVE],
  collectiveApproves: false,
  cascade: false,
  ...extra,
})

describe('stageNotices: who a new history row of a post tells', () => {
  it('submitted → the responsible people; for a CAT-10 post the Collective too', () => {
    expect(stageNotices({ from: 'draft', to: 'in_review', by: AUTHOR }, audience())).toEqual([
      { kind: 'submitted', recipients: [RESPONSABLE, OTHER_RESPONSABLE] },
    ])
    expect(stageNotices({ from: 'draft', to: 'in_review', by: AUTHOR }, audience({ collectiveApproves: true }))).toEqual([
      { kind: 'submitted', recipients: [RESPONSABLE, OTHER_RESPONSABLE, COLLECTIVE] },
    ])
  })

  it('nobody is told about their own move (a responsible person submitting tells the other one only)', () => {
    expect(stageNotices({ from: 'draft', to: 'in_review', by: RESPONSABLE }, audience())).toEqual([
      { kind: 'submitted', recipients: [OTHER_RESPONSABLE] },
    ])
    expect(stageNotices({ from: 'approved', to: 'scheduled', by: AUTHOR }, audience())).toEqual([])
  })

  it('in_review → draft by someone else is « sent back » to the author; by the author (withdrawing) tells nobody', () => {
    expect(stageNotices({ from: 'in_review', to: 'draft', by: RESPONSABLE, reason: 'Ajoutez la source' }, audience())).toEqual([
      { kind: 'sentBack', recipients: [AUTHOR] },
    ])
    expect(stageNotices({ from: 'in_review', to: 'draft', by: AUTHOR }, audience())).toEqual([])
  })

  it('approved, scheduled and published tell the author', () => {
    for (const to of ['approved', 'scheduled', 'published'] as const) {
      expect(stageNotices({ from: 'in_review', to, by: RESPONSABLE }, audience())).toEqual([{ kind: to, recipients: [AUTHOR] }])
    }
    expect(stageNotices({ from: 'scheduled', to: 'published', by: null }, audience())).toEqual([
      { kind: 'published', recipients: [AUTHOR] },
    ])
  })

  it('scheduled → unscheduled by the system: refused at publication, unless a cascade did it', () => {
    expect(stageNotices({ from: 'scheduled', to: 'unscheduled', by: null }, audience())).toEqual([
      { kind: 'publishRefused', recipients: [RESPONSABLE, OTHER_RESPONSABLE, AUTHOR] },
    ])
    expect(stageNotices({ from: 'scheduled', to: 'unscheduled', by: null }, audience({ cascade: true }))).toEqual([
      { kind: 'cascadeUnscheduled', recipients: [RESPONSABLE, OTHER_RESPONSABLE, AUTHOR] },
    ])
    expect(stageNotices({ from: 'approved', to: 'unscheduled', by: null }, audience({ cascade: true }))[0].kind).toBe('cascadeUnscheduled')
  })

  it('published → archived by the system at an offer’s closing date (CAT-6) tells the responsible people and the author', () => {
    expect(stageNotices({ from: 'published', to: 'archived', by: null, reason: 'Offre fermée' }, audience({ offerClosed: true }))).toEqual([
      { kind: 'offerClosed', recipients: [RESPONSABLE, OTHER_RESPONSABLE, AUTHOR] },
    ])
    // Archived by a person (GOV-4, by hand), or by the system for another reason: no « offer closed » notice.
    expect(stageNotices({ from: 'published', to: 'archived', by: RESPONSABLE, reason: 'Erreur' }, audience({ offerClosed: true }))).toEqual(
      [],
    )
    expect(stageNotices({ from: 'published', to: 'archived', by: null, reason: 'Retirée' }, audience())).toEqual([])
  })

  it('a person unscheduling by hand tells nobody; an author who is also a responsible person is told once', () => {
    expect(stageNotices({ from: 'scheduled', to: 'unscheduled', by: RESPONSABLE, reason: 'Reportée' }, audience())).toEqual([])
    expect(stageNotices({ from: 'scheduled', to: 'unscheduled', by: null }, audience({ author: RESPONSABLE }))).toEqual([
      { kind: 'publishRefused', recipients: [RESPONSABLE, OTHER_RESPONSABLE] },
    ])
  })

  it('a post without author tells only whom it can', () => {
    expect(stageNotices({ from: 'in_review', to: 'approved', by: RESPONSABLE }, audience({ author: null }))).toEqual([])
  })
})

describe('mentionedMembers: « @Name » against the team', () => {
  const team = [
    { id: 1, name: 'Léa Tremblay' },
    { id: 2, name: 'Léa' },
    { id: 3, name: 'Marc' },
    { id: 4, name: null },
  ]
  it('finds full names, any case, and the longest name first', () => {
    expect(mentionedMembers('Bonjour @léa tremblay, peux-tu relire ?', team)).toEqual([1])
    expect(mentionedMembers('@Léa et @MARC : voir la source', team).sort()).toEqual([2, 3])
  })
  it('a name followed by more letters is not a mention; no @, no mention', () => {
    expect(mentionedMembers('@Marco a écrit', team)).toEqual([])
    expect(mentionedMembers('Marc et Léa', team)).toEqual([])
    expect(mentionedMembers('courriel marc@exemple.org', team)).toEqual([])
  })
})

describe('e-mail choices and languages', () => {
  it('without a choice, the kinds that ask to act come by e-mail', () => {
    expect(wantsEmail({}, 'sentBack')).toBe(true)
    expect(wantsEmail({ emailNotificationKinds: null }, 'published')).toBe(false)
    expect(DEFAULT_EMAIL_KINDS).toEqual([
      'sentBack',
      'publishRefused',
      'cascadeUnscheduled',
      'offerClosed',
      'mention',
      'consentWithdrawn',
      'deliveryFailed',
      'takedownFailed',
    ])
  })
  it('a choice, even empty, is the person’s', () => {
    expect(wantsEmail({ emailNotificationKinds: [] }, 'sentBack')).toBe(false)
    expect(wantsEmail({ emailNotificationKinds: ['published'] }, 'published')).toBe(true)
  })
  it('French unless the person chose English', () => {
    expect(languageOf(null)).toBe('fr')
    expect(languageOf({ notificationLanguage: 'en' })).toBe('en')
  })
})

describe('messages', () => {
  it('both languages, 24 h times with the year, the reason appended', () => {
    const when = {
      fr: formatWhen('2026-12-15T21:28:00.000Z', 'America/Toronto', 'fr'),
      en: formatWhen('2026-12-15T21:28:00.000Z', 'America/Toronto', 'en'),
    }
    expect(when).toEqual({ fr: '15 déc. 2026, 16 h 28', en: 'Dec 15, 2026, 4:28 PM' })
    const scheduled = noticeMessages('scheduled', { fr: { title: 'Atelier', when: when.fr }, en: { title: 'Atelier', when: when.en } })
    expect(scheduled).toEqual({
      fr: '« Atelier » est programmée pour le 15 déc. 2026, 16 h 28.',
      en: '“Atelier” is scheduled for Dec 15, 2026, 4:28 PM.',
    })
    const sentBack = noticeMessages('sentBack', {
      fr: { title: 'Atelier', actor: 'Léa', reason: 'Ajoutez la source' },
      en: { title: 'Atelier', actor: 'Léa', reason: 'Ajoutez la source' },
    })
    expect(sentBack.fr).toBe('Léa a renvoyé « Atelier » en rédaction. Motif : Ajoutez la source')
    expect(sentBack.en).toBe('Léa sent “Atelier” back to drafting. Reason: Ajoutez la source')
    // A move by the system (seed, import) names nobody.
    expect(noticeMessages('submitted', { fr: { title: 'Atelier' }, en: { title: 'Atelier' } })).toEqual({
      fr: '« Atelier » a été soumise pour révision.',
      en: '“Atelier” was submitted for review.',
    })
  })
})
