import type { Payload } from 'payload'
import { describe, expect, it } from 'vitest'

import { draftPost, setUpTeam, type Team } from '../helpers/fixtures'
import { rest, restLogin } from '../helpers/rest'

/**
 * Colleagues by name (src/access/accountFields.ts): every role holder reads the other accounts'
 * `name` (and id), through REST as each role; nothing else of another person's account is returned,
 * and no other field can be used as a filter, a sort or a selection by a non-administrator.
 */
describe('colleagues are seen by name, and by nothing else', () => {
  let payload: Payload
  let team: Team
  const tokens: Partial<Record<keyof Team, string>> = {}
  setUpTeam((p, t) => {
    payload = p
    team = t
  })

  const token = async (who: keyof Team) => (tokens[who] ??= await restLogin(payload, team[who].email, team[who].password))
  const get = async (who: keyof Team, path: string) => rest(payload, 'GET', path, { token: await token(who) })
  const NON_ADMINS = ['responsable', 'redaction', 'collective'] as const
  /** What an account shows of itself: Payload adds `collection` and its own `sessions` (readable only by oneself: empty). */
  const visible = (doc: Record<string, unknown>) => {
    const { collection: _collection, sessions, ...rest } = doc
    expect(sessions ?? []).toEqual([])
    return rest
  }

  it.each(NON_ADMINS)('%s reads every colleague’s name and id only', async (who) => {
    const answer = await get(who, '/api/users?limit=100&depth=0')
    expect(answer.status).toBe(200)
    const docs = answer.json.docs as Record<string, unknown>[]
    for (const other of [team.admin, team.responsable, team.redaction, team.collective].filter((person) => person.id !== team[who].id)) {
      const seen = docs.find((doc) => doc.id === other.id)
      expect(seen && visible(seen), `${who} sees ${other.name}`).toEqual({ id: other.id, name: other.name })
    }
    const own = docs.find((doc) => doc.id === team[who].id)!
    expect(own).toMatchObject({ email: team[who].email, roles: team[who].roles })
    expect(answer.text).not.toContain(team.admin.email)
  })

  it.each(NON_ADMINS)('%s reads a colleague by id: the name, no e-mail, roles, dates or preferences', async (who) => {
    const answer = await get(who, `/api/users/${team.admin.id}?depth=0`)
    expect(answer.status).toBe(200)
    expect(visible(answer.json)).toEqual({ id: team.admin.id, name: team.admin.name })
  })

  it.each([
    ['where[email][like]=admin', 'email'],
    ['where[email][equals]=<admin>', 'email'],
    ['where[roles][contains]=admin', 'roles'],
    ['where[codeOfConductAcceptedAt][exists]=true', 'codeOfConductAcceptedAt'],
    ['where[notificationLanguage][equals]=fr', 'notificationLanguage'],
    ['where[createdAt][exists]=true', 'createdAt'],
  ])('a redaction account cannot filter accounts by %s (Payload refuses the query)', async (query, field) => {
    const answer = await get('redaction', `/api/users?${query.replace('<admin>', encodeURIComponent(team.admin.email))}`)
    expect(answer.status, answer.text.slice(0, 200)).toBeGreaterThanOrEqual(400)
    expect(answer.text).toContain(field)
    expect(answer.text).not.toContain(team.admin.email)
    // The control: an administrator's same query is answered.
    expect((await get('admin', `/api/users?${query.replace('<admin>', encodeURIComponent(team.admin.email))}`)).status).toBe(200)
  })

  it('selecting private fields of colleagues returns nothing of them', async () => {
    const answer = await get('collective', '/api/users?limit=100&select[email]=true&select[roles]=true&select[name]=true')
    expect(answer.status).toBe(200)
    for (const doc of answer.json.docs as Record<string, unknown>[]) {
      if (doc.id === team.collective.id) continue
      expect(doc.email).toBeUndefined()
      expect(doc.roles).toBeUndefined()
    }
  })

  it('the responsable sees a post’s author by name (depth 1), without the author’s e-mail', async () => {
    const post = await draftPost(payload, team.redaction)
    const answer = await get('responsable', `/api/posts/${post.id}?depth=1&draft=true`)
    expect(answer.status).toBe(200)
    expect(visible(answer.json.author)).toEqual({ id: team.redaction.id, name: team.redaction.name })
    expect(answer.text).not.toContain(team.redaction.email)
  })

  it('the public reads no account, not even a name', async () => {
    const list = await rest(payload, 'GET', '/api/users')
    expect(list.status).toBe(403)
    expect((await rest(payload, 'GET', `/api/users/${team.admin.id}`)).status).toBe(403)
  })

  it('the name is required on Balises’ accounts', async () => {
    const answer = await rest(payload, 'POST', '/api/users', {
      token: await token('admin'),
      body: { email: 'sans-nom@test.balises.test', password: 'Mot-de-passe-sans-nom-1', roles: ['redaction'] },
    })
    expect(answer.status).toBe(400)
    expect(JSON.stringify(answer.json)).toContain('name')
  })
})
