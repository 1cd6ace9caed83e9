import { describe, expect, it } from 'vitest'

import { keyDatesInRange, policyKeyDateDay } from '../../../calendar/keyDates'

const TORONTO = 'America/Toronto'
const JNE = { fr: "Journée nationale de l'enfant", en: 'National Child Day' }

describe('keyDatesInRange', () => {
  it('shows the Journée nationale de l’enfant on 20 November of each year of a two-year range (CAT-4)', () => {
    expect(keyDatesInRange({ fromDay: '2026-01-01', toDay: '2027-12-31', zone: TORONTO })).toEqual([
      { day: '2026-11-20', label: JNE, source: 'CAT-4' },
      { day: '2027-11-20', label: JNE, source: 'CAT-4' },
    ])
  })

  it('includes both ends of the range and nothing outside it', () => {
    expect(keyDatesInRange({ fromDay: '2026-11-01', toDay: '2026-11-20', zone: TORONTO }).map((k) => k.day)).toEqual(['2026-11-20'])
    expect(keyDatesInRange({ fromDay: '2026-11-20', toDay: '2026-11-20', zone: TORONTO }).map((k) => k.day)).toEqual(['2026-11-20'])
    expect(keyDatesInRange({ fromDay: '2026-11-21', toDay: '2027-11-19', zone: TORONTO })).toEqual([])
    expect(keyDatesInRange({ fromDay: '2026-03-01', toDay: '2026-03-31', zone: TORONTO, policyKeyDates: null })).toEqual([])
  })

  it('adds the policy key dates on their day in the zone, yearly ones every year, sorted by day', () => {
    const result = keyDatesInRange({
      fromDay: '2026-01-01',
      toDay: '2027-12-31',
      zone: TORONTO,
      policyKeyDates: [
        // as Payload stores a date picked without time: noon UTC
        { label: 'Fête nationale du Québec', date: '2026-06-24T12:00:00.000Z', yearly: true },
        // 22:00 EDT on 1 April: already 2 April in UTC
        { label: 'Assemblée générale annuelle', date: '2026-04-02T02:00:00.000Z', yearly: false },
        { label: 'Campagne de financement', date: '2027-11-20', yearly: null },
        { label: 'Date illisible', date: 'bientôt', yearly: true },
        { label: 'Hors période', date: '2028-01-15', yearly: false },
      ],
    })
    expect(result.map((k) => [k.day, k.source, k.label.fr])).toEqual([
      ['2026-04-01', 'policy', 'Assemblée générale annuelle'],
      ['2026-06-24', 'policy', 'Fête nationale du Québec'],
      ['2026-11-20', 'CAT-4', "Journée nationale de l'enfant"],
      ['2027-06-24', 'policy', 'Fête nationale du Québec'],
      ['2027-11-20', 'CAT-4', "Journée nationale de l'enfant"],
      ['2027-11-20', 'policy', 'Campagne de financement'],
    ])
    expect(result[0].label).toEqual({ fr: 'Assemblée générale annuelle', en: 'Assemblée générale annuelle' })
  })

  it('puts a yearly 29 February on 28 February in non-leap years', () => {
    const result = keyDatesInRange({
      fromDay: '2026-01-01',
      toDay: '2028-12-31',
      zone: TORONTO,
      policyKeyDates: [{ label: 'Anniversaire de fondation', date: '2024-02-29', yearly: true }],
    })
    expect(result.filter((k) => k.source === 'policy').map((k) => k.day)).toEqual(['2026-02-28', '2027-02-28', '2028-02-29'])
  })

  it('reads a policy date’s day in the policy zone', () => {
    expect(policyKeyDateDay('2026-04-02T02:00:00.000Z', TORONTO)).toBe('2026-04-01')
    expect(policyKeyDateDay('2026-04-02T02:00:00.000Z', 'UTC')).toBe('2026-04-02')
    expect(policyKeyDateDay('2026-04-02', TORONTO)).toBe('2026-04-02')
    expect(policyKeyDateDay('2026-02-30', TORONTO)).toBeNull()
  })
})
