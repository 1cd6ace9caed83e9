import type { Payload } from 'payload'
import { describe, expect, it } from 'vitest'

import { type Team, categoryId, createPosition, draftPost, movePost, refusal, setUpTeam, stored } from '../helpers/fixtures'
import { relationId } from '../../hooks/engine/snapshot'

describe('post workflow (local API, real users, overrideAccess: false)', () => {
  let payload: Payload
  let team: Team
  setUpTeam((started, members) => {
    payload = started
    team = members
  })

  it('takes a post from draft to published, recording who moved it and when', async () => {
    const post = await draftPost(payload, team.redaction)
    expect(post.workflowStatus).toBe('draft')
    await movePost(payload, team.redaction, post.id, { workflowStatus: 'in_review' })
    await movePost(payload, team.responsable, post.id, { workflowStatus: 'approved', valuesConfirmed: true })
    await movePost(payload, team.responsable, post.id, { workflowStatus: 'scheduled' })
    const published = await movePost(payload, team.responsable, post.id, { workflowStatus: 'published' })
    expect(published.workflowStatus).toBe('published')
    expect(published._status).toBe('published')
    expect(published.history?.map((entry) => `${entry.from}>${entry.to}`)).toEqual([
      'draft>in_review',
      'in_review>approved',
      'approved>scheduled',
      'scheduled>published',
    ])
    expect(relationId(published.history?.[1].by)).toBe(team.responsable.id)
    const anonymous = await payload.find({ collection: 'posts', overrideAccess: false, where: { id: { equals: post.id } } })
    expect(anonymous.docs.map((doc) => doc.id)).toEqual([post.id])
  })

  it('GOV-4: archiving a published post takes it off the public API, with its reason', async () => {
    const post = await draftPost(payload, team.redaction)
    await movePost(payload, team.redaction, post.id, { workflowStatus: 'in_review' })
    await movePost(payload, team.responsable, post.id, { workflowStatus: 'approved', valuesConfirmed: true })
    await movePost(payload, team.responsable, post.id, { workflowStatus: 'published' })
    const archived = await movePost(payload, team.responsable, post.id, {
      workflowStatus: 'archived',
      statusReason: 'Retrait demandé par le partenaire',
    })
    expect(archived.workflowStatus).toBe('archived')
    expect(archived.history?.at(-1)).toMatchObject({ from: 'published', to: 'archived', reason: 'Retrait demandé par le partenaire' })
    const anonymous = await payload.find({ collection: 'posts', overrideAccess: false, where: { id: { equals: post.id } } })
    expect(anonymous.docs).toHaveLength(0)
  })

  it('lets redaction draft and submit, but not approve, schedule or publish', async () => {
    const post = await draftPost(payload, team.redaction)
    await movePost(payload, team.redaction, post.id, { workflowStatus: 'in_review' })
    const refused = await refusal(movePost(payload, team.redaction, post.id, { workflowStatus: 'approved', valuesConfirmed: true }))
    expect(refused.status).toBe(400)
    expect(refused.errors).toEqual([
      { path: 'workflowStatus', message: expect.stringContaining('n’est pas permis pour vos rôles (Rédaction)') },
    ])
    expect((await stored(payload, post.id)).workflowStatus).toBe('in_review')
  })

  it('refuses a move that does not exist and says which moves do', async () => {
    const post = await draftPost(payload, team.responsable)
    const refused = await refusal(movePost(payload, team.responsable, post.id, { workflowStatus: 'published' }))
    expect(refused.errors[0].message).toContain('Étapes possibles depuis « Brouillon » : « En révision », « Archivée »')
  })

  it('GOV-6: approval needs the values checkbox ticked', async () => {
    const post = await draftPost(payload, team.redaction)
    await movePost(payload, team.redaction, post.id, { workflowStatus: 'in_review' })
    const refused = await refusal(movePost(payload, team.responsable, post.id, { workflowStatus: 'approved' }))
    expect(refused.errors.map((error) => error.path)).toEqual(['valuesConfirmed'])
    expect(refused.errors[0].message).toContain('GOV-6')
    const approved = await movePost(payload, team.responsable, post.id, { workflowStatus: 'approved', valuesConfirmed: true })
    expect(approved.workflowStatus).toBe('approved')
  })

  it('scheduling needs a publication date', async () => {
    const post = await draftPost(payload, team.redaction, { publishAt: null })
    await movePost(payload, team.redaction, post.id, { workflowStatus: 'in_review' })
    await movePost(payload, team.responsable, post.id, { workflowStatus: 'approved', valuesConfirmed: true })
    const refused = await refusal(movePost(payload, team.responsable, post.id, { workflowStatus: 'scheduled' }))
    expect(refused.errors).toEqual([{ path: 'publishAt', message: expect.stringContaining('date de publication') }])
  })

  it('GOV-4: unscheduling and archiving need a reason, kept in the history', async () => {
    const post = await draftPost(payload, team.redaction)
    await movePost(payload, team.redaction, post.id, { workflowStatus: 'in_review' })
    await movePost(payload, team.responsable, post.id, { workflowStatus: 'approved', valuesConfirmed: true })
    await movePost(payload, team.responsable, post.id, { workflowStatus: 'scheduled' })
    const refused = await refusal(movePost(payload, team.responsable, post.id, { workflowStatus: 'unscheduled' }))
    expect(refused.errors).toEqual([{ path: 'statusReason', message: expect.stringContaining('GOV-4') }])
    const unscheduled = await movePost(payload, team.responsable, post.id, {
      workflowStatus: 'unscheduled',
      statusReason: 'Le partenaire a reporté l’événement',
    })
    expect(unscheduled.history?.at(-1)).toMatchObject({
      from: 'scheduled',
      to: 'unscheduled',
      reason: 'Le partenaire a reporté l’événement',
    })
    expect(unscheduled.statusReason).toBeNull()
  })

  it('locks an approved post: redaction cannot change its content', async () => {
    const post = await draftPost(payload, team.redaction)
    await movePost(payload, team.redaction, post.id, { workflowStatus: 'in_review' })
    await movePost(payload, team.responsable, post.id, { workflowStatus: 'approved', valuesConfirmed: true })
    const refused = await refusal(movePost(payload, team.redaction, post.id, { title: 'Titre changé après approbation' }))
    expect(refused.errors[0].message).toContain('ne peut être modifiée que par la personne responsable')
    expect((await stored(payload, post.id)).title).toBe('Nos ateliers de prévention')
  })

  it("Payload's own publish never bypasses the workflow", async () => {
    const post = await draftPost(payload, team.redaction)
    const refused = await refusal(movePost(payload, team.redaction, post.id, { _status: 'published' }))
    expect(refused.errors.map((error) => error.path)).toContain('workflowStatus')
    expect((await stored(payload, post.id)).workflowStatus).toBe('draft')
    const anonymous = await payload.find({ collection: 'posts', overrideAccess: false, where: { id: { equals: post.id } } })
    expect(anonymous.docs).toHaveLength(0)
  })

  it('a scheduled publish that sends only { _status } reads the rest from the stored post and publishes it', async () => {
    const post = await draftPost(payload, team.redaction)
    await movePost(payload, team.redaction, post.id, { workflowStatus: 'in_review' })
    await movePost(payload, team.responsable, post.id, { workflowStatus: 'approved', valuesConfirmed: true })
    await movePost(payload, team.responsable, post.id, { workflowStatus: 'scheduled' })
    const published = await movePost(payload, null, post.id, { _status: 'published' })
    expect(published.workflowStatus).toBe('published')
    expect(published.title).toBe('Nos ateliers de prévention')
    expect(published.history?.at(-1)).toMatchObject({ from: 'scheduled', to: 'published' })
    expect(relationId(published.history?.at(-1)?.by)).toBeNull()
  })

  it('FORBID-3: an account without the code of conduct cannot create or edit, and is told how to accept it', async () => {
    const refused = await refusal(draftPost(payload, team.newcomer))
    expect(refused.status).toBe(400)
    expect(refused.errors.some((error) => error.message.includes('FORBID-3') && error.message.includes('code de conduite'))).toBe(true)
    expect((await payload.count({ collection: 'posts', where: { author: { equals: team.newcomer.id } } })).totalDocs).toBe(0)
  })

  it('POS-1: a CAT-10 post is approved only by a Collective member, and only with an adopted position', async () => {
    const draftPosition = await createPosition(payload, 'draft')
    const post = await draftPost(payload, team.redaction, { category: await categoryId(payload, 'CAT-10'), position: draftPosition.id })
    await movePost(payload, team.redaction, post.id, { workflowStatus: 'in_review' })

    const byResponsable = await refusal(movePost(payload, team.responsable, post.id, { workflowStatus: 'approved', valuesConfirmed: true }))
    expect(byResponsable.errors.map((error) => error.message).join('\n')).toContain('POS-1')
    const notAdopted = await refusal(movePost(payload, team.collective, post.id, { workflowStatus: 'approved', valuesConfirmed: true }))
    expect(notAdopted.errors).toEqual([expect.objectContaining({ path: 'position', message: expect.stringContaining('POS-1') })])

    await payload.update({
      collection: 'positions',
      id: draftPosition.id,
      data: { status: 'adopted' },
      user: team.collective,
      overrideAccess: false,
    })
    const approved = await movePost(payload, team.collective, post.id, { workflowStatus: 'approved', valuesConfirmed: true })
    expect(approved.workflowStatus).toBe('approved')
  })

  it('a Collective member cannot approve posts of other categories', async () => {
    const post = await draftPost(payload, team.redaction)
    await movePost(payload, team.redaction, post.id, { workflowStatus: 'in_review' })
    const refused = await refusal(movePost(payload, team.collective, post.id, { workflowStatus: 'approved', valuesConfirmed: true }))
    expect(refused.errors[0].message).toContain('Membre de la Collective')
  })
})
