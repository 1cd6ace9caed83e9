import type { Payload } from 'payload'
import { beforeAll, describe, expect, it, vi } from 'vitest'

import type { Post } from '../../dev/payload-types'
import { relationId } from '../../hooks/engine/snapshot'
import { categoryId, createPosition, draftPost, movePost, refusal, setUpTeam, stored, type Team, type TestUser } from '../helpers/fixtures'
import { createUser } from '../helpers/testPayload'
import { rest, restLogin } from '../helpers/rest'

const HOUR = 3600_000

describe('workflow actions endpoint (REST, real users, as the person)', () => {
  let payload: Payload
  let team: Team
  const tokens = new Map<TestUser, string>()
  setUpTeam((started, members) => {
    payload = started
    team = members
  })
  beforeAll(async () => {
    for (const user of [team.redaction, team.responsable, team.collective, team.admin]) {
      tokens.set(user, await restLogin(payload, user.email, user.password))
    }
  })

  const act = (user: TestUser, id: Post['id'], body: unknown, language = 'fr') =>
    rest(payload, 'POST', `/api/posts/${id}/workflow`, { token: tokens.get(user), body, headers: { 'accept-language': language } })
  const offered = async (user: TestUser, id: Post['id']) =>
    (await rest(payload, 'GET', `/api/posts/${id}/workflow`, { token: tokens.get(user) })).json?.actions?.map(
      (row: { action: string }) => row.action,
    )
  const fieldErrors = (answer: { json: any }) => answer.json?.errors?.[0]?.data?.errors as { path: string; message: string }[]

  /** Everything a refused action must leave as it was. */
  const footprint = async (id: Post['id']) => {
    const post = await stored(payload, id)
    const versions = await payload.countVersions({ collection: 'posts', where: { parent: { equals: id } } })
    return {
      workflowStatus: post.workflowStatus,
      history: post.history?.length ?? 0,
      updatedAt: post.updatedAt,
      versions: versions.totalDocs,
    }
  }
  const expectRefused = async (answer: Promise<{ status: number; json: any }>, id: Post['id'], path: string, text: string) => {
    const before = await footprint(id)
    const result = await answer
    expect(result.status).toBe(400)
    expect(fieldErrors(result)).toEqual(expect.arrayContaining([{ path, message: expect.stringContaining(text) }]))
    expect(await footprint(id)).toEqual(before)
  }

  const inReview = async (data: Partial<Post> = {}) => {
    const post = await draftPost(payload, team.redaction, data)
    expect((await act(team.redaction, post.id, { action: 'submit' })).status).toBe(200)
    return post
  }
  const approved = async (data: Partial<Post> = {}) => {
    const post = await inReview(data)
    expect((await act(team.responsable, post.id, { action: 'approve', valuesConfirmed: true })).status).toBe(200)
    return post
  }

  it('lists only the actions the signed-in person may take now, with their labels', async () => {
    const post = await draftPost(payload, team.redaction)
    const answer = await rest(payload, 'GET', `/api/posts/${post.id}/workflow`, { token: tokens.get(team.redaction) })
    expect(answer.json).toEqual({
      stage: 'draft',
      actions: [{ action: 'submit', label: 'Soumettre pour révision' }],
      timeZone: 'America/Toronto',
      publishAt: '2026-12-10T15:00:00.000Z',
      pendingOverride: false,
    })
    expect(await offered(team.collective, post.id)).toEqual([])
    await act(team.redaction, post.id, { action: 'submit' })
    expect(await offered(team.redaction, post.id)).toEqual(['withdraw'])
    expect(await offered(team.responsable, post.id)).toEqual(['sendBack', 'approve', 'archive'])
    expect((await rest(payload, 'GET', `/api/posts/${post.id}/workflow`)).status).toBe(401)
    const roleless = await createUser(payload, [])
    const rolelessToken = await restLogin(payload, roleless.email, roleless.password)
    expect((await rest(payload, 'GET', `/api/posts/${post.id}/workflow`, { token: rolelessToken })).status).toBe(403)
    expect((await rest(payload, 'GET', `/api/posts/999999/workflow`, { token: tokens.get(team.redaction) })).status).toBe(404)
  })

  it('submit: redaction sends a draft for review, and the history records who and when', async () => {
    const post = await draftPost(payload, team.redaction)
    const answer = await act(team.redaction, post.id, { action: 'submit' })
    expect(answer.status).toBe(200)
    expect(answer.json.doc.workflowStatus).toBe('in_review')
    expect(answer.json.message).toBe('C’est fait : la publication est maintenant à l’étape « En révision ».')
    const history = (await stored(payload, post.id)).history!
    expect(history.at(-1)).toMatchObject({ from: 'draft', to: 'in_review', reason: null })
    expect(relationId(history.at(-1)!.by)).toBe(team.redaction.id)
  })

  it('refuses an action the person may not take, naming the rule and who can, in French and English', async () => {
    const post = await inReview()
    await expectRefused(
      act(team.redaction, post.id, { action: 'approve', valuesConfirmed: true }),
      post.id,
      'workflowStatus',
      'GOV-1 : « Approuver » est réservé à la personne responsable',
    )
    await expectRefused(
      act(team.redaction, post.id, { action: 'approve' }, 'en'),
      post.id,
      'workflowStatus',
      'GOV-1: "Approve" is reserved for the responsible person',
    )
    await expectRefused(
      act(team.responsable, post.id, { action: 'schedule', publishAt: new Date(Date.now() + 48 * HOUR).toISOString() }),
      post.id,
      'workflowStatus',
      'GOV-4 : « Programmer… » n’est pas possible à l’étape « En révision ». Possible pour vous maintenant : « Renvoyer en rédaction », « Approuver », « Archiver »',
    )
  })

  it('withdraw: only the author takes a post back from review', async () => {
    const post = await inReview()
    const colleague = await createUser(payload, ['redaction'])
    tokens.set(colleague, await restLogin(payload, colleague.email, colleague.password))
    await expectRefused(
      act(colleague, post.id, { action: 'withdraw' }),
      post.id,
      'workflowStatus',
      'GOV-1 : seule la personne qui a rédigé la publication',
    )
    const answer = await act(team.redaction, post.id, { action: 'withdraw' })
    expect(answer.status).toBe(200)
    expect(answer.json.doc.workflowStatus).toBe('draft')
  })

  it('sendBack: the responsible person sends a post back with a required comment, kept as the history reason', async () => {
    const post = await inReview()
    await expectRefused(
      act(team.responsable, post.id, { action: 'sendBack', reason: ' ' }),
      post.id,
      'reason',
      'GOV-4 : renvoyer une publication en rédaction demande un commentaire',
    )
    await expectRefused(
      act(team.responsable, post.id, { action: 'sendBack' }, 'en'),
      post.id,
      'reason',
      'GOV-4: sending a post back to drafting needs a comment',
    )
    const answer = await act(team.responsable, post.id, { action: 'sendBack', reason: 'Ajoutez la source du chiffre cité.' })
    expect(answer.status).toBe(200)
    const last = (await stored(payload, post.id)).history!.at(-1)!
    expect(last).toMatchObject({ from: 'in_review', to: 'draft', reason: 'Ajoutez la source du chiffre cité.' })
    expect(relationId(last.by)).toBe(team.responsable.id)
  })

  it('the hook itself requires the comment when someone other than the author sends a post back', async () => {
    const post = await inReview()
    const refused = await refusal(movePost(payload, team.responsable, post.id, { workflowStatus: 'draft' }))
    expect(refused.errors).toEqual([
      { path: 'statusReason', message: expect.stringContaining('GOV-4 : renvoyer une publication en rédaction') },
    ])
    expect((await stored(payload, post.id)).workflowStatus).toBe('in_review')
    // The author taking it back needs none.
    expect((await movePost(payload, team.redaction, post.id, { workflowStatus: 'draft' })).workflowStatus).toBe('draft')
  })

  it('approve: GOV-6 needs the values confirmed', async () => {
    const post = await inReview()
    await expectRefused(act(team.responsable, post.id, { action: 'approve' }), post.id, 'valuesConfirmed', 'GOV-6')
    await expectRefused(
      act(team.responsable, post.id, { action: 'approve', valuesConfirmed: false }, 'en'),
      post.id,
      'valuesConfirmed',
      'GOV-6 (warning)',
    )
    const answer = await act(team.responsable, post.id, { action: 'approve', valuesConfirmed: true })
    expect(answer.status).toBe(200)
    expect(answer.json.doc).toMatchObject({ workflowStatus: 'approved', valuesConfirmed: true })
  })

  it('approve: FORBID-1 is overridden in writing by the responsible person only, who and when kept', async () => {
    const post = await inReview({ channels: [{ channel: 'facebook', text: 'Joyeux anniversaire à notre coordonnatrice Julie !' }] })
    const pending = await rest(payload, 'GET', `/api/posts/${post.id}/workflow`, { token: tokens.get(team.responsable) })
    expect(pending.json.pendingOverride).toBe(true)
    await expectRefused(
      act(team.responsable, post.id, { action: 'approve', valuesConfirmed: true }),
      post.id,
      'channels.0.text',
      'FORBID-1',
    )
    await expectRefused(
      act(team.admin, post.id, {
        action: 'approve',
        valuesConfirmed: true,
        override: { justification: 'Julie a donné son accord écrit.' },
      }),
      post.id,
      'override.justification',
      'FORBID-1 : seule la personne responsable peut passer outre',
    )
    await expectRefused(
      act(team.responsable, post.id, { action: 'approve', valuesConfirmed: true, override: { justification: 'ok' } }),
      post.id,
      'override.justification',
      'justification',
    )
    const answer = await act(team.responsable, post.id, {
      action: 'approve',
      valuesConfirmed: true,
      override: { justification: 'Julie a donné son accord écrit pour souligner ses 20 ans de service.' },
    })
    expect(answer.status).toBe(200)
    const saved = await stored(payload, post.id)
    expect(saved.workflowStatus).toBe('approved')
    expect(saved.overrides).toEqual([expect.objectContaining({ rule: 'FORBID-1', justification: expect.stringContaining('20 ans') })])
    expect(relationId(saved.overrides![0].by)).toBe(team.responsable.id)
  })

  it('approve: a CAT-10 post is approved by a Collective member only (POS-1)', async () => {
    const position = await createPosition(payload, 'adopted')
    const post = await inReview({ category: await categoryId(payload, 'CAT-10'), position: position.id })
    await expectRefused(
      act(team.responsable, post.id, { action: 'approve', valuesConfirmed: true }),
      post.id,
      'workflowStatus',
      'POS-1 : seul un membre de la Collective',
    )
    expect(await offered(team.collective, post.id)).toEqual(['approve'])
    const answer = await act(team.collective, post.id, { action: 'approve', valuesConfirmed: true })
    expect(answer.status).toBe(200)
    expect(answer.json.doc.workflowStatus).toBe('approved')
  })

  it('schedule: a time to come is stored in the policy zone; a past or missing time is refused on publishAt', async () => {
    const post = await approved()
    await expectRefused(
      act(team.responsable, post.id, { action: 'schedule', publishAt: new Date(Date.now() - HOUR).toISOString() }),
      post.id,
      'publishAt',
      'est déjà passé',
    )
    await expectRefused(
      act(team.responsable, post.id, { action: 'schedule', publishAt: new Date(Date.now() - HOUR).toISOString() }, 'en'),
      post.id,
      'publishAt',
      'has already passed',
    )
    await expectRefused(
      act(team.responsable, post.id, { action: 'schedule' }),
      post.id,
      'publishAt',
      'GOV-4 : choisissez la date et l’heure',
    )
    await expectRefused(
      act(team.responsable, post.id, { action: 'schedule', publishAt: 'demain' }),
      post.id,
      'publishAt',
      '« demain » n’est pas une date',
    )
    const when = new Date(Date.now() + 72 * HOUR)
    when.setUTCSeconds(0, 0)
    const answer = await act(team.responsable, post.id, { action: 'schedule', publishAt: when.toISOString() })
    expect(answer.status).toBe(200)
    expect(answer.json.doc).toMatchObject({ workflowStatus: 'scheduled', publishAt: when.toISOString(), publishAt_tz: 'America/Toronto' })
  })

  it('publishNow: published at once, on the public API', async () => {
    const post = await approved()
    const answer = await act(team.responsable, post.id, { action: 'publishNow' })
    expect(answer.status).toBe(200)
    expect(answer.json.doc).toMatchObject({ workflowStatus: 'published', _status: 'published' })
    const anonymous = await payload.find({ collection: 'posts', overrideAccess: false, where: { id: { equals: post.id } } })
    expect(anonymous.docs.map((doc) => doc.id)).toEqual([post.id])
  })

  it('CAT-6: an offer whose closing date has passed goes to no one and out nowhere, by the actions or by a raw stage change', async () => {
    // Days relative to the run's clock: the rule compares with today in the organisation's zone.
    const day = (offsetDays: number) => `${new Date(Date.now() + offsetDays * 24 * HOUR).toISOString().slice(0, 10)}T12:00:00.000Z`
    const offers = await categoryId(payload, 'CAT-6')
    const closed = await draftPost(payload, team.redaction, { category: offers, closingDate: day(-3), publishAt: null })
    expect((await stored(payload, closed.id)).workflowStatus).toBe('draft') // a draft keeps it while someone updates it
    await expectRefused(act(team.redaction, closed.id, { action: 'submit' }), closed.id, 'closingDate', 'CAT-6 : l’offre a pris fin le')

    const open = await approved({ category: offers, closingDate: day(1), publishAt: null })
    // The closing date passes while the offer waits, approved, without a scheduled moment: the clock
    // moves three days on (the rules read it), and the responsible person changes the stage directly.
    vi.useFakeTimers({ toFake: ['Date'] })
    try {
      vi.setSystemTime(new Date(Date.now() + 3 * 24 * HOUR))
      const raw = await refusal(movePost(payload, team.responsable, open.id, { workflowStatus: 'published' }))
      expect(raw.errors).toEqual(
        expect.arrayContaining([expect.objectContaining({ path: 'closingDate', message: expect.stringContaining('CAT-6') })]),
      )
    } finally {
      vi.useRealTimers()
    }
    expect((await stored(payload, open.id)).workflowStatus).toBe('approved')
  })

  it('REST: a filter or a sort on the stage needs draft=true (the current stage), else 400 saying so', async () => {
    const post = await approved({ title: 'Publiée puis archivée' })
    expect((await act(team.responsable, post.id, { action: 'publishNow' })).status).toBe(200)
    expect((await act(team.responsable, post.id, { action: 'unpublish', reason: 'Erreur de date dans le texte.' })).status).toBe(200)
    const get = (query: string, language = 'fr') =>
      rest(payload, 'GET', `/api/posts?${query}`, { token: tokens.get(team.responsable), headers: { 'accept-language': language } })

    for (const query of [
      `where[workflowStatus][equals]=published&where[id][equals]=${post.id}`,
      `where[or][0][title][equals]=x&where[or][1][workflowStatus][in]=archived,published`,
      'sort=-workflowStatus',
    ]) {
      const refused = await get(query)
      expect(refused.status, query).toBe(400)
      expect(refused.json.errors[0].message).toContain('ajoutez draft=true')
    }
    expect((await get('sort=workflowStatus', 'en')).json.errors[0].message).toContain('add draft=true')

    const current = await get(`where[workflowStatus][equals]=archived&where[id][equals]=${post.id}&draft=true&depth=0`)
    expect(current.status).toBe(200)
    expect(current.json.docs.map((doc: Post) => [doc.id, doc.workflowStatus])).toEqual([[post.id, 'archived']])
    // Other reads are untouched.
    expect((await get(`where[id][equals]=${post.id}&depth=0`)).status).toBe(200)
  })

  it('unschedule and unpublish need the GOV-4 reason; unpublishing archives and takes the post off the public API', async () => {
    const post = await approved()
    await act(team.responsable, post.id, { action: 'schedule', publishAt: new Date(Date.now() + 72 * HOUR).toISOString() })
    await expectRefused(
      act(team.responsable, post.id, { action: 'unschedule' }),
      post.id,
      'reason',
      'GOV-4 : indiquez la raison de « Déprogrammer »',
    )
    expect(
      (await act(team.responsable, post.id, { action: 'unschedule', reason: 'Le partenaire reporte l’événement.' })).json.doc
        .workflowStatus,
    ).toBe('unscheduled')
    expect((await act(team.responsable, post.id, { action: 'approve', valuesConfirmed: true })).status).toBe(200)
    expect((await act(team.responsable, post.id, { action: 'publishNow' })).status).toBe(200)
    await expectRefused(
      act(team.responsable, post.id, { action: 'unpublish' }, 'en'),
      post.id,
      'reason',
      'GOV-4: give the reason for "Unpublish"',
    )
    const answer = await act(team.responsable, post.id, { action: 'unpublish', reason: 'Erreur de date dans le texte.' })
    expect(answer.status).toBe(200)
    expect((await stored(payload, post.id)).history!.at(-1)).toMatchObject({
      from: 'published',
      to: 'archived',
      reason: 'Erreur de date dans le texte.',
    })
    const anonymous = await payload.find({ collection: 'posts', overrideAccess: false, where: { id: { equals: post.id } } })
    expect(anonymous.docs).toHaveLength(0)
  })

  it('archive needs a reason; restore brings the post back to draft (responsable only)', async () => {
    const post = await draftPost(payload, team.redaction)
    await expectRefused(act(team.responsable, post.id, { action: 'archive' }), post.id, 'reason', 'GOV-4')
    expect((await act(team.responsable, post.id, { action: 'archive', reason: 'Doublon.' })).json.doc.workflowStatus).toBe('archived')
    await expectRefused(
      act(team.redaction, post.id, { action: 'restore' }),
      post.id,
      'workflowStatus',
      'GOV-1 : « Remettre en brouillon » est réservé à la personne responsable',
    )
    expect((await act(team.responsable, post.id, { action: 'restore' })).json.doc.workflowStatus).toBe('draft')
  })

  it('bad requests are 400 with a translated message, never a 500', async () => {
    const post = await draftPost(payload, team.redaction)
    await expectRefused(act(team.redaction, post.id, { action: 'teleport' }), post.id, 'action', 'Action inconnue')
    await expectRefused(act(team.redaction, post.id, { action: 'submit', reason: 42 }, 'en'), post.id, 'reason', 'Invalid request')
    await expectRefused(act(team.redaction, post.id, 'not json'), post.id, '', 'Requête invalide')
    expect((await act(team.redaction, 999999, { action: 'submit' })).status).toBe(404)
  })
})
