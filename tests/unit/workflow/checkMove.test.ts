import { describe, expect, it } from 'vitest'

import { mayMoveOnCalendar, MOVABLE_STATUSES } from '../../../calendar/movePermission'
import { checkMove, type MoveRefusal } from '../../../src/checkMove'
import { ROLES, type Role } from '../../../src/roles'
import { WORKFLOW_STATUSES, type WorkflowStatus } from '../../../src/workflow'
import { ACTION_MOVES, availableWorkflowActions } from '../../../src/workflowActions/available'

/**
 * The workflow as the rulebook states it, written out move by move (not derived from
 * TRANSITIONS): who may move a post from one stage to another. `collective*`: a member of the
 * Collective approves CAT-10 posts only (POS-1).
 */
const MAY: Record<string, string> = {
  'draft→in_review': 'redaction responsable admin',
  'draft→archived': 'responsable admin',
  'in_review→draft': 'redaction responsable admin',
  'in_review→approved': 'responsable admin collective*',
  'in_review→archived': 'responsable admin',
  'approved→scheduled': 'responsable admin',
  'approved→published': 'responsable admin',
  'approved→in_review': 'responsable admin',
  'approved→draft': 'responsable admin',
  'approved→archived': 'responsable admin',
  'scheduled→published': 'responsable admin',
  'scheduled→unscheduled': 'responsable admin',
  'scheduled→approved': 'responsable admin',
  'scheduled→archived': 'responsable admin',
  'published→archived': 'responsable admin',
  'unscheduled→scheduled': 'responsable admin',
  'unscheduled→approved': 'responsable admin',
  'unscheduled→draft': 'redaction responsable admin',
  'unscheduled→archived': 'responsable admin',
  'archived→draft': 'responsable admin',
}

/** A new approval (not a scheduled post taken back to approved). */
const APPROVALS = ['in_review→approved', 'unscheduled→approved']

const kinds = (refusals: MoveRefusal[]) => refusals.map((refusal) => refusal.kind)

function expectedWho(from: WorkflowStatus, to: WorkflowStatus, role: Role, code: string): string[] {
  const allowed = MAY[`${from}→${to}`]
  if (!allowed) return ['unknown']
  const words = allowed.split(' ')
  if (words.includes(role)) return APPROVALS.includes(`${from}→${to}`) && code === 'CAT-10' ? ['collective'] : []
  if (role === 'collective' && words.includes('collective*')) return code === 'CAT-10' ? [] : ['forbidden']
  return ['forbidden']
}

describe('checkMove: who moves a post from which stage to which', () => {
  for (const from of WORKFLOW_STATUSES) {
    for (const to of WORKFLOW_STATUSES.filter((status) => status !== from)) {
      for (const role of ROLES) {
        for (const code of ['CAT-2', 'CAT-10']) {
          it(`${from} → ${to}, ${role}, ${code}`, () => {
            expect(kinds(checkMove(from, to, { roles: [role] }, { categoryCode: code }))).toEqual(expectedWho(from, to, role, code))
          })
        }
      }
    }
  }

  it('a person with no Balises role moves nothing', () => {
    for (const [move] of Object.entries(MAY)) {
      const [from, to] = move.split('→') as [WorkflowStatus, WorkflowStatus]
      expect(kinds(checkMove(from, to, { roles: [] }))).toEqual(['forbidden'])
    }
  })

  it('a manager who is also in the Collective approves CAT-10 posts', () => {
    expect(checkMove('in_review', 'approved', { roles: ['responsable', 'collective'] }, { categoryCode: 'CAT-10' })).toEqual([])
  })

  it('taking a scheduled CAT-10 post back to approved is no new approval', () => {
    expect(checkMove('scheduled', 'approved', { roles: ['responsable'] }, { categoryCode: 'CAT-10' })).toEqual([])
  })

  it('the system (seed, jobs, cascades) is not bound by the table', () => {
    expect(checkMove('draft', 'published', null, { categoryCode: 'CAT-10', changesContent: true })).toEqual([])
  })
})

