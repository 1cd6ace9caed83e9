import { describe, expect, it } from 'vitest'

import { timeZoneOptions, zoneOffset } from '../../src/policy/timeZoneOptions'

// A winter and a summer instant computed from the real clock's year (the offsets change with DST).
const year = new Date().getUTCFullYear()
const winter = new Date(Date.UTC(year, 0, 15, 12))
const summer = new Date(Date.UTC(year, 6, 15, 12))

describe('time-zone select options', () => {
  it('lists Canada first, Eastern (Québec) at the top, named in French with the current offset', () => {
    const options = timeZoneOptions('fr', winter)
    expect(options[0]).toEqual({ value: 'America/Toronto', label: 'Montréal, Toronto — heure de l’Est (UTC−05:00)', canadian: true })
    expect(options.slice(0, 8).every((option) => option.canadian)).toBe(true)
    expect(options.find((option) => option.value === 'America/St_Johns')?.label).toBe('St. John’s — heure de Terre-Neuve (UTC−03:30)')
    expect(options[8].canadian).toBe(false)
  })

  it('names them in English, and the offset follows daylight saving time', () => {
    expect(timeZoneOptions('en', summer)[0].label).toBe('Montréal, Toronto — Eastern Time (UTC−04:00)')
  })

  it('holds every IANA zone of Intl once, the others by name', () => {
    const options = timeZoneOptions('fr', winter)
    const values = options.map((option) => option.value)
    expect(new Set(values).size).toBe(values.length)
    for (const zone of Intl.supportedValuesOf('timeZone')) expect(values).toContain(zone)
    expect(options.find((option) => option.value === 'Europe/Paris')?.label).toBe('Europe/Paris (UTC+01:00)')
    expect(options.find((option) => option.value === 'America/Los_Angeles')?.label).toBe('America/Los Angeles (UTC−08:00)')
  })

  it('keeps a stored alias that Intl does not list, first, so it shows', () => {
    const options = timeZoneOptions('fr', winter, 'America/Montreal')
    expect(options[0].value).toBe('America/Montreal')
    expect(timeZoneOptions('fr', winter, 'Nowhere/Land')[0].value).toBe('America/Toronto')
  })

  it('writes UTC+00:00 for a zero offset', () => {
    expect(zoneOffset('UTC', winter)).toBe('UTC+00:00')
  })
})
