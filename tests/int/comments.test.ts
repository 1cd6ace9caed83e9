import type { Payload } from 'payload'
import { describe, expect, it } from 'vitest'

import type { Comment, Post } from '../../dev/payload-types'
import { type Team, type TestUser, draftPost, movePost, refusal, setUpTeam, stored } from '../helpers/fixtures'
import { rest, restLogin } from '../helpers/rest'

describe('comments on posts (real users of each role, overrideAccess: false)', () => {
  let payload: Payload
  let team: Team
  setUpTeam((started, members) => {
    payload = started
    team = members
  })

  const as = (user: TestUser) => ({ user, overrideAccess: false as const })
  const comment = (user: TestUser, post: Post, body: string, extra: Record<string, unknown> = {}) =>
    payload.create({ collection: 'comments', data: { post: post.id, body, ...extra } as never, depth: 0, ...as(user) })
  async function status(work: Promise<unknown>): Promise<number | null> {
    try {
      await work
      return null
    } catch (error) {
      return (error as { status?: number }).status ?? -1
    }
  }

  it('the author and the mentions are set by the system: « @Name » of a team member notifies them', async () => {
    const post = await draftPost(payload, team.redaction, { title: 'À commenter' })
    const created = await comment(
      team.collective,
      post,
      `@${team.responsable.name} pouvez-vous relire la source ? Merci @${team.collective.name}`,
      {
        author: team.admin.id,
        authorName: 'Quelqu’un d’autre',
        mentions: [team.admin.id],
        resolved: true,
      },
    )
    expect(created).toMatchObject({ author: team.collective.id, authorName: team.collective.name, resolved: false })
    // Self-mentions are kept in the list but notify nobody; a claimed mention is not taken.
    expect((created.mentions as number[]).sort()).toEqual([team.responsable.id, team.collective.id].sort())
    const notices = await payload.find({
      collection: 'notifications',
      where: { kind: { equals: 'mention' } },
      depth: 0,
      ...as(team.responsable),
    })
    expect(notices.docs).toHaveLength(1)
    expect(notices.docs[0]).toMatchObject({ post: post.id, link: `/collections/posts/${post.id}` })
    expect(notices.docs[0].messageFr).toBe(
      `${team.collective.name} vous a mentionné·e dans un commentaire sur « À commenter » : « @${team.responsable.name} pouvez-vous relire la source ? Merci @${team.collective.name} »`,
    )
    for (const user of [team.collective, team.admin]) {
      expect((await payload.find({ collection: 'notifications', where: { kind: { equals: 'mention' } }, ...as(user) })).docs).toHaveLength(
        0,
      )
    }
  })

  it('commenting an approved post neither saves the post, nor runs its rules, nor meets the lock', async () => {
    const post = await draftPost(payload, team.redaction, { title: 'Approuvée puis commentée' })
    await movePost(payload, team.redaction, post.id, { workflowStatus: 'in_review' })
    await movePost(payload, team.responsable, post.id, { workflowStatus: 'approved', valuesConfirmed: true })
    const before = await stored(payload, post.id)
    const versionsBefore = (await payload.countVersions({ collection: 'posts', where: { parent: { equals: post.id } } })).totalDocs
    const added = await comment(team.redaction, post, 'Une coquille dans la deuxième phrase.')
    const resolved = await payload.update({ collection: 'comments', id: added.id, data: { resolved: true }, ...as(team.redaction) })
    expect(resolved.resolved).toBe(true)
    const after = await stored(payload, post.id)
    expect(after.updatedAt).toBe(before.updatedAt)
    expect(after.history).toEqual(before.history)
    expect((await payload.countVersions({ collection: 'posts', where: { parent: { equals: post.id } } })).totalDocs).toBe(versionsBefore)
  })

  it('every role reads and adds comments; the public reads none, not through the posts either', async () => {
    const post = await draftPost(payload, team.redaction, { title: 'Lue par toute l’équipe' })
    await comment(team.redaction, post, 'Commentaire interne très confidentiel')
    for (const user of [team.redaction, team.responsable, team.collective, team.admin]) {
      const found = await payload.find({ collection: 'comments', where: { post: { equals: post.id } }, ...as(user) })
      expect(found.docs.map((doc) => doc.body)).toContain('Commentaire interne très confidentiel')
    }
    expect(await status(payload.find({ collection: 'comments', overrideAccess: false }))).toBe(403)
    const published = await draftPost(payload, team.responsable, { title: 'Publiée avec commentaire' })
    await movePost(payload, null, published.id, { workflowStatus: 'published' })
    await comment(team.responsable, published, 'Remarque interne sur une publication diffusée')
    const answer = await rest(payload, 'GET', `/api/posts/${published.id}?depth=2`)
    expect(answer.status).toBe(200)
    expect(answer.text).not.toContain('Remarque interne')
    expect((await rest(payload, 'GET', `/api/comments?where[post][equals]=${published.id}`)).status).toBe(403)
  })

  it('only its author edits or deletes a comment (administrators delete too)', async () => {
    const post = await draftPost(payload, team.responsable, { title: 'Droits sur les commentaires' })
    const mine = await comment(team.redaction, post, 'Texte d’origine')
    const edited = await payload.update({ collection: 'comments', id: mine.id, data: { body: 'Texte corrigé' }, ...as(team.redaction) })
    expect(edited.body).toBe('Texte corrigé')
    // The responsible person may resolve it, not rewrite it: the text stays.
    await payload.update({ collection: 'comments', id: mine.id, data: { body: 'Réécrit par la responsable' }, ...as(team.responsable) })
    expect((await payload.findByID({ collection: 'comments', id: mine.id })).body).toBe('Texte corrigé')
    expect(await status(payload.update({ collection: 'comments', id: mine.id, data: { body: 'Réécrit' }, ...as(team.collective) }))).toBe(
      403,
    )
    expect(await status(payload.delete({ collection: 'comments', id: mine.id, ...as(team.responsable) }))).toBe(403)
    expect(await status(payload.delete({ collection: 'comments', id: mine.id, ...as(team.redaction) }))).toBeNull()
    const other = await comment(team.collective, post, 'À retirer par l’administration')
    expect(await status(payload.delete({ collection: 'comments', id: other.id, ...as(team.admin) }))).toBeNull()
  })

  it('resolve and reopen: the responsible person any comment, the post’s author those on their post, recorded by the system', async () => {
    const post = await draftPost(payload, team.redaction, { title: 'Fil à résoudre' })
    const note = await comment(team.collective, post, 'Le lien est brisé.')
    const resolved = await payload.update({
      collection: 'comments',
      id: note.id,
      data: { resolved: true, resolvedBy: team.admin.id },
      depth: 0,
      ...as(team.responsable),
    })
    expect(resolved).toMatchObject({ resolved: true, resolvedBy: team.responsable.id })
    expect(resolved.resolvedAt).toBeTruthy()
    const reopened = await payload.update({
      collection: 'comments',
      id: note.id,
      data: { resolved: false },
      depth: 0,
      ...as(team.redaction),
    })
    expect(reopened).toMatchObject({ resolved: false, resolvedBy: null, resolvedAt: null })

    const elsewhere = await draftPost(payload, team.responsable, { title: 'Pas la sienne' })
    const theirs = await comment(team.responsable, elsewhere, 'Pour la responsable.')
    expect(await status(payload.update({ collection: 'comments', id: theirs.id, data: { resolved: true }, ...as(team.redaction) }))).toBe(
      403,
    )
    expect((await payload.findByID({ collection: 'comments', id: theirs.id })).resolved).toBe(false)
  })

  it('an empty comment is refused with a translated message; nothing is written', async () => {
    const post = await draftPost(payload, team.redaction, { title: 'Commentaire vide' })
    const before = await payload.count({ collection: 'comments' })
    const refused = await refusal(comment(team.redaction, post, '   '))
    expect(refused.status).toBe(400)
    expect(refused.errors).toEqual([{ path: 'body', message: 'Écrivez un commentaire avant de l’envoyer.' }])
    const token = await restLogin(payload, team.redaction.email, team.redaction.password)
    const english = await rest(payload, 'POST', '/api/comments', {
      token,
      headers: { 'accept-language': 'en' },
      body: { post: post.id, body: '  ' },
    })
    expect(english.status).toBe(400)
    expect(english.json.errors[0].data.errors).toEqual([{ path: 'body', message: 'Write a comment before sending it.' }])
    expect((await payload.count({ collection: 'comments' })).totalDocs).toBe(before.totalDocs)
  })

  it('a comment must be on an existing post', async () => {
    const refused = await refusal(
      payload.create({ collection: 'comments', data: { post: 999_999, body: 'Sur rien' }, ...as(team.redaction) }),
    )
    expect(refused.status).toBe(400)
    expect(refused.errors).toEqual([
      { path: 'post', message: 'Cette publication n’existe pas ou ne vous est pas accessible : le commentaire n’est pas enregistré.' },
    ])
    const token = await restLogin(payload, team.redaction.email, team.redaction.password)
    for (const post of [999_999, 'pas-un-nombre', null]) {
      const answer = await rest(payload, 'POST', '/api/comments', { token, body: { post, body: 'Sur rien' } })
      expect(answer.status, answer.text).toBe(400)
    }
  })
})

export type { Comment }
