import { describe, expect, it } from 'vitest'

import { MAX_FILTER_VALUES, parseRangeQuery, type RangeQueryResult } from '../../../calendar/range'

function errorsOf(result: RangeQueryResult) {
  if (result.ok) throw new Error(`expected a refusal, got ${JSON.stringify(result.value)}`)
  return result.errors
}

function valueOf(result: RangeQueryResult) {
  if (!result.ok) throw new Error(`expected success, got ${JSON.stringify(result.errors)}`)
  return result.value
}

describe('parseRangeQuery: the range', () => {
  it('reads a month as a half-open range of days in Toronto', () => {
    const value = valueOf(parseRangeQuery({ from: '2026-03-01', to: '2026-04-01' }))
    expect(value.start.toISOString()).toBe('2026-03-01T05:00:00.000Z') // EST
    expect(value.end.toISOString()).toBe('2026-04-01T04:00:00.000Z') // EDT
    expect(value).toMatchObject({ from: '2026-03-01', to: '2026-04-01', fromDay: '2026-03-01', toDay: '2026-03-31', days: 31 })
  })

  it('accepts full ISO date-times, with Z, an offset, or as wall clocks in the zone', () => {
    const value = valueOf(parseRangeQuery({ from: '2026-03-01T05:00:00.000Z', to: '2026-03-09T00:00:00-04:00' }))
    expect(value.start.toISOString()).toBe('2026-03-01T05:00:00.000Z')
    expect(value.end.toISOString()).toBe('2026-03-09T04:00:00.000Z')
    expect(value.toDay).toBe('2026-03-08')
    const wall = valueOf(parseRangeQuery({ from: '2026-03-08T02:30', to: '2026-03-09T10:00:00' }))
    expect(wall.start.toISOString()).toBe('2026-03-08T07:30:00.000Z') // the gap, moved forward
    // an unencoded "+" in a query string arrives as a space
    expect(valueOf(parseRangeQuery({ from: '2026-03-01T00:00:00 05:00', to: '2026-03-02' })).start.toISOString()).toBe(
      '2026-02-28T19:00:00.000Z',
    )
  })

  it('uses the given policy zone', () => {
    const value = valueOf(parseRangeQuery({ from: '2026-03-01', to: '2026-03-02' }, 'America/Vancouver'))
    expect(value.start.toISOString()).toBe('2026-03-01T08:00:00.000Z')
  })

  it('accepts 400 days and refuses 401 (day dates)', () => {
    expect(valueOf(parseRangeQuery({ from: '2026-01-01', to: '2027-02-05' })).days).toBe(400)
    expect(errorsOf(parseRangeQuery({ from: '2026-01-01', to: '2027-02-06' }))).toEqual([
      { path: 'to', message: { fr: 'la période dépasse 400 jours (401)', en: 'the range exceeds 400 days (401)' } },
    ])
  })

  it('counts days on the wall clock, so a daylight-saving change does not tip 400 days over', () => {
    // 1 November 2025 (EDT) to 6 December 2026 (EST): 400 days and one hour in instants
    expect(valueOf(parseRangeQuery({ from: '2025-11-01', to: '2026-12-06' })).days).toBe(400)
    expect(parseRangeQuery({ from: '2025-11-01', to: '2026-12-07' }).ok).toBe(false)
  })

  it('applies the limit to date-times to the second', () => {
    expect(parseRangeQuery({ from: '2026-01-01T00:00:00-05:00', to: '2027-02-05T00:00:00-05:00' }).ok).toBe(true)
    expect(errorsOf(parseRangeQuery({ from: '2026-01-01T00:00:00-05:00', to: '2027-02-05T00:00:01-05:00' }))[0].message.en).toBe(
      'the range exceeds 400 days (401)',
    )
  })

  it('says by how much the range is too long', () => {
    expect(errorsOf(parseRangeQuery({ from: '2026-01-01', to: '2027-02-17' }))[0].message.fr).toBe('la période dépasse 400 jours (412)')
  })

  it('refuses from ≥ to', () => {
    for (const query of [
      { from: '2026-03-10', to: '2026-03-10' },
      { from: '2026-03-10', to: '2026-03-01' },
      { from: '2026-03-10T10:00:00-04:00', to: '2026-03-10T14:00:00Z' }, // the same instant
    ]) {
      const errors = errorsOf(parseRangeQuery(query))
      expect(errors).toHaveLength(1)
      expect(errors[0].path).toBe('to')
      expect(errors[0].message.en).toMatch(/^from must be before to/)
      expect(errors[0].message.fr).toMatch(/^la date de début \(from : .*\) doit précéder la date de fin/)
    }
  })

  it('refuses invalid dates, naming the parameter', () => {
    for (const bad of [
      '2026-02-30',
      '2026-13-01',
      '2026-3-8',
      'demain',
      '2026-03-08T25:00',
      '2026-03-08T10:00+25:00',
      '08/03/2026',
      1772946000000,
    ]) {
      const errors = errorsOf(parseRangeQuery({ from: bad, to: '2026-04-01' }))
      expect(
        errors.map((e) => e.path),
        String(bad),
      ).toEqual(['from'])
      expect(errors[0].message.fr).toMatch(/^from /)
      expect(errors[0].message.en).toMatch(/^from/)
    }
  })

  it('requires both ends, once each', () => {
    expect(errorsOf(parseRangeQuery({})).map((e) => [e.path, e.message.en])).toEqual([
      ['from', 'from is required (a YYYY-MM-DD date or an ISO 8601 date-time)'],
      ['to', 'to is required (a YYYY-MM-DD date or an ISO 8601 date-time)'],
    ])
    expect(errorsOf(parseRangeQuery({ from: '  ', to: '2026-04-01' }))[0].message.fr).toBe(
      'from est obligatoire (date AAAA-MM-JJ ou date-heure ISO 8601)',
    )
    expect(errorsOf(parseRangeQuery({ from: ['2026-03-01', '2026-03-02'], to: '2026-04-01' }))[0].message.en).toMatch(
      /^from must be a single date/,
    )
  })
})

