import { describe, expect, it } from 'vitest'

import type { Target } from '../../calendar/rhythm'
import { buildMeetingDigest, digestPeriod, type DigestFacts, type PostFact } from '../../src/digest/meetingDigest'
import { digestMarkdown, escapeMarkdown } from '../../src/digest/markdown'

const ZONE = 'America/Toronto'
// Wednesday 25 November 2026, 10:00 in Toronto.
const NOW = new Date('2026-11-25T15:00:00.000Z')
const DAY = 86_400_000
const TARGETS: Target[] = [
  { channel: 'facebook', targetPerWeek: 3, maxPerDay: 2 },
  { channel: 'instagram', targetPerWeek: 1, maxPerDay: 1 },
]
const CAT2 = { code: 'CAT-2', labelFr: 'Prévention', labelEn: 'Prevention' }

const LAST_MEETING = { id: 1, date: '2026-11-16T15:00:00.000Z', title: 'Réunion de novembre' } // Monday 10:00
const OLDER_MEETING = { id: 2, date: '2026-10-16T14:00:00.000Z', title: 'Réunion d’octobre' }
const LATER_TODAY = { id: 3, date: '2026-11-25T20:00:00.000Z', title: 'Réunion de ce soir' }

let nextId = 100
function post(
  title: string,
  workflowStatus: PostFact['workflowStatus'],
  publishAt: string | null,
  channels: PostFact['channels'] = ['facebook'],
  extra: Partial<PostFact> = {},
): PostFact {
  return { id: nextId++, title, workflowStatus, publishAt, channels, category: CAT2, overrides: [], ...extra }
}

const POSTS: PostFact[] = [
  post('Ateliers d’automne', 'published', '2026-11-17T15:00:00.000Z', ['facebook', 'instagram']),
  post('Journée portes ouvertes', 'published', '2026-11-18T15:00:00.000Z'),
  post('Nouvelle brochure', 'published', '2026-11-19T15:00:00.000Z'),
  post('Avant la réunion', 'published', '2026-11-16T14:00:00.000Z'), // one hour before the meeting
  post('Publiée à l’instant', 'published', '2026-11-25T15:00:00.000Z'), // = now: not yet in the period
  post('Approuvée dans la période', 'approved', '2026-11-20T15:00:00.000Z'),
  post('Programmée lundi', 'scheduled', '2026-11-30T15:00:00.000Z', ['facebook', 'instagram']),
  post('Approuvée le 8', 'approved', '2026-12-08T15:00:00.000Z'),
  post('Programmée dans 14 jours pile', 'scheduled', '2026-12-09T15:00:00.000Z'),
  post('Brouillon vendredi', 'draft', '2026-11-27T15:00:00.000Z'),
  post('Approuvée sans date', 'approved', null),
  post('Brouillon sans date', 'draft', null),
]

function facts(extra: Partial<DigestFacts> = {}): DigestFacts {
  return {
    now: NOW,
    timeZone: ZONE,
    meetings: [OLDER_MEETING, LAST_MEETING, LATER_TODAY],
    posts: POSTS,
    targets: TARGETS,
    snapshots: [],
    moderation: [],
    helpRequestCount: 0,
    consents: null,
    ...extra,
  }
}

const lines = (markdown: string) => markdown.split('\n')

describe('digestPeriod (GOV-2)', () => {
  it('runs from the last meeting strictly before now; a meeting later today is not the last one', () => {
    const period = digestPeriod([OLDER_MEETING, LATER_TODAY, LAST_MEETING], NOW)
    expect(period.source).toBe('meeting')
    expect(period.meeting?.id).toBe(LAST_MEETING.id)
    expect(period.from.toISOString()).toBe(LAST_MEETING.date)
    expect(period.to).toBe(NOW)
  })

  it('does not take a meeting recorded at this very instant', () => {
    const period = digestPeriod([{ id: 9, date: NOW.toISOString() }, OLDER_MEETING], NOW)
    expect(period.meeting?.id).toBe(OLDER_MEETING.id)
  })

  it('falls back to the last 14 days without an earlier meeting, and says so', () => {
    const period = digestPeriod([LATER_TODAY], NOW)
    expect(period.source).toBe('default')
    expect(period.meeting).toBeNull()
    expect(NOW.getTime() - period.from.getTime()).toBe(14 * DAY)
    const markdown = digestMarkdown(buildMeetingDigest(facts({ meetings: [LATER_TODAY] })), 'fr')
    expect(lines(markdown)[2]).toBe(
      'Période : du 2026-11-11 10:00 au 2026-11-25 10:00 (America/Toronto). Aucune réunion n’est enregistrée avant aujourd’hui : le résumé couvre les 14 derniers jours.',
    )
  })
})

