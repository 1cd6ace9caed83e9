import { describe, expect, it } from 'vitest'

import { cat6Rule } from '../../../hooks/rules/cat6'
import { expectNamesRule, makeCategory, makeContext, makePost } from './factories'

const offers = makeContext({ category: makeCategory('CAT-6') })

describe('CAT-6 — an offer has a closing date', () => {
  it('is a block rule', () => {
    expect(cat6Rule.level).toBe('block')
  })

  it('ignores other categories', () => {
    expect(cat6Rule.check(makePost({ closingDate: null }), makeContext({ category: makeCategory('CAT-5') }))).toEqual([])
  })

  it('ignores a post without category (CAT reports it)', () => {
    expect(cat6Rule.check(makePost({ categoryId: null }), makeContext({ category: null }))).toEqual([])
  })

  it('marks an offer without closing date as incomplete', () => {
    const [violation] = cat6Rule.check(makePost({ closingDate: null }), offers)
    expectNamesRule(violation, 'CAT-6')
    expect(violation).toMatchObject({ level: 'block', path: 'closingDate', incomplete: true })
    expect(violation.message.fr).toContain('Date de fin de l’offre')
  })

  it('accepts a closing date after the publication, or without a scheduled publication', () => {
    const post = makePost({ closingDate: '2026-04-30T04:00:00.000Z', publishAt: '2026-03-15T13:00:00.000Z' })
    expect(cat6Rule.check(post, offers)).toEqual([])
    expect(cat6Rule.check(makePost({ closingDate: '2026-04-30T04:00:00.000Z' }), offers)).toEqual([])
  })

  it('accepts a closing date equal to the publication instant', () => {
    const instant = '2026-03-15T13:00:00.000Z'
    expect(cat6Rule.check(makePost({ closingDate: instant, publishAt: instant }), offers)).toEqual([])
  })

  it('compares days: an offer closing on the 15th may go out on the evening of the 15th, in the organisation’s zone', () => {
    // Closing day stored at noon UTC; 20 h in Toronto is already the 16th in UTC but still the 15th there.
    const evening = makePost({ closingDate: '2026-03-15T12:00:00.000Z', publishAt: '2026-03-16T00:30:00.000Z' })
    expect(cat6Rule.check(evening, offers)).toEqual([])
    const nextMorning = makePost({ closingDate: '2026-03-15T12:00:00.000Z', publishAt: '2026-03-16T13:00:00.000Z' })
    expect(cat6Rule.check(nextMorning, offers)).toHaveLength(1)
  })

  it('refuses a closing date before the publication, as a wrong value (not incomplete)', () => {
    const post = makePost({ closingDate: '2026-03-14T12:00:00.000Z', publishAt: '2026-03-15T13:00:00.000Z' })
    const [violation, ...rest] = cat6Rule.check(post, offers)
    expect(rest).toEqual([])
    expectNamesRule(violation, 'CAT-6')
    expect(violation.path).toBe('closingDate')
    expect(violation.incomplete).toBeUndefined()
    expect(violation.message.en).toContain('before the publication date')
  })

  it('publishing now (no scheduled moment) compares with today in the organisation’s zone (the context’s clock)', () => {
    // NOW is 10 March 2026, 11 h in Toronto.
    const closedYesterday = makePost({ closingDate: '2026-03-09T12:00:00.000Z', publishAt: null })
    const [violation, ...rest] = cat6Rule.check(closedYesterday, offers)
    expect(rest).toEqual([])
    expectNamesRule(violation, 'CAT-6')
    expect(violation).toMatchObject({ path: 'closingDate', incomplete: true })
    expect(violation.message.fr).toContain('l’offre a pris fin le 9 mars 2026')
    expect(violation.message.en).toContain('the offer closed on Mar 9, 2026')
    expect(cat6Rule.check(makePost({ closingDate: '2026-03-10T12:00:00.000Z', publishAt: null }), offers)).toEqual([])
    // An unreadable scheduled moment is no moment: today again, never a comparison with NaN.
    expect(cat6Rule.check(makePost({ closingDate: '2026-03-09T12:00:00.000Z', publishAt: 'not a date' }), offers)).toHaveLength(1)
  })

  it('the save that publishes compares with its own moment, not the planned one: a job running late after the closing day', () => {
    // Planned for 8 March, closing on the 9th; the job only runs on 10 March (its `now`, the context's clock).
    const late = makePost({ closingDate: '2026-03-09T12:00:00.000Z', publishAt: '2026-03-08T15:00:00.000Z', workflowStatus: 'published' })
    const publishing = makeContext({ category: makeCategory('CAT-6'), transition: { from: 'scheduled', to: 'published' } })
    const [violation, ...rest] = cat6Rule.check(late, publishing)
    expect(rest).toEqual([])
    expectNamesRule(violation, 'CAT-6')
    expect(violation.message.fr).toContain('l’offre a pris fin le 9 mars 2026')
    // The same post, not being published by this save, is judged at its planned moment (then open).
    expect(cat6Rule.check({ ...late, workflowStatus: 'scheduled' }, offers)).toEqual([])
    // On time (the job's clock on the 9th, in the evening in Toronto): published.
    const onTime = makeContext({ ...publishing, now: new Date('2026-03-10T03:00:00.000Z') })
    expect(cat6Rule.check(late, onTime)).toEqual([])
  })

  it('a published offer is judged at the moment it went out (publishedAt)', () => {
    const published = makePost({
      closingDate: '2026-03-09T12:00:00.000Z',
      publishAt: null,
      publishedAt: '2026-03-02T15:00:00.000Z',
      workflowStatus: 'published',
    })
    expect(cat6Rule.check(published, offers)).toEqual([])
    expect(cat6Rule.check({ ...published, publishedAt: '2026-03-10T14:00:00.000Z' }, offers)).toHaveLength(1)
  })
})
