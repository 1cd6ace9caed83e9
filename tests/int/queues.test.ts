import type { Payload } from 'payload'
import { describe, expect, it } from 'vitest'

import type { Post } from '../../dev/payload-types'
import { loadQueues, type Queue, type QueueName } from '../../src/queues'
import { categoryId, createPosition, draftPost, movePost, setUpTeam, type Team, type TestUser } from '../helpers/fixtures'

// Wednesday 12 March 2031, 12:00 in Toronto: this week runs from Monday 10 to Sunday 16 March.
const NOW = new Date('2031-03-12T16:00:00.000Z')
const ZONE = 'America/Toronto'

describe('dashboard queues, read as each role (overrideAccess: false)', () => {
  let payload: Payload
  let team: Team
  const posts: Record<string, Post> = {}
  setUpTeam((started, members) => {
    payload = started
    team = members
  })

  const queuesOf = async (user: TestUser): Promise<Record<QueueName, Queue>> =>
    Object.fromEntries((await loadQueues({ payload, user, now: NOW, zone: ZONE, limit: 5 })).map((queue) => [queue.name, queue])) as Record<
      QueueName,
      Queue
    >
  const ids = (queue: Queue | undefined) => queue?.items.map((item) => item.id) ?? []
  const submitted = async (title: string, data: Partial<Post> = {}) => {
    const post = await draftPost(payload, team.redaction, { title, publishAt: null, ...data })
    return movePost(payload, team.redaction, post.id, { workflowStatus: 'in_review' })
  }
  const approved = async (title: string, data: Partial<Post> = {}) =>
    movePost(payload, team.responsable, (await submitted(title, data)).id, { workflowStatus: 'approved', valuesConfirmed: true })

  it('sets up one post of each kind', async () => {
    posts.draft = await draftPost(payload, team.redaction, { title: 'Mon brouillon', publishAt: null })
    posts.othersDraft = await draftPost(payload, team.responsable, { title: 'Brouillon d’une autre personne', publishAt: null })
    posts.sentBack = await movePost(payload, team.responsable, (await submitted('Renvoyée')).id, {
      workflowStatus: 'draft',
      statusReason: 'Ajoutez la source du chiffre.',
    })
    posts.takenBack = await movePost(payload, team.redaction, (await submitted('Reprise par moi')).id, { workflowStatus: 'draft' })
    posts.inReview = await submitted('En révision')
    posts.approved = await approved('Approuvée sans date')
    posts.thisWeek = await movePost(payload, team.responsable, (await approved('Programmée cette semaine')).id, {
      workflowStatus: 'scheduled',
      publishAt: '2031-03-14T15:00:00.000Z',
    })
    posts.nextWeek = await movePost(payload, team.responsable, (await approved('Programmée la semaine prochaine')).id, {
      workflowStatus: 'scheduled',
      publishAt: '2031-03-17T14:00:00.000Z',
    })
    const refusedBase = await movePost(payload, team.responsable, (await approved('Refusée au moment de publier')).id, {
      workflowStatus: 'scheduled',
      publishAt: '2031-03-18T14:00:00.000Z',
    })
    // What the publication job writes when a rule no longer holds: by nobody (the system).
    posts.refused = await movePost(payload, null, refusedBase.id, {
      workflowStatus: 'unscheduled',
      statusReason: 'Règle CAT-6 non respectée',
    })
    const unscheduledBase = await movePost(payload, team.responsable, (await approved('Déprogrammée par la responsable')).id, {
      workflowStatus: 'scheduled',
      publishAt: '2031-03-19T14:00:00.000Z',
    })
    posts.unscheduledByHand = await movePost(payload, team.responsable, unscheduledBase.id, {
      workflowStatus: 'unscheduled',
      statusReason: 'Événement reporté',
    })
    posts.cat10 = await submitted('Position de la Collective', { category: await categoryId(payload, 'CAT-10') })
    await createPosition(payload, 'draft')
    await createPosition(payload, 'adopted')
    await payload.create({
      collection: 'privacy-tasks',
      data: { kind: 'replan', cause: 'withdrawn', post: posts.unscheduledByHand.id, summary: 'À revoir' } as never,
    })
  })

  it('redaction: my drafts, sent back to me with the reason, scheduled this week; nothing else', async () => {
    const queues = await queuesOf(team.redaction)
    expect(Object.keys(queues)).toEqual(['sent-back', 'my-drafts', 'scheduled-this-week'])
    expect(ids(queues['my-drafts'])).toEqual(expect.arrayContaining([posts.draft.id, posts.takenBack.id]))
    expect(ids(queues['my-drafts'])).not.toContain(posts.othersDraft.id)
    expect(ids(queues['my-drafts'])).not.toContain(posts.sentBack.id)
    expect(queues['my-drafts'].count).toBe(2)
    expect(queues['sent-back'].count).toBe(1)
    // Who sent it back is named: every role holder reads colleagues' names (src/access/accountFields.ts).
    expect(queues['sent-back'].items[0]).toMatchObject({
      id: posts.sentBack.id,
      event: { reason: 'Ajoutez la source du chiffre.', byName: team.responsable.name },
    })
    expect(ids(queues['scheduled-this-week'])).toEqual([posts.thisWeek.id])
    expect(queues['scheduled-this-week'].seeAll).toContain('where[and][0][workflowStatus][equals]=scheduled')
  })

  it('responsable: to review, to schedule, refused at publication, « À traiter »', async () => {
    const queues = await queuesOf(team.responsable)
    expect(Object.keys(queues)).toEqual(['to-review', 'to-schedule', 'publish-refused', 'to-handle'])
    expect(ids(queues['to-review'])).toEqual(expect.arrayContaining([posts.inReview.id, posts.cat10.id]))
    expect(queues['to-review'].count).toBe(2)
    expect(ids(queues['to-schedule'])).toEqual([posts.approved.id])
    expect(ids(queues['publish-refused'])).toEqual([posts.refused.id])
    expect(queues['publish-refused'].items[0].event?.reason).toBe('Règle CAT-6 non respectée')
    expect(queues['to-handle']).toMatchObject({ count: 1, seeAll: '/a-traiter' })
  })

  it('admin sees the responsible person’s queues', async () => {
    expect(Object.keys(await queuesOf(team.admin))).toEqual(['to-review', 'to-schedule', 'publish-refused', 'to-handle'])
  })

  it('collective: CAT-10 posts in review and positions awaiting adoption, nothing personal', async () => {
    const queues = await queuesOf(team.collective)
    expect(Object.keys(queues)).toEqual(['collective'])
    expect(queues.collective.count).toBe(2)
    expect(queues.collective.items.map((item) => [item.kind, item.title])).toEqual([
      ['post', 'Position de la Collective'],
      ['position', 'Position sur la prévention primaire'],
    ])
  })

  it('an account without a Balises role has no queue', async () => {
    expect(await loadQueues({ payload, user: { ...team.redaction, roles: [] } as never, now: NOW, zone: ZONE, limit: 5 })).toEqual([])
  })
})