describe('parseRangeQuery: filters', () => {
  const range = { from: '2026-03-01', to: '2026-04-01' }

  it('reads comma lists and repeated parameters, trimmed and without duplicates', () => {
    const value = valueOf(
      parseRangeQuery({
        ...range,
        channel: 'facebook, instagram,facebook',
        status: ['draft', 'in_review,scheduled'],
        category: '3,7',
        author: '64f1c2e9a1b2c3d4e5f60718',
        depth: '2', // unknown parameters are ignored
      }),
    )
    expect(value.channel).toEqual(['facebook', 'instagram'])
    expect(value.status).toEqual(['draft', 'in_review', 'scheduled'])
    expect(value.category).toEqual(['3', '7'])
    expect(value.author).toEqual(['64f1c2e9a1b2c3d4e5f60718'])
    expect(value).not.toHaveProperty('depth')
  })

  it('treats absent or empty filters as no filter', () => {
    const value = valueOf(parseRangeQuery({ ...range, channel: '', status: ' , ' }))
    expect(value.channel).toBeUndefined()
    expect(value.status).toBeUndefined()
    expect(value.category).toBeUndefined()
  })

  it('refuses unknown channels and statuses, naming each value', () => {
    const errors = errorsOf(parseRangeQuery({ ...range, channel: 'x,tiktok', status: 'pending' }))
    expect(errors).toEqual([
      {
        path: 'channel',
        message: {
          fr: 'canal inconnu : « tiktok » (valeurs permises : facebook, instagram, x, linkedin, bluesky, mastodon)',
          en: 'unknown channel: "tiktok" (allowed: facebook, instagram, x, linkedin, bluesky, mastodon)',
        },
      },
      {
        path: 'status',
        message: {
          fr: 'statut inconnu : « pending » (valeurs permises : draft, in_review, approved, scheduled, published, unscheduled, archived)',
          en: 'unknown status: "pending" (allowed: draft, in_review, approved, scheduled, published, unscheduled, archived)',
        },
      },
    ])
  })

  it('refuses malformed IDs and overlong lists', () => {
    expect(errorsOf(parseRangeQuery({ ...range, category: "3,1' OR 1=1" })).map((e) => [e.path, e.message.en])).toEqual([
      ['category', `invalid category ID: "1' OR 1=1" (letters, digits, - and _ only)`],
    ])
    expect(errorsOf(parseRangeQuery({ ...range, author: { $ne: null } }))[0]).toMatchObject({ path: 'author' })
    const many = Array.from({ length: MAX_FILTER_VALUES + 1 }, (_, i) => String(i + 1)).join(',')
    expect(errorsOf(parseRangeQuery({ ...range, author: many }))[0].message.en).toBe('author: too many values (101; at most 100)')
  })

  it('reports every problem at once, each in French and English', () => {
    const errors = errorsOf(parseRangeQuery({ from: '2026-02-30', channel: 'myspace', author: 'a b' }))
    expect(errors.map((e) => e.path)).toEqual(['from', 'to', 'channel', 'author'])
    for (const error of errors) {
      expect(error.message.fr.length).toBeGreaterThan(10)
      expect(error.message.en.length).toBeGreaterThan(10)
      expect(error.message.fr).not.toBe(error.message.en)
    }
  })

  it('refuses a query that is not an object', () => {
    expect(errorsOf(parseRangeQuery(null as unknown as Record<string, unknown>))[0].path).toBe('')
  })
})
