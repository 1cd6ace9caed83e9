import { createLocalReq, getLocalI18n, type Payload } from 'payload'
import { describe, expect, it } from 'vitest'

import { checkCompliance, type ComplianceReport } from '../../src/endpoints/checkCompliance'
import { type Team, categoryId, draftPost, setUpTeam } from '../helpers/fixtures'
import { rest, restLogin } from '../helpers/rest'

/** Issue 11 item 5: a refused save says why, in the person's language; nothing typed is erased by null. */
describe('forms that cannot lie', () => {
  let payload: Payload
  let team: Team
  let token: string
  setUpTeam(async (started, members) => {
    payload = started
    team = members
  })
  const login = async () => (token ??= await restLogin(payload, team.redaction.email, team.redaction.password))
  const stored = (id: number | string) => payload.findByID({ collection: 'posts', id, draft: true, overrideAccess: true })
  const autosave = async (id: number | string, body: unknown, language = 'fr') =>
    rest(payload, 'PATCH', `/api/posts/${id}?draft=true&autosave=true&depth=0`, {
      token: await login(),
      body,
      headers: { 'accept-language': language },
    })

  describe('an autosave never overwrites typed content with null', () => {
    it('refuses null over a stored network text and choice with 400 at their paths; nothing is written', async () => {
      const post = await draftPost(payload, team.redaction)
      const rowId = post.channels![0].id
      const answer = await autosave(post.id, { title: post.title, channels: [{ id: rowId, channel: null, text: null }] })
      expect(answer.status).toBe(400)
      const errors = answer.json.errors[0].data.errors as { path: string; message: string }[]
      expect(errors.map((error) => error.path).sort()).toEqual(['channels.0.channel', 'channels.0.text'])
      expect(errors[0].message).toMatch(/aurait effacé ce que vous aviez écrit/)
      const after = await stored(post.id)
      expect(after.channels).toEqual([expect.objectContaining({ channel: 'facebook', text: post.channels![0].text })])
    })

    it('refuses a null title or body over stored ones, but lets a person empty a text on purpose', async () => {
      const post = await draftPost(payload, team.redaction)
      expect((await autosave(post.id, { title: null })).status).toBe(400)
      expect((await stored(post.id)).title).toBe(post.title)
      const rowId = post.channels![0].id
      const cleared = await autosave(post.id, { channels: [{ id: rowId, channel: 'facebook', text: '' }] })
      expect(cleared.status).toBe(200)
      expect((await stored(post.id)).channels![0].text).toBeFalsy()
    })

    it('drops empty entries of the images list instead of answering « invalid relationships: null 0 »', async () => {
      const post = await draftPost(payload, team.redaction)
      const answer = await autosave(post.id, { media: [null] })
      expect(answer.status).toBe(200)
      expect((await stored(post.id)).media).toEqual([])
    })
  })

  describe('a refusal is summed up with the fields’ own messages', () => {
    it('answers the rule messages (French, rule ID) as the error’s message, never « The following field is invalid »', async () => {
      const post = await draftPost(payload, team.redaction)
      const answer = await autosave(post.id, {
        channels: [{ channel: 'facebook', text: 'Écrivez-moi en privé, je vous accompagnerai dans vos démarches.' }],
      })
      expect(answer.status).toBe(400)
      const [error] = answer.json.errors
      expect(error.message).toMatch(/^FORBID-2 : /)
      expect(error.message).not.toMatch(/following field|champ suivant|channels\.0/)
      expect(error.data.errors[0]).toMatchObject({ path: 'channels.0.text', message: expect.stringMatching(/^FORBID-2 : /) })
    })

    it('in English for an English interface', async () => {
      const post = await draftPost(payload, team.redaction)
      const answer = await autosave(post.id, { title: null }, 'en')
      expect(answer.json.errors[0].message).toMatch(/would have erased what you had written/)
    })
  })

  describe('« Créer » writes nothing until there is something to save', () => {
    it('validates drafts: a draft without a title is refused (400, translated, at its path) and nothing is stored', async () => {
      const before = (await payload.count({ collection: 'posts', overrideAccess: true })).totalDocs
      const answer = await rest(payload, 'POST', '/api/posts?draft=true&depth=0', {
        token: await login(),
        body: { channels: [{ channel: 'facebook', text: 'Bonjour' }] },
        headers: { 'accept-language': 'fr' },
      })
      expect(answer.status).toBe(400)
      expect(answer.json.errors[0].data.errors).toEqual([expect.objectContaining({ path: 'title' })])
      expect(answer.json.errors[0].message).not.toMatch(/following field/)
      expect((await payload.count({ collection: 'posts', overrideAccess: true })).totalDocs).toBe(before)
    })

    it('the admin does not create a document when the create view opens (drafts are validated)', () => {
      const posts = payload.config.collections.find((collection) => collection.slug === 'posts')!
      const drafts = posts.versions?.drafts
      // Payload's document view creates a draft at once only when autosave is on and validate is off.
      expect(drafts && typeof drafts === 'object' && drafts.autosave && drafts.validate).toBeTruthy()
    })
  })

  describe('the compliance endpoint on a new post', () => {
    async function report(data: unknown, language: 'fr' | 'en' = 'fr'): Promise<ComplianceReport> {
      const i18n = await getLocalI18n({ config: payload.config, language })
      const req = await createLocalReq({ user: team.redaction as never, req: { i18n } }, payload)
      const answer = await checkCompliance(req, { data })
      if (answer.status !== 200) throw new Error(`expected 200, got ${answer.status}: ${JSON.stringify(answer.body)}`)
      return answer.body
    }

    it('checks a new post with networks (no ID; rows as the panel now sends them)', async () => {
      const body = await report({ title: 'Atelier', channels: [{ id: 'a', channel: 'x', text: 'x'.repeat(300) }] })
      expect(body.findings.map((finding) => finding.rule)).toContain('CHAN-1')
    })

    it('never says all clear on an empty post: it says what is missing', async () => {
      const empty = await report({ title: '', channels: [] })
      expect(empty.missing).toEqual([
        { path: '', message: expect.objectContaining({ fr: expect.stringMatching(/La publication est vide/) }) },
      ])

      const partial = await report({ title: 'Atelier', channels: [{ channel: 'facebook', text: '' }] })
      expect(partial.missing.map((item) => item.path)).toEqual(['category', 'channels.0.text'])

      const complete = await report({
        title: 'Atelier',
        category: await categoryId(payload, 'CAT-2'),
        channels: [{ channel: 'facebook', text: 'Nos ateliers reprennent.' }],
      })
      expect(complete.missing).toEqual([])
    })
  })
})
