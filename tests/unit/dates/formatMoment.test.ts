import { describe, expect, it } from 'vitest'

import { DATE_PATTERNS, DAY_ONLY, withDateDisplay, withDateFields } from '../../../collections/dateDisplay'
import { normalizeDay } from '../../../hooks/normalizeDay'
import { pickerDayOf } from '../../../src/components/dates/pickerDay'
import { formatClock, formatDay, formatMoment, formatStoredDay } from '../../../src/time/formatMoment'
import { format } from 'date-fns'
import { enUS, fr } from 'date-fns/locale'
import type { CollectionConfig, Field } from 'payload'

const TORONTO = 'America/Toronto'
const MOMENT = '2026-12-01T21:28:00.000Z' // 16 h 28 in Toronto

describe('formatMoment: one date-and-time format per language', () => {
  it('French: « 1 déc. 2026, 16 h 28 », 24 h, no AM/PM', () => {
    expect(formatMoment(MOMENT, 'fr', TORONTO)).toBe('1 déc. 2026, 16 h 28')
    expect(formatMoment('2026-07-01T13:05:00.000Z', 'fr', TORONTO)).toBe('1 juil. 2026, 9 h 05')
    expect(formatMoment('2026-01-15T05:00:00.000Z', 'fr', TORONTO)).toBe('15 janv. 2026, 0 h 00')
  })

  it('English: "Dec 1, 2026, 4:28 PM" with a plain space (whatever the ICU version)', () => {
    expect(formatMoment(MOMENT, 'en', TORONTO)).toBe('Dec 1, 2026, 4:28 PM')
    expect(formatMoment('2026-01-15T05:00:00.000Z', 'en', TORONTO)).toBe('Jan 15, 2026, 12:00 AM')
    expect(formatMoment('2026-01-15T17:00:00.000Z', 'en', TORONTO)).toBe('Jan 15, 2026, 12:00 PM')
  })

  it('takes the zone: the same instant is 2 déc. in Tokyo', () => {
    expect(formatMoment(MOMENT, 'fr', 'Asia/Tokyo')).toBe('2 déc. 2026, 6 h 28')
  })

  it('is empty for no value or an invalid one', () => {
    expect(formatMoment(null, 'fr')).toBe('')
    expect(formatMoment('pas une date', 'en')).toBe('')
    expect(formatDay(undefined, 'fr')).toBe('')
  })
})

describe('formatDay and formatStoredDay: date only, year always', () => {
  it('French « 1 déc. 2026 », English "Dec 1, 2026"', () => {
    expect(formatDay(MOMENT, 'fr', TORONTO)).toBe('1 déc. 2026')
    expect(formatDay(MOMENT, 'en', TORONTO)).toBe('Dec 1, 2026')
  })

  it('a day stored at noon UTC is that day in Toronto, Tokyo and Auckland alike', () => {
    const birth = '2017-05-12T12:00:00.000Z'
    expect(formatStoredDay(birth, 'fr')).toBe('12 mai 2017')
    expect(formatStoredDay(birth, 'en')).toBe('May 12, 2017')
    // formatDay in the zone would drift in Auckland: the stored-day reading does not.
    expect(formatDay(birth, 'fr', 'Pacific/Auckland')).toBe('13 mai 2017')
  })
})

describe('formatClock', () => {
  it('« 16 h 28 » / "4:28 PM"', () => {
    expect(formatClock(16, 28, 'fr')).toBe('16 h 28')
    expect(formatClock(9, 0, 'fr')).toBe('9 h 00')
    expect(formatClock(16, 28, 'en')).toBe('4:28 PM')
    expect(formatClock(0, 5, 'en')).toBe('12:05 AM')
  })
})

describe('the date-fns patterns of the admin (picker input and time list) match the Intl formatter', () => {
  const local = new Date(2026, 11, 1, 16, 28)
  it('French', () => {
    expect(format(local, DATE_PATTERNS.fr.dayAndTime, { locale: fr })).toBe('1 déc. 2026, 16 h 28')
    expect(format(local, DATE_PATTERNS.fr.day, { locale: fr })).toBe('1 déc. 2026')
    expect(format(local, DATE_PATTERNS.fr.time, { locale: fr })).toBe('16 h 28')
    expect(format(local, DATE_PATTERNS.fr.dayAndTime, { locale: fr })).toBe(formatMoment(local, 'fr'))
  })
  it('English', () => {
    expect(format(local, DATE_PATTERNS.en.dayAndTime, { locale: enUS })).toBe('Dec 1, 2026, 4:28 PM')
    expect(format(local, DATE_PATTERNS.en.day, { locale: enUS })).toBe('Dec 1, 2026')
    expect(format(local, DATE_PATTERNS.en.dayAndTime, { locale: enUS })).toBe(formatMoment(local, 'en'))
  })
})

describe('pickerDayOf: the picker shows a stored day as that day in the browser’s zone', () => {
  it('noon UTC → the same calendar day at local noon', () => {
    const shown = pickerDayOf('2017-05-12T12:00:00.000Z')!
    expect([shown.getFullYear(), shown.getMonth() + 1, shown.getDate(), shown.getHours()]).toEqual([2017, 5, 12, 12])
    expect(pickerDayOf('')).toBeUndefined()
    expect(pickerDayOf('n’importe quoi')).toBeUndefined()
  })
})

describe('withDateDisplay: every date field of a collection gets the Balises field and cell', () => {
  const collection: CollectionConfig = {
    slug: 'things',
    fields: [
      { name: 'at', type: 'date' },
      { name: 'day', type: 'date', admin: { date: DAY_ONLY } },
      { name: 'rows', type: 'array', fields: [{ name: 'when', type: 'date' }] },
      { type: 'tabs', tabs: [{ label: 'A', fields: [{ name: 'inTab', type: 'date', admin: { date: DAY_ONLY } }] }] },
    ],
  }
  const byName = (fields: Field[], name: string): Field | undefined => {
    for (const field of fields) {
      if ('name' in field && field.name === name) return field
      const nested =
        'fields' in field
          ? byName(field.fields as Field[], name)
          : field.type === 'tabs'
            ? byName(
                field.tabs.flatMap((tab) => tab.fields),
                name,
              )
            : undefined
      if (nested) return nested
    }
    return undefined
  }
  const shown = withDateDisplay(collection)

  it('moments, days, array rows, tabs and the timestamps', () => {
    for (const name of ['at', 'day', 'when', 'inTab', 'createdAt', 'updatedAt']) {
      expect(byName(shown.fields, name), name).toMatchObject({
        admin: { components: { Field: 'balises/client#BalisesDateField', Cell: 'balises/client#BalisesDateCell' } },
      })
    }
    expect(byName(shown.fields, 'at')).toMatchObject({ admin: { date: { pickerAppearance: 'dayAndTime' } } })
  })

  it('days (and only days) are normalised to noon UTC', () => {
    expect((byName(shown.fields, 'day') as { hooks?: { beforeValidate?: unknown[] } }).hooks?.beforeValidate).toContain(normalizeDay)
    expect((byName(shown.fields, 'inTab') as { hooks?: { beforeValidate?: unknown[] } }).hooks?.beforeValidate).toContain(normalizeDay)
    expect((byName(shown.fields, 'at') as { hooks?: unknown }).hooks).toBeUndefined()
    // Applied twice, the hook is not doubled.
    const twice = withDateFields(withDateFields(collection.fields))
    expect((byName(twice, 'day') as { hooks?: { beforeValidate?: unknown[] } }).hooks?.beforeValidate).toHaveLength(1)
  })
})
