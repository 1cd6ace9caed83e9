import { describe, expect, it } from 'vitest'

import { publishedAtAfter } from '../../../hooks/engine/publishedAt'
import { publishedAtFromHistory } from '../../../src/publication/publishedAtFromHistory'
import { shownAt } from '../../../src/publication/shownAt'

const MOMENT = new Date('2026-12-10T15:00:30.000Z')

describe('publishedAt: written by the save that publishes, kept by every other', () => {
  it('the move to published sets the save’s moment, from any stage', () => {
    for (const from of ['draft', 'approved', 'scheduled'] as const) {
      expect(publishedAtAfter(null, { from, to: 'published' }, MOMENT)).toBe('2026-12-10T15:00:30.000Z')
    }
    // Published again after an archive and a new review: the new moment.
    expect(publishedAtAfter('2026-01-05T15:00:00.000Z', { from: 'approved', to: 'published' }, MOMENT)).toBe('2026-12-10T15:00:30.000Z')
  })

  it('any other save keeps what was stored (archiving keeps when it went out), never a sent value', () => {
    expect(publishedAtAfter('2026-01-05T15:00:00.000Z', null, MOMENT)).toBe('2026-01-05T15:00:00.000Z')
    expect(publishedAtAfter('2026-01-05T15:00:00.000Z', { from: 'published', to: 'archived' }, MOMENT)).toBe('2026-01-05T15:00:00.000Z')
    expect(publishedAtAfter(undefined, { from: 'approved', to: 'scheduled' }, MOMENT)).toBeNull()
    expect(publishedAtAfter('', null, MOMENT)).toBeNull()
  })
})

describe('shownAt: the moment a post is shown at and counted at', () => {
  it('a published post at the moment it went out, the others at their planned moment', () => {
    const planned = '2026-12-01T15:00:00.000Z'
    const went = '2026-12-03T09:12:00.000Z'
    expect(shownAt({ workflowStatus: 'published', publishAt: planned, publishedAt: went })).toBe(went)
    expect(shownAt({ workflowStatus: 'published', publishAt: null, publishedAt: went })).toBe(went)
    expect(shownAt({ workflowStatus: 'scheduled', publishAt: planned, publishedAt: null })).toBe(planned)
    // Archived: its planned moment, as before (the calendar shows where it stood in the plan).
    expect(shownAt({ workflowStatus: 'archived', publishAt: planned, publishedAt: went })).toBe(planned)
  })

  it('a published post not yet dated by Balises falls back on its planned moment; nothing gives null', () => {
    expect(shownAt({ workflowStatus: 'published', publishAt: '2026-12-01T15:00:00.000Z' })).toBe('2026-12-01T15:00:00.000Z')
    expect(shownAt({ workflowStatus: 'published' })).toBeNull()
    expect(shownAt({ workflowStatus: 'draft', publishAt: null })).toBeNull()
  })
})

describe('publishedAtFromHistory: dating the posts published before publishedAt existed (data migration)', () => {
  const history = [
    { from: 'draft', to: 'in_review', by: 3, at: '2026-11-01T14:00:00.000Z' },
    { from: 'in_review', to: 'approved', by: 2, at: '2026-11-02T14:00:00.000Z' },
    { from: 'approved', to: 'published', by: 2, at: '2026-11-02T14:05:00.000Z' },
  ]

  it('the moment of the move to published, from the history', () => {
    expect(publishedAtFromHistory({ workflowStatus: 'published', history, publishAt: '2026-11-02T14:05:00.000Z' })).toBe(
      '2026-11-02T14:05:00.000Z',
    )
    // Published at once, no planned moment (what the reports missed).
    expect(publishedAtFromHistory({ workflowStatus: 'published', history, publishAt: null })).toBe('2026-11-02T14:05:00.000Z')
    // Published by the job, later than planned: the history says when.
    const byJob = [...history.slice(0, 2), { from: 'approved', to: 'scheduled', by: 2, at: '2026-11-02T15:00:00.000Z' }]
    const run = { from: 'scheduled', to: 'published', by: null, at: '2026-11-05T10:00:20.000Z' }
    expect(publishedAtFromHistory({ workflowStatus: 'published', history: [...byJob, run], publishAt: '2026-11-05T10:00:00.000Z' })).toBe(
      '2026-11-05T10:00:20.000Z',
    )
  })

  it('the last publication when there were several', () => {
    const again = [
      ...history,
      { from: 'published', to: 'archived', by: 2, at: '2026-11-10T10:00:00.000Z' },
      { from: 'archived', to: 'draft', by: 2, at: '2026-11-11T10:00:00.000Z' },
      { from: 'draft', to: 'published', by: 2, at: '2026-11-12T10:00:00.000Z' },
    ]
    expect(publishedAtFromHistory({ workflowStatus: 'published', history: again })).toBe('2026-11-12T10:00:00.000Z')
  })

  it('created already published by the system (seed, import): the planned moment, not the moment of the import', () => {
    const imported = [{ from: 'draft', to: 'published', by: null, at: '2026-12-01T08:00:00.000Z' }]
    expect(publishedAtFromHistory({ workflowStatus: 'published', history: imported, publishAt: '2026-10-20T14:00:00.000Z' })).toBe(
      '2026-10-20T14:00:00.000Z',
    )
    expect(publishedAtFromHistory({ workflowStatus: 'published', history: imported, publishAt: null })).toBe('2026-12-01T08:00:00.000Z')
  })

  it('no history: the planned moment, then the last change', () => {
    expect(publishedAtFromHistory({ workflowStatus: 'published', history: [], publishAt: '2026-10-20T14:00:00.000Z' })).toBe(
      '2026-10-20T14:00:00.000Z',
    )
    expect(publishedAtFromHistory({ workflowStatus: 'published', history: null, updatedAt: '2026-10-21T09:00:00.000Z' })).toBe(
      '2026-10-21T09:00:00.000Z',
    )
  })

  it('an archived post only when its history shows it went out; other stages never', () => {
    const archived = [...history, { from: 'published', to: 'archived', by: 2, at: '2026-11-10T10:00:00.000Z' }]
    expect(publishedAtFromHistory({ workflowStatus: 'archived', history: archived })).toBe('2026-11-02T14:05:00.000Z')
    expect(
      publishedAtFromHistory({ workflowStatus: 'archived', history: history.slice(0, 2), publishAt: '2026-11-03T14:00:00.000Z' }),
    ).toBe(null)
    expect(publishedAtFromHistory({ workflowStatus: 'scheduled', history, publishAt: '2026-11-03T14:00:00.000Z' })).toBeNull()
  })
})