describe('buildMeetingDigest', () => {
  const digest = buildMeetingDigest(facts())

  it('names the meeting that opens the period', () => {
    expect(lines(digestMarkdown(digest, 'fr'))[2]).toBe(
      'Période : du 2026-11-16 10:00 au 2026-11-25 10:00 (America/Toronto), depuis la réunion « Réunion de novembre ».',
    )
    expect(lines(digestMarkdown(digest, 'en'))[2]).toBe(
      'Period: from 2026-11-16 10:00 to 2026-11-25 10:00 (America/Toronto), since the meeting “Réunion de novembre”.',
    )
  })

  it('lists the posts published in the period, oldest first, from the meeting included to now excluded', () => {
    expect(digest.published.map((row) => row.title)).toEqual(['Ateliers d’automne', 'Journée portes ouvertes', 'Nouvelle brochure'])
    expect(lines(digestMarkdown(digest, 'fr'))).toContain(
      '- 2026-11-17 10:00 — **Ateliers d’automne** — CAT-2 Prévention — Facebook, Instagram',
    )
  })

  it('dates a published post by the moment it went out: published at once (no planned moment), or later than planned', () => {
    const atOnce = post('Publiée tout de suite', 'published', null, ['facebook'], { publishedAt: '2026-11-20T19:30:00.000Z' })
    const late = post('Planifiée avant la réunion, publiée après', 'published', '2026-11-13T15:00:00.000Z', ['facebook'], {
      publishedAt: '2026-11-18T16:00:00.000Z',
    })
    const early = post('Planifiée dans la période, publiée avant', 'published', '2026-11-18T15:00:00.000Z', ['facebook'], {
      publishedAt: '2026-11-10T15:00:00.000Z',
    })
    const dated = buildMeetingDigest(facts({ posts: [...POSTS, atOnce, late, early] }))
    expect(dated.published.map((row) => row.title)).toEqual([
      'Ateliers d’automne',
      'Journée portes ouvertes',
      'Planifiée avant la réunion, publiée après',
      'Nouvelle brochure',
      'Publiée tout de suite',
    ])
    expect(dated.published.find((row) => row.id === atOnce.id)?.at).toBe('2026-11-20T19:30:00.000Z')
  })

  it('lists approved and scheduled posts of the next 14 days and counts undated approved ones', () => {
    expect(digest.upcoming.posts.map((row) => row.title)).toEqual(['Programmée lundi', 'Approuvée le 8'])
    expect(digest.upcoming.undatedApproved).toBe(1)
    const markdown = lines(digestMarkdown(digest, 'fr'))
    expect(markdown).toContain('## Les deux prochaines semaines (2)')
    expect(markdown).toContain('- 2026-11-30 10:00 — **Programmée lundi** — CAT-2 Prévention — Facebook, Instagram — Programmée')
    expect(markdown).toContain('Publications approuvées encore sans date : 1')
  })

  it('counts the weeks under the rhythm target per channel, from the period to the next two weeks (calendar/rhythm)', () => {
    expect(digest.rhythm.fromDay).toBe('2026-11-16')
    expect(digest.rhythm.toDay).toBe('2026-12-09')
    expect(digest.rhythm.weeks.map((week) => week.week)).toEqual(['2026-11-16', '2026-11-23', '2026-11-30', '2026-12-07'])
    expect(digest.rhythm.summary).toEqual([
      { channel: 'facebook', weeksBelowTarget: 3, weeksCounted: 4 },
      { channel: 'instagram', weeksBelowTarget: 2, weeksCounted: 4 },
    ])
    const markdown = lines(digestMarkdown(digest, 'fr'))
    const table = markdown.indexOf('| Semaine du | Facebook | Instagram |')
    expect(table).toBeGreaterThan(0)
    expect(markdown.slice(table, table + 6)).toEqual([
      '| Semaine du | Facebook | Instagram |',
      '| --- | --- | --- |',
      // The post an hour before the meeting and the approved one count in their week's rhythm.
      '| 2026-11-16 (passée) | 5 / 3 | 1 / 1 |',
      // The post published at this very instant and Friday's draft count in the current week.
      '| 2026-11-23 (en cours) | 2 / 3 ⚠ | 0 / 1 ⚠ |',
      '| 2026-11-30 (à venir) | 1 / 3 ⚠ | 1 / 1 |',
      '| 2026-12-07 (à venir) | 2 / 3 ⚠ | 0 / 1 ⚠ |',
    ])
    expect(markdown).toContain('- Facebook : 3 semaine(s) sous la cible sur 4')
    expect(markdown).toContain('- Instagram : 2 semaine(s) sous la cible sur 4')
  })

  it('says when no weekly target is set', () => {
    const markdown = digestMarkdown(buildMeetingDigest(facts({ targets: [] })), 'fr')
    expect(lines(markdown)).toContain('_Aucune cible hebdomadaire n’est fixée dans la politique (GOV-1)._')
    expect(markdown).not.toContain('| Semaine du')
  })

  it('compares the audience from the last snapshot on or before the first day to the last on or before today', () => {
    const withAudience = buildMeetingDigest(
      facts({
        snapshots: [
          { channel: 'facebook', date: '2026-11-10T12:00:00.000Z', followers: 1000, pageLikes: 800 },
          { channel: 'facebook', date: '2026-11-16T12:00:00.000Z', followers: 1010, pageLikes: 805 },
          { channel: 'facebook', date: '2026-11-20T12:00:00.000Z', followers: 1050, pageLikes: 812 },
          { channel: 'facebook', date: '2026-11-26T12:00:00.000Z', followers: 9999, pageLikes: 9999 }, // after today
          { channel: 'instagram', date: '2026-11-20T12:00:00.000Z', followers: 300 }, // no baseline
          { channel: 'x', date: '2026-11-30T12:00:00.000Z', followers: 50 }, // nothing up to today
        ],
      }),
    )
    expect(withAudience.audience).toEqual([
      {
        channel: 'facebook',
        baseline: { day: '2026-11-16', followers: 1010, pageLikes: 805 },
        current: { day: '2026-11-20', followers: 1050, pageLikes: 812 },
        followersChange: 40,
        pageLikesChange: 7,
      },
      {
        channel: 'instagram',
        baseline: null,
        current: { day: '2026-11-20', followers: 300, pageLikes: null },
        followersChange: null,
        pageLikesChange: null,
      },
    ])
    const markdown = lines(digestMarkdown(withAudience, 'fr'))
    expect(markdown).toContain('- Facebook : 1010 → 1050 abonnés (+40), du 2026-11-16 au 2026-11-20 — mentions « J’aime » : +7')
    expect(markdown).toContain('- Instagram : 300 abonnés au 2026-11-20 — aucun relevé au début de la période, évolution inconnue')
    expect(lines(digestMarkdown(buildMeetingDigest(facts()), 'fr'))).toContain('_Aucun relevé d’audience pour la période._')
  })

  it('counts moderation events of the period per reason and lists them', () => {
    const moderated = buildMeetingDigest(
      facts({
        moderation: [
          { id: 1, channel: 'facebook', removedAt: '2026-11-20T18:30:00.000Z', reason: 'spam', description: 'Lien publicitaire' },
          { id: 2, channel: 'instagram', removedAt: '2026-11-18T14:00:00.000Z', reason: 'prejudice', description: 'Commentaire méprisant' },
          { id: 3, channel: 'facebook', removedAt: '2026-11-21T14:00:00.000Z', reason: 'spam', description: 'Autre pourriel' },
          { id: 4, channel: 'facebook', removedAt: '2026-11-10T14:00:00.000Z', reason: 'defamatory', description: 'Avant la période' },
        ],
      }),
    )
    expect(moderated.moderation.total).toBe(3)
    expect(moderated.moderation.byReason).toEqual([
      { reason: 'prejudice', count: 1 },
      { reason: 'spam', count: 2 },
    ])
    const markdown = lines(digestMarkdown(moderated, 'fr'))
    expect(markdown).toContain('## Modération (GOV-5) (3)')
    expect(markdown).toContain('- Pourriel : 2')
    expect(markdown).toContain('- 2026-11-18 09:00 — Instagram — Préjugés — Commentaire méprisant')
    expect(markdown.join('\n')).not.toContain('Avant la période')
  })

  it('lists warnings overridden in the period, with who and why', () => {
    const overridden = buildMeetingDigest(
      facts({
        posts: [
          ...POSTS,
          post('Bonne fête Julie', 'approved', '2026-12-20T15:00:00.000Z', ['facebook'], {
            overrides: [
              {
                rule: 'FORBID-1',
                justification: 'Julie a donné son accord écrit.',
                byName: 'Marie Tremblay',
                byId: 5,
                at: '2026-11-24T16:00:00.000Z',
              },
            ],
          }),
          post('Ancien passe-outre', 'published', '2026-10-01T15:00:00.000Z', ['facebook'], {
            overrides: [
              {
                rule: 'FORBID-1',
                justification: 'Hors période, ne doit pas paraître.',
                byName: null,
                byId: 7,
                at: '2026-10-01T12:00:00.000Z',
              },
            ],
          }),
        ],
      }),
    )
    expect(overridden.overrides.map((row) => row.postTitle)).toEqual(['Bonne fête Julie'])
    expect(lines(digestMarkdown(overridden, 'fr'))).toContain(
      '- 2026-11-24 11:00 — FORBID-1 — **Bonne fête Julie** — « Julie a donné son accord écrit. » — par Marie Tremblay',
    )
  })

  it('lists consents expiring within 30 days for those who may see them, and reserves the section otherwise', () => {
    const consents = [
      {
        id: 1,
        expiresAt: new Date(NOW.getTime() + 50 * DAY).toISOString(),
        scopes: ['facebook' as const],
        personName: 'Loin Dans Le Temps',
      },
      { id: 2, expiresAt: '2026-12-05T12:00:00.000Z', scopes: ['facebook' as const, 'instagram' as const], personName: 'Léa Gagnon' },
    ]
    const shown = buildMeetingDigest(facts({ consents }))
    expect(shown.consents).toMatchObject({ reserved: false, windowDays: 30, items: [{ id: 2 }] })
    const markdown = lines(digestMarkdown(shown, 'fr'))
    expect(markdown).toContain('## Consentements qui expirent d’ici 30 jours (1)')
    expect(markdown).toContain('- 2026-12-05 — Facebook, Instagram — Léa Gagnon')

    const reserved = digestMarkdown(buildMeetingDigest(facts({ consents: null })), 'fr')
    expect(lines(reserved)).toContain(
      '_Section réservée à la personne responsable et à l’administration (renseignements personnels, PRIV-4)._',
    )
  })

  it('counts help requests of the period', () => {
    const markdown = digestMarkdown(buildMeetingDigest(facts({ helpRequestCount: 4 })), 'en')
    expect(lines(markdown)).toContain('4 help request(s) received and redirected during the period.')
  })
})

