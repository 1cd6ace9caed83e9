import { describe, expect, it } from 'vitest'

import { availableWorkflowActions, type WorkflowAction } from '../../../src/workflowActions/available'
import { WORKFLOW_STATUSES, type WorkflowStatus } from '../../../src/workflow'

const AUTHOR = { id: 1, roles: ['redaction'] }
const people = {
  author: AUTHOR,
  redaction: { id: 2, roles: ['redaction'] },
  responsable: { id: 3, roles: ['responsable'] },
  admin: { id: 4, roles: ['admin'] },
  collective: { id: 5, roles: ['collective'] },
  responsableAndCollective: { id: 6, roles: ['responsable', 'collective'] },
  roleless: { id: 7, roles: [] },
}
type Person = keyof typeof people

const post = (workflowStatus: WorkflowStatus, categoryCode = 'CAT-2') => ({ workflowStatus, author: { id: AUTHOR.id }, categoryCode })

const MANAGER: Record<WorkflowStatus, WorkflowAction[]> = {
  draft: ['submit', 'archive'],
  in_review: ['sendBack', 'approve', 'archive'],
  approved: ['schedule', 'publishNow', 'archive'],
  scheduled: ['publishNow', 'unschedule', 'archive'],
  published: ['unpublish'],
  unscheduled: ['approve', 'schedule', 'archive', 'restore'],
  archived: ['restore'],
}
const WRITER: Record<WorkflowStatus, WorkflowAction[]> = {
  draft: ['submit'],
  in_review: [],
  approved: [],
  scheduled: [],
  published: [],
  unscheduled: ['restore'],
  archived: [],
}
const NOTHING = Object.fromEntries(WORKFLOW_STATUSES.map((status) => [status, []])) as unknown as Record<WorkflowStatus, WorkflowAction[]>

const expected: Record<Person, Record<WorkflowStatus, WorkflowAction[]>> = {
  author: { ...WRITER, in_review: ['withdraw'] },
  redaction: WRITER,
  responsable: MANAGER,
  admin: MANAGER,
  collective: NOTHING,
  responsableAndCollective: MANAGER,
  roleless: NOTHING,
}

describe('availableWorkflowActions', () => {
  for (const person of Object.keys(people) as Person[]) {
    for (const stage of WORKFLOW_STATUSES) {
      it(`${person} at ${stage}: ${expected[person][stage].join(', ') || 'nothing'}`, () => {
        expect(availableWorkflowActions(post(stage), people[person])).toEqual(expected[person][stage])
      })
    }
  }

  it('CAT-10 (POS-1): only a member of the Collective approves, whatever else they hold', () => {
    const cat10 = post('in_review', 'CAT-10')
    expect(availableWorkflowActions(cat10, people.collective)).toEqual(['approve'])
    expect(availableWorkflowActions(cat10, people.responsable)).toEqual(['sendBack', 'archive'])
    expect(availableWorkflowActions(cat10, people.admin)).toEqual(['sendBack', 'archive'])
    expect(availableWorkflowActions(cat10, people.responsableAndCollective)).toEqual(['sendBack', 'approve', 'archive'])
    // Re-approving an unscheduled CAT-10 post needs both the manager's stage right and POS-1.
    expect(availableWorkflowActions(post('unscheduled', 'CAT-10'), people.responsable)).toEqual(['schedule', 'archive', 'restore'])
    expect(availableWorkflowActions(post('unscheduled', 'CAT-10'), people.collective)).toEqual([])
  })

  it('the author who is also the responsible person takes their own post back, and does not send it back', () => {
    const own = { workflowStatus: 'in_review' as const, author: people.responsable.id, categoryCode: 'CAT-2' }
    expect(availableWorkflowActions(own, people.responsable)).toEqual(['withdraw', 'approve', 'archive'])
  })

  it('reads the category code from a populated category, and offers nothing to nobody', () => {
    expect(availableWorkflowActions({ workflowStatus: 'in_review', category: { id: 9, code: 'CAT-10' } }, people.collective)).toEqual([
      'approve',
    ])
    expect(availableWorkflowActions(post('draft'), null)).toEqual([])
  })
})
