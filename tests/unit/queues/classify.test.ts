import { describe, expect, it } from 'vitest'

import { queueNamesFor } from '../../../src/queues'
import { refusedAtPublicationRow, sentBackRow, thisWeek } from '../../../src/queues/classify'
import { listLink } from '../../../src/queues/listLink'

const at = '2031-03-12T16:00:00.000Z'

describe('which queue a post belongs to, from its history', () => {
  it('sent back: the last move is in_review → draft by someone other than the author', () => {
    const history = [
      { from: 'draft', to: 'in_review', by: 7, at },
      { from: 'in_review', to: 'draft', by: { id: 2, name: 'Responsable' }, at, reason: 'Ajoutez la source.' },
    ]
    expect(sentBackRow(history, 7)).toMatchObject({ reason: 'Ajoutez la source.' })
    expect(sentBackRow(history, { id: 7 })).not.toBeNull()
  })

  it('a delivery event after the move (no stages) does not hide it', () => {
    const history = [
      { from: 'scheduled', to: 'unscheduled', by: null, at, reason: 'CAT-6' },
      { from: null, to: null, by: null, at, event: 'removed', network: 'bluesky' },
    ]
    expect(refusedAtPublicationRow(history)).toMatchObject({ reason: 'CAT-6' })
  })

  it('not sent back: taken back by the author, resubmitted since, or never reviewed', () => {
    expect(sentBackRow([{ from: 'in_review', to: 'draft', by: 7, at }], 7)).toBeNull()
    expect(
      sentBackRow(
        [
          { from: 'in_review', to: 'draft', by: 2, at },
          { from: 'draft', to: 'in_review', by: 7, at },
        ],
        7,
      ),
    ).toBeNull()
    expect(sentBackRow([], 7)).toBeNull()
    expect(sentBackRow(null, 7)).toBeNull()
  })

  it('refused at publication: the last move is scheduled → unscheduled by nobody (the job)', () => {
    expect(refusedAtPublicationRow([{ from: 'scheduled', to: 'unscheduled', by: null, at, reason: 'CAT-6' }])).toMatchObject({
      reason: 'CAT-6',
    })
    expect(refusedAtPublicationRow([{ from: 'scheduled', to: 'unscheduled', by: 2, at }])).toBeNull()
    expect(refusedAtPublicationRow([{ from: 'approved', to: 'unscheduled', by: null, at }])).toBeNull()
    expect(
      refusedAtPublicationRow([
        { from: 'scheduled', to: 'unscheduled', by: null, at },
        { from: 'unscheduled', to: 'scheduled', by: 2, at },
      ]),
    ).toBeNull()
  })
})

describe('this week, in the policy’s zone', () => {
  it('runs from Monday 00:00 to the next Monday 00:00 in Toronto', () => {
    expect(thisWeek(new Date(at), 'America/Toronto')).toEqual({
      start: new Date('2031-03-10T04:00:00.000Z'),
      end: new Date('2031-03-17T04:00:00.000Z'),
    })
  })

  it('a Sunday evening in Toronto (already Monday in UTC) still belongs to its week', () => {
    expect(thisWeek(new Date('2031-03-17T02:00:00.000Z'), 'America/Toronto').start).toEqual(new Date('2031-03-10T04:00:00.000Z'))
  })
})

describe('queues by role', () => {
  it('gives each role its queues, once each for several roles', () => {
    expect(queueNamesFor({ roles: ['redaction'] })).toEqual(['sent-back', 'my-drafts', 'scheduled-this-week'])
    expect(queueNamesFor({ roles: ['responsable'] })).toEqual(['to-review', 'to-schedule', 'publish-refused', 'to-handle'])
    expect(queueNamesFor({ roles: ['admin', 'responsable'] })).toEqual(['to-review', 'to-schedule', 'publish-refused', 'to-handle'])
    expect(queueNamesFor({ roles: ['collective'] })).toEqual(['collective'])
    expect(queueNamesFor({ roles: [] })).toEqual([])
  })

  it('links « voir tout » to the filtered admin list', () => {
    expect(
      listLink('posts', [
        ['workflowStatus', 'equals', 'draft'],
        ['author', 'equals', 7],
      ]),
    ).toBe('/collections/posts?where[and][0][workflowStatus][equals]=draft&where[and][1][author][equals]=7')
  })
})