describe('digestMarkdown', () => {
  it('escapes Markdown in titles, descriptions and justifications, on one line', () => {
    expect(escapeMarkdown('*Promo* _spéciale_ [lien](https://x.test) <b>gras</b> | #1 & `code` ~barré~ \\')).toBe(
      '\\*Promo\\* \\_spéciale\\_ \\[lien\\](https://x.test) \\<b\\>gras\\</b\\> \\| \\#1 \\& \\`code\\` \\~barré\\~ \\\\',
    )
    const digest = buildMeetingDigest(
      facts({
        posts: [post('**Gras** | [clic](javascript:alert(1))', 'published', '2026-11-20T15:00:00.000Z')],
        moderation: [
          { id: 1, channel: 'x', removedAt: '2026-11-20T15:00:00.000Z', reason: 'other', description: 'Ligne 1\n# Titre <script>' },
        ],
      }),
    )
    const markdown = lines(digestMarkdown(digest, 'fr'))
    expect(markdown).toContain(
      '- 2026-11-20 10:00 — **\\*\\*Gras\\*\\* \\| \\[clic\\](javascript:alert(1))** — CAT-2 Prévention — Facebook',
    )
    expect(markdown).toContain('- 2026-11-20 10:00 — X (Twitter) — Autre — Ligne 1 \\# Titre \\<script\\>')
    expect(markdown.some((line) => line.startsWith('# Titre'))).toBe(false)
  })

  it('is deterministic: the same facts, in any order, give the same text', () => {
    const shuffled = facts({ posts: [...POSTS].reverse(), meetings: [LATER_TODAY, LAST_MEETING, OLDER_MEETING] })
    const first = digestMarkdown(buildMeetingDigest(facts()), 'fr')
    expect(digestMarkdown(buildMeetingDigest(facts()), 'fr')).toBe(first)
    expect(digestMarkdown(buildMeetingDigest(shuffled), 'fr')).toBe(first)
    expect(first.startsWith('# Point « médias sociaux » de la réunion d’équipe\n')).toBe(true)
    expect(first.endsWith('\n')).toBe(true)
    const english = digestMarkdown(buildMeetingDigest(facts()), 'en')
    expect(english).not.toBe(first)
    expect(lines(english)).toContain('| Week of | Facebook | Instagram |')
    expect(lines(english)).toContain('## Posts published during the period (3)')
  })
})
