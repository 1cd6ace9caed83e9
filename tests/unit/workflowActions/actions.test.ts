import { describe, expect, it } from 'vitest'

import { planAction, type ActionContext } from '../../../src/workflowActions/actions'
import { defaultScheduleSlot, formatInstant } from '../../../src/time/scheduleSlot'

const NOW = new Date('2026-12-02T21:28:00.000Z') // 16 h 28 in Toronto
const context = (extra: Partial<ActionContext> = {}): ActionContext => ({
  from: 'approved',
  storedOverrides: [],
  now: NOW,
  zone: 'America/Toronto',
  language: 'fr',
  mayOverride: true,
  ...extra,
})

describe('planAction', () => {
  it('schedules at the instant sent, in the policy zone', () => {
    expect(planAction({ action: 'schedule', publishAt: '2026-12-03T15:00:00.000Z' }, context())).toEqual({
      data: { workflowStatus: 'scheduled', publishAt: '2026-12-03T15:00:00.000Z', publishAt_tz: 'America/Toronto' },
    })
  })

  it('refuses a past time on publishAt, written in the zone with 24 h and the year', () => {
    const fr = planAction({ action: 'schedule', publishAt: '2026-12-02T21:00:00.000Z' }, context())
    expect(fr).toEqual({ errors: [{ path: 'publishAt', message: expect.stringContaining('2 déc. 2026, 16 h 00 est déjà passé') }] })
    const en = planAction({ action: 'schedule', publishAt: '2026-12-02T21:00:00.000Z' }, context({ language: 'en' }))
    expect(en).toEqual({
      errors: [{ path: 'publishAt', message: expect.stringContaining('Dec 2, 2026, 4:00 PM has already passed') }],
    })
    expect(planAction({ action: 'schedule' }, context())).toMatchObject({ errors: [{ path: 'publishAt' }] })
    expect(planAction({ action: 'schedule', publishAt: '2026-12-03 10:00' }, context())).toMatchObject({ errors: [{ path: 'publishAt' }] })
  })

  it('needs a reason for GOV-4 moves and a comment to send back', () => {
    expect(planAction({ action: 'archive', reason: '  ' }, context())).toEqual({
      errors: [{ path: 'reason', message: expect.stringMatching(/^GOV-4 : indiquez la raison de « Archiver »/) }],
    })
    expect(planAction({ action: 'sendBack' }, context({ from: 'in_review', language: 'en' }))).toEqual({
      errors: [{ path: 'reason', message: expect.stringContaining('GOV-4: sending a post back to drafting needs a comment') }],
    })
    expect(planAction({ action: 'unpublish', reason: 'Demande du partenaire' }, context({ from: 'published' }))).toEqual({
      data: { workflowStatus: 'archived', statusReason: 'Demande du partenaire' },
    })
  })

  it('approves with the GOV-6 confirmation and a FORBID-1 override kept after the stored ones', () => {
    const stored = [{ rule: 'FORBID-1', justification: 'Accord écrit de Julie.' }]
    expect(
      planAction(
        { action: 'approve', valuesConfirmed: true, override: { justification: 'Accord écrit de Marc, 2026.' } },
        context({ from: 'in_review', storedOverrides: stored }),
      ),
    ).toEqual({
      data: {
        workflowStatus: 'approved',
        valuesConfirmed: true,
        overrides: [...stored, { rule: 'FORBID-1', justification: 'Accord écrit de Marc, 2026.' }],
      },
    })
    expect(
      planAction({ action: 'approve', override: { justification: 'Accord écrit.' } }, context({ from: 'in_review', mayOverride: false })),
    ).toMatchObject({
      errors: [{ path: 'override.justification', message: expect.stringContaining('FORBID-1') }],
    })
  })

  it('publishes now at the present instant', () => {
    expect(planAction({ action: 'publishNow' }, context({ from: 'scheduled' }))).toEqual({
      data: { workflowStatus: 'published', publishAt: NOW.toISOString(), publishAt_tz: 'America/Toronto' },
    })
  })
})

describe('schedule dialog defaults', () => {
  it('proposes the next usual posting hour, or the post’s own time still ahead', () => {
    expect(defaultScheduleSlot(NOW, 'America/Toronto')).toEqual({ day: '2026-12-03', time: '10:00' })
    expect(defaultScheduleSlot(new Date('2026-12-02T13:00:00.000Z'), 'America/Toronto')).toEqual({ day: '2026-12-02', time: '10:00' })
    expect(defaultScheduleSlot(NOW, 'America/Toronto', '2026-12-09T19:45:00.000Z')).toEqual({ day: '2026-12-09', time: '14:45' })
    expect(defaultScheduleSlot(NOW, 'America/Toronto', '2026-11-09T19:45:00.000Z')).toEqual({ day: '2026-12-03', time: '10:00' })
  })

  it('formats an instant in French with « h » and in English on 24 h', () => {
    expect(formatInstant(new Date('2026-07-01T13:05:00.000Z'), 'America/Toronto', 'fr')).toBe('1 juil. 2026, 9 h 05')
    expect(formatInstant(new Date('2026-07-01T20:05:00.000Z'), 'America/Toronto', 'en')).toBe('Jul 1, 2026, 4:05 PM')
  })
})
