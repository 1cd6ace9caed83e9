import { describe, expect, it } from 'vitest'

import { reportingYear } from '../../src/reports/reportingYear'

describe('reportingYear: the fiscal year around a date, in the policy’s zone', () => {
  it('runs 1 April – 31 March by default, in Toronto time', () => {
    const year = reportingYear(new Date('2026-11-25T12:00:00Z'), 4, 'America/Toronto')
    expect(year.from.toISOString()).toBe('2026-04-01T04:00:00.000Z')
    expect(year.to.toISOString()).toBe('2027-04-01T04:00:00.000Z')
    expect(year.label).toBe('2026-2027')
  })

  it('puts 31 March late in the evening (Toronto) in the year that ends, though it is 1 April in UTC', () => {
    const year = reportingYear(new Date('2027-04-01T03:30:00Z'), 4, 'America/Toronto')
    expect(year.label).toBe('2026-2027')
    expect(reportingYear(new Date('2027-04-01T04:00:00Z'), 4, 'America/Toronto').label).toBe('2027-2028')
  })

  it('follows the configured first month, and a calendar year when it is January', () => {
    expect(reportingYear(new Date('2026-03-15T12:00:00Z'), 9, 'America/Toronto').label).toBe('2025-2026')
    const calendar = reportingYear(new Date('2026-06-01T12:00:00Z'), 1, 'America/Vancouver')
    expect(calendar.label).toBe('2026')
    expect(calendar.from.toISOString()).toBe('2026-01-01T08:00:00.000Z')
  })
})
