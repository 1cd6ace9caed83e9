import { fr } from '@payloadcms/translations/languages/fr'
import type { Payload } from 'payload'
import { describe, expect, it } from 'vitest'

import { type Team, type TestUser, setUpTeam } from '../helpers/fixtures'
import { rest, restLogin } from '../helpers/rest'
import { createUser } from '../helpers/testPayload'

/**
 * Accounts over Payload's real REST layer: lock-out after 5 wrong passwords (collections/Users.ts),
 * unlock by administrators only, sessions ended by logout, the login cookie's attributes.
 * The edge's rate limit on these routes (11th login a minute → 429) needs the Express server: it is
 * tested in tests/e2e/express.test.ts.
 */
describe('authentication (REST)', () => {
  let payload: Payload
  let team: Team
  setUpTeam((started, members) => {
    payload = started
    team = members
  })

  const login = (email: string, password: string) => rest(payload, 'POST', '/api/users/login', { body: { email, password } })
  const me = (token: string) => rest(payload, 'GET', '/api/users/me', { token })
  const lockState = async (user: TestUser) => {
    const { docs } = await payload.find({
      collection: 'users',
      where: { id: { equals: user.id } },
      showHiddenFields: true,
      depth: 0,
    })
    return docs[0] as unknown as { loginAttempts?: number | null; lockUntil?: string | null }
  }
  const messageOf = (answer: { json: { errors?: { message: string }[] } }) => answer.json?.errors?.[0]?.message

  async function lockOut(user: TestUser): Promise<void> {
    for (let attempt = 1; attempt <= 5; attempt++) {
      const answer = await login(user.email, `faux-${attempt}`)
      expect(answer.status, `wrong password #${attempt}`).toBe(401)
      expect(messageOf(answer)).toBe(fr.translations.error.emailOrPasswordIncorrect)
    }
  }

  describe('lock-out', () => {
    it('the 6th attempt, even with the right password, is refused as locked for 10 minutes, and stays refused', async () => {
      const user = await createUser(payload, ['redaction'])
      expect((await login(user.email, user.password)).status).toBe(200)
      await lockOut(user)

      const sixth = await login(user.email, user.password)
      expect(sixth.status).toBe(401)
      expect(messageOf(sixth)).toBe(fr.translations.error.userLocked)
      expect(sixth.json.token).toBeUndefined()
      expect(sixth.headers.get('set-cookie')).toBeNull()

      const state = await lockState(user)
      expect(state.loginAttempts).toBe(5)
      const lockedFor = Date.parse(String(state.lockUntil)) - Date.now()
      expect(lockedFor).toBeGreaterThan(9 * 60_000)
      expect(lockedFor).toBeLessThanOrEqual(10 * 60_000)

      const seventh = await login(user.email, user.password)
      expect(seventh.status).toBe(401)
      expect(messageOf(seventh)).toBe(fr.translations.error.userLocked)
    })

    it('only an administrator unlocks an account; afterwards the right password works again', async () => {
      const user = await createUser(payload, ['redaction'])
      await lockOut(user)
      const unlock = (token?: string) => rest(payload, 'POST', '/api/users/unlock', { token, body: { email: user.email } })

      const others = [team.redaction, team.responsable, team.collective]
      for (const member of others) {
        const answer = await unlock(await restLogin(payload, member.email, member.password))
        expect(answer.status, String(member.roles)).toBe(403)
      }
      expect((await unlock()).status).toBe(403)
      expect((await lockState(user)).lockUntil).toBeTruthy()
      expect(messageOf(await login(user.email, user.password))).toBe(fr.translations.error.userLocked)

      const byAdmin = await unlock(await restLogin(payload, team.admin.email, team.admin.password))
      expect(byAdmin.status).toBe(200)
      const state = await lockState(user)
      expect(state.lockUntil ?? null).toBeNull()
      expect(state.loginAttempts).toBe(0)
      const again = await login(user.email, user.password)
      expect(again.status).toBe(200)
      expect((await me(again.json.token)).json.user?.id).toBe(user.id)
    })

    it('a lock stops new logins only: a session opened before it stays valid until it ends (Payload design)', async () => {
      const user = await createUser(payload, ['responsable'])
      const earlier = await restLogin(payload, user.email, user.password)
      await lockOut(user)
      expect(messageOf(await login(user.email, user.password))).toBe(fr.translations.error.userLocked)
      // Payload's JWT strategy checks the signature and the session, not lockUntil: observed, not wished for.
      expect((await me(earlier)).json.user?.id).toBe(user.id)
      expect((await rest(payload, 'GET', '/api/people', { token: earlier })).status).toBe(200)
    })
  })

  describe('logout', () => {
    it('a token used after logout is refused: /me, a protected read and a write', async () => {
      const user = team.responsable
      const token = await restLogin(payload, user.email, user.password)
      const other = await restLogin(payload, user.email, user.password)
      expect((await me(token)).json.user?.id).toBe(user.id)
      expect((await rest(payload, 'GET', '/api/people', { token })).status).toBe(200)

      const logout = await rest(payload, 'POST', '/api/users/logout', { token })
      expect(logout.status).toBe(200)

      const after = await me(token)
      expect(after.status).toBe(200)
      expect(after.json.user).toBeNull()
      expect((await rest(payload, 'GET', '/api/people', { token })).status).toBe(403)
      const write = await rest(payload, 'POST', '/api/people', { token, body: { fullName: 'Après déconnexion', kind: 'adult' } })
      expect(write.status).toBe(403)
      const { totalDocs } = await payload.find({ collection: 'people', where: { fullName: { equals: 'Après déconnexion' } } })
      expect(totalDocs).toBe(0)

      // Sessions: logging out ends that session only, not the same person's other one.
      expect((await me(other)).json.user?.id).toBe(user.id)
    })
  })

  describe('cookie', () => {
    it('login sets payload-token HttpOnly, SameSite=Lax, Path=/, without Secure outside production', async () => {
      expect(process.env.NODE_ENV).not.toBe('production')
      const answer = await login(team.redaction.email, team.redaction.password)
      const cookie = answer.headers.get('set-cookie') ?? ''
      expect(cookie).toMatch(/^payload-token=[^;]+/)
      const attributes = cookie
        .split(';')
        .slice(1)
        .map((part) => part.trim().split('=')[0].toLowerCase())
      expect(attributes).toContain('httponly')
      expect(cookie).toMatch(/;\s*SameSite=Lax(;|$)/)
      expect(cookie).toMatch(/;\s*Path=\/(;|$)/)
      expect(attributes).not.toContain('secure')
      // The cookie carries the very token the answer gives, and it authenticates (no Origin: no CSRF check applies).
      const token = /^payload-token=([^;]+)/.exec(cookie)?.[1]
      expect(token).toBe(answer.json.token)
      const viaCookie = await rest(payload, 'GET', '/api/users/me', { headers: { cookie: `payload-token=${token}` } })
      expect(viaCookie.json.user?.id).toBe(team.redaction.id)
    })
  })
})
