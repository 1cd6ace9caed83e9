import { describe, expect, it } from 'vitest'

import { BALISES_QUEUE } from '../../../src/jobs/queue'
import { jobMentions, mentionsTargets } from '../../../src/privacy/jobMentions'
import { dayOf } from '../../../src/privacy/purgeExpiredPersonalData'
import { PURGE_TASK_SLUG, purgePersonalDataTask } from '../../../src/jobs/purgeTask'

describe('which queued jobs mention a person or a consent (retention purge)', () => {
  it('finds the ID under person/personId or consent/consentId, at any depth and in any relationship shape', () => {
    expect(mentionsTargets({ personId: 12 }, { people: [12] })).toBe(true)
    expect(mentionsTargets({ person: '12' }, { people: [12] })).toBe(true)
    expect(mentionsTargets({ batch: [{ step: { consent: { id: 7, signatoryName: 'x' } } }] }, { consents: [7] })).toBe(true)
    expect(mentionsTargets({ consentId: { relationTo: 'consents', value: 7 } }, { consents: ['7'] })).toBe(true)
    expect(mentionsTargets({ person: [3, 12] }, { people: [12] })).toBe(true)
    expect(mentionsTargets('{"personId":12}', { people: [12] })).toBe(true)
  })

  it('does not confuse a person with a consent of the same number, nor match other keys or IDs', () => {
    expect(mentionsTargets({ consentId: 12 }, { people: [12] })).toBe(false)
    expect(mentionsTargets({ personId: 12 }, { consents: [12] })).toBe(false)
    expect(mentionsTargets({ id: 12, post: 12, media: [12] }, { people: [12], consents: [12] })).toBe(false)
    expect(mentionsTargets({ personId: 120 }, { people: [12] })).toBe(false)
    expect(mentionsTargets({ personId: 12 }, {})).toBe(false)
    expect(mentionsTargets('not json', { people: [12] })).toBe(false)
    expect(mentionsTargets(null, { people: [12] })).toBe(false)
  })

  it('reads a job’s input, its task status and its log', () => {
    const targets = { people: [5] }
    expect(jobMentions({ input: { personId: 5 } }, targets)).toBe(true)
    expect(jobMentions({ input: {}, taskStatus: { inline: { '1': { input: { person: 5 } } } } }, targets)).toBe(true)
    expect(jobMentions({ input: {}, log: [{ input: {}, output: { personId: 5 } }] }, targets)).toBe(true)
    expect(jobMentions({ input: { personId: 6 }, log: [] }, targets)).toBe(false)
  })

  it('gives up past 32 levels of nesting (job inputs are shallow) instead of running away', () => {
    let deep: Record<string, unknown> = { personId: 5 }
    for (let level = 0; level < 100; level++) deep = { next: deep }
    expect(mentionsTargets(deep, { people: [5] })).toBe(false)
  })
})

describe('the purge log summary date and the nightly task', () => {
  it('shows the day of a stored date, and a dash without one', () => {
    expect(dayOf('2026-01-01T12:00:00.000Z')).toBe('2026-01-01')
    expect(dayOf(null)).toBe('—')
  })

  it('runs once a night on the Balises queue', () => {
    expect(purgePersonalDataTask.slug).toBe(PURGE_TASK_SLUG)
    expect(purgePersonalDataTask.schedule).toEqual([{ cron: '30 3 * * *', queue: BALISES_QUEUE }])
  })
})
