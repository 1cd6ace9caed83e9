import type { Payload } from 'payload'
import { describe, expect, it } from 'vitest'

import { type Team, draftPost, setUpTeam } from '../helpers/fixtures'
import { rest, restLogin } from '../helpers/rest'
import { createUser } from '../helpers/testPayload'

/** FORBID-3: the code of conduct lives in the policy (versioned); each person accepts it for themselves only. */
describe('code of conduct (FORBID-3)', () => {
  let payload: Payload
  let team: Team
  setUpTeam((started, members) => {
    payload = started
    team = members
  })

  const accept = (token?: string, headers?: Record<string, string>) =>
    rest(payload, 'POST', '/api/users/accept-code-of-conduct', { token, headers })
  const account = (id: number | string) => payload.findByID({ collection: 'users', id, overrideAccess: true })
  const policy = () => payload.findGlobal({ slug: 'policy', overrideAccess: true })

  it('seeds a default text, in French and English, at version 1 with its date', async () => {
    const { codeOfConduct } = await policy()
    expect(codeOfConduct?.version).toBe(1)
    expect(codeOfConduct?.publishedAt).toBeTruthy()
    expect(codeOfConduct?.textFr).toMatch(/« ami »/)
    expect(codeOfConduct?.textFr).toMatch(/811/)
    expect(codeOfConduct?.textEn).toMatch(/friends/)
  })

  it('test fixtures are accepted by the system at the version in force', async () => {
    expect(await account(team.redaction.id)).toMatchObject({ codeOfConductVersion: 1, codeOfConductAcceptedAt: expect.any(String) })
    expect(await account(team.newcomer.id)).toMatchObject({ codeOfConductAcceptedAt: null, codeOfConductVersion: null })
  })

  it('records date and version for the signed-in person, through REST', async () => {
    const person = await createUser(payload, ['redaction'], { codeOfConductAcceptedAt: null })
    const token = await restLogin(payload, person.email, person.password)
    const before = Date.now()
    const answer = await accept(token)
    expect(answer.status).toBe(200)
    expect(answer.json).toEqual({ codeOfConductAcceptedAt: expect.any(String), codeOfConductVersion: 1 })
    const stored = await account(person.id)
    expect(Date.parse(stored.codeOfConductAcceptedAt!)).toBeGreaterThanOrEqual(before - 1000)
    expect(stored.codeOfConductVersion).toBe(1)
    // and FORBID-3 no longer blocks them
    const post = await draftPost(payload, { ...person, ...stored, collection: 'users', password: person.password })
    expect(post.id).toBeTruthy()
  })

  it('refuses anonymous (401) and role-less accounts (403), in the person’s language', async () => {
    const anonymous = await accept(undefined, { 'accept-language': 'fr' })
    expect(anonymous.status).toBe(401)
    expect(anonymous.json.errors[0].message).toMatch(/Connectez-vous/)
    const roleless = await createUser(payload, [], { codeOfConductAcceptedAt: null })
    const answer = await accept(await restLogin(payload, roleless.email, roleless.password), { 'accept-language': 'en' })
    expect(answer.status).toBe(403)
    expect(answer.json.errors[0].message).toMatch(/no role/)
    expect((await account(roleless.id)).codeOfConductAcceptedAt).toBeNull()
  })

  it('nobody sets an acceptance through a save, not even an administrator: local API with a user and REST', async () => {
    const person = await createUser(payload, ['redaction'], { codeOfConductAcceptedAt: null })
    const data = { codeOfConductAcceptedAt: '2026-01-05T14:00:00.000Z', codeOfConductVersion: 99 }
    for (const actor of [team.admin, person]) {
      await payload.update({ collection: 'users', id: person.id, data: data as never, user: actor, overrideAccess: false })
      expect(await account(person.id)).toMatchObject({ codeOfConductAcceptedAt: null, codeOfConductVersion: null })
    }
    for (const actor of [team.admin, person]) {
      const token = await restLogin(payload, actor.email, actor.password)
      const answer = await rest(payload, 'PATCH', `/api/users/${person.id}`, { token, body: data })
      expect(answer.status).toBe(200)
      expect(await account(person.id)).toMatchObject({ codeOfConductAcceptedAt: null, codeOfConductVersion: null })
    }
    // an administrator creating an account cannot mark it accepted either
    const token = await restLogin(payload, team.admin.email, team.admin.password)
    const created = await rest(payload, 'POST', '/api/users', {
      token,
      body: {
        email: 'new-person@test.balises.test',
        name: 'Nouvelle personne',
        password: 'Mot-de-passe-nouveau-1',
        roles: ['redaction'],
        ...data,
      },
    })
    expect(created.status).toBe(201)
    expect(await account(created.json.doc.id)).toMatchObject({ codeOfConductAcceptedAt: null, codeOfConductVersion: null })
  })

  it('the endpoint takes no account ID nor any body: an administrator naming someone is refused, nothing written', async () => {
    const person = await createUser(payload, ['redaction'], { codeOfConductAcceptedAt: null })
    const admin = await createUser(payload, ['admin'], { codeOfConductAcceptedAt: null })
    const token = await restLogin(payload, admin.email, admin.password)
    const answer = await rest(payload, 'POST', '/api/users/accept-code-of-conduct', {
      token,
      body: { id: person.id, user: person.id },
      headers: { 'accept-language': 'fr' },
    })
    expect(answer.status).toBe(400)
    expect(answer.json.errors[0].message).toMatch(/que pour soi-même/)
    expect((await account(person.id)).codeOfConductAcceptedAt).toBeNull()
    expect((await account(admin.id)).codeOfConductAcceptedAt).toBeNull()
  })

  it('a new version of the code voids older acceptances until the person accepts again', async () => {
    const person = await createUser(payload, ['redaction'])
    expect((await account(person.id)).codeOfConductVersion).toBe(1)
    const current = await policy()
    // another save of the policy that keeps the text keeps the version
    await payload.updateGlobal({ slug: 'policy', data: { weeklyHours: 5 }, user: team.responsable, overrideAccess: false })
    expect((await policy()).codeOfConduct?.version).toBe(1)
    // nobody types a version
    await payload.updateGlobal({
      slug: 'policy',
      data: { codeOfConduct: { ...current.codeOfConduct, version: 7 } },
      user: team.responsable,
      overrideAccess: false,
    })
    expect((await policy()).codeOfConduct?.version).toBe(1)

    await payload.updateGlobal({
      slug: 'policy',
      data: { codeOfConduct: { ...current.codeOfConduct, textFr: `${current.codeOfConduct?.textFr}\n\n7. Une règle de plus.` } },
      user: team.responsable,
      overrideAccess: false,
    })
    const bumped = (await policy()).codeOfConduct
    expect(bumped?.version).toBe(2)
    expect(Date.parse(bumped!.publishedAt!)).toBeGreaterThan(Date.parse(current.codeOfConduct!.publishedAt!) - 1)

    const refused = await draftPost(payload, person).then(
      () => null,
      (error: { data?: { errors?: { path: string; message: string }[] } }) => error.data?.errors,
    )
    expect(refused).toEqual([expect.objectContaining({ path: 'title', message: expect.stringMatching(/^FORBID-3 : .*J’accepte/) })])

    const token = await restLogin(payload, person.email, person.password)
    expect((await accept(token)).json).toMatchObject({ codeOfConductVersion: 2 })
    const post = await draftPost(payload, { ...person, ...(await account(person.id)), collection: 'users', password: person.password })
    expect(post.id).toBeTruthy()

    // a fixture created now is accepted at the version in force
    expect((await account((await createUser(payload, ['redaction'])).id)).codeOfConductVersion).toBe(2)
  })

  it('FORBID-3 holds for images, positions, people and consents too, with the version', async () => {
    const stale = await createUser(payload, ['responsable'])
    await payload.update({ collection: 'users', id: stale.id, data: { codeOfConductVersion: 1 } as never, overrideAccess: true })
    const user = { ...stale, ...(await account(stale.id)), collection: 'users' as const }
    const version = (await policy()).codeOfConduct?.version ?? 1
    expect(version).toBeGreaterThan(1)
    await expect(
      payload.create({ collection: 'people', data: { fullName: 'Personne test', ageBand: 'adult' } as never, user, overrideAccess: false }),
    ).rejects.toMatchObject({ data: { errors: [expect.objectContaining({ message: expect.stringMatching(/FORBID-3/) })] } })
  })
})