describe('checkMove: content after approval', () => {
  const LOCKED: WorkflowStatus[] = ['approved', 'scheduled', 'published']
  for (const status of WORKFLOW_STATUSES) {
    for (const role of ROLES) {
      it(`${role} changes the content of a ${status} post`, () => {
        const expected = role === 'collective' ? ['notStaff'] : LOCKED.includes(status) && role === 'redaction' ? ['locked'] : []
        expect(kinds(checkMove(status, status, { roles: [role] }, { changesContent: true }))).toEqual(expected)
      })
    }
  }

  it('a save that changes no content is not refused for it', () => {
    expect(checkMove('approved', 'approved', { roles: ['collective'] }, { changesContent: false })).toEqual([])
  })
})

describe('checkMove: what a move needs', () => {
  const manager = { roles: ['responsable'] }

  it('GOV-4: unscheduling, archiving and unpublishing need a reason', () => {
    for (const [from, to] of [
      ['scheduled', 'unscheduled'],
      ['draft', 'archived'],
      ['published', 'archived'],
    ] as const) {
      expect(kinds(checkMove(from, to, manager, { reason: '' }))).toEqual(['reasonRequired'])
      expect(checkMove(from, to, manager, { reason: 'plus à jour' })).toEqual([])
      expect(kinds(checkMove(from, to, null, { reason: '' }))).toEqual(['reasonRequired'])
    }
  })

  it('sending someone else’s post back needs a comment; the author withdraws without one', () => {
    expect(kinds(checkMove('in_review', 'draft', manager, { reason: '', byAuthor: false }))).toEqual(['sendBackNeedsComment'])
    expect(checkMove('in_review', 'draft', manager, { reason: 'à revoir', byAuthor: false })).toEqual([])
    expect(checkMove('in_review', 'draft', { roles: ['redaction'] }, { reason: '', byAuthor: true })).toEqual([])
  })

  it('a reason left out is not checked (the action bar asks before anyone writes one)', () => {
    expect(checkMove('scheduled', 'unscheduled', manager)).toEqual([])
  })

  it('a scheduled post needs a date', () => {
    expect(kinds(checkMove('approved', 'scheduled', manager, { hasPublishAt: false }))).toEqual(['scheduleNeedsDate'])
    expect(kinds(checkMove('scheduled', 'scheduled', manager, { hasPublishAt: false }))).toEqual(['scheduleNeedsDate'])
    expect(checkMove('approved', 'scheduled', manager, { hasPublishAt: true })).toEqual([])
  })

  it('reports every problem at once, at its field', () => {
    const refusals = checkMove('approved', 'scheduled', { roles: ['redaction'] }, { changesContent: true, hasPublishAt: false })
    expect(refusals.map((refusal) => [refusal.kind, refusal.path])).toEqual([
      ['forbidden', 'workflowStatus'],
      ['locked', 'workflowStatus'],
      ['scheduleNeedsDate', 'publishAt'],
    ])
  })
})

describe('the action bar and the calendar ask checkMove', () => {
  const people = ROLES.map((role, index) => ({ id: index + 10, roles: [role] }))

  it('every action offered is a move checkMove allows', () => {
    for (const status of WORKFLOW_STATUSES) {
      for (const code of ['CAT-2', 'CAT-10']) {
        for (const user of people) {
          const post = { workflowStatus: status, author: { id: 1 }, categoryCode: code }
          for (const action of availableWorkflowActions(post, user)) {
            expect(checkMove(status, ACTION_MOVES[action][status]!, user, { categoryCode: code })).toEqual([])
          }
        }
      }
    }
  })

  it('the calendar offers to drag exactly what a dated save would accept', () => {
    for (const status of WORKFLOW_STATUSES) {
      for (const user of people) {
        const target = status === 'approved' || status === 'unscheduled' ? 'scheduled' : status
        const accepted = MOVABLE_STATUSES.includes(status) && checkMove(status, target, user, { changesContent: true }).length === 0
        expect(mayMoveOnCalendar(status, user)).toBe(accepted)
      }
    }
  })
})
