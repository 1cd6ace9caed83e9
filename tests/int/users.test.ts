import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createUser, startTestPayload, type TestPayload } from '../helpers/testPayload'

describe('users and roles (local API, overrideAccess: false)', () => {
  let test: TestPayload
  let payload: Payload
  let admin: Awaited<ReturnType<typeof createUser>>
  let redaction: Awaited<ReturnType<typeof createUser>>
  let responsable: Awaited<ReturnType<typeof createUser>>

  beforeAll(async () => {
    test = await startTestPayload()
    payload = test.payload
    // The first account of an empty database becomes an administrator, whatever it asked for.
    admin = await createUser(payload, ['redaction'])
    redaction = await createUser(payload, ['redaction'])
    responsable = await createUser(payload, ['responsable', 'collective'])
  })
  afterAll(async () => {
    await test?.close()
  })

  it('makes the first account an administrator, and later ones what they asked for', () => {
    expect(admin.roles).toEqual(['admin'])
    expect(redaction.roles).toEqual(['redaction'])
    expect(responsable.roles).toEqual(['responsable', 'collective'])
  })

  it('lets only administrators create accounts', async () => {
    await expect(
      payload.create({
        collection: 'users',
        data: { email: 'intrus@test.balises.test', name: 'Intrus', password: 'Mot-de-passe-12', roles: ['admin'] },
        user: responsable,
        overrideAccess: false,
      }),
    ).rejects.toMatchObject({ status: 403 })
    const created = await payload.create({
      collection: 'users',
      data: { email: 'nouvelle@test.balises.test', name: 'Nouvelle', password: 'Mot-de-passe-12', roles: ['collective'] },
      user: admin,
      overrideAccess: false,
    })
    expect(created.roles).toEqual(['collective'])
  })

  it('ignores a role change by anyone but an administrator', async () => {
    const updated = await payload.update({
      collection: 'users',
      id: redaction.id,
      data: { roles: ['admin'], name: 'Rémi modifié' },
      user: redaction,
      overrideAccess: false,
    })
    expect(updated.name).toBe('Rémi modifié')
    expect(updated.roles).toEqual(['redaction'])
    const stored = await payload.findByID({ collection: 'users', id: redaction.id })
    expect(stored.roles).toEqual(['redaction'])
  })

  it('lets an administrator change roles', async () => {
    const updated = await payload.update({
      collection: 'users',
      id: redaction.id,
      data: { roles: ['redaction', 'collective'] },
      user: admin,
      overrideAccess: false,
    })
    expect(updated.roles).toEqual(['redaction', 'collective'])
  })

  it("keeps other people's accounts out of reach of non-administrators (their name excepted)", async () => {
    const seen = await payload.find({ collection: 'users', user: redaction, overrideAccess: false, limit: 100 })
    // Colleagues are seen by name only; one's own account whole.
    expect(seen.docs.map((user) => user.id)).toEqual(expect.arrayContaining([redaction.id, responsable.id]))
    const other = seen.docs.find((user) => user.id === responsable.id)!
    // Payload adds `collection`; its `sessions` (readable only by oneself) is dropped, even empty (withoutOthersSessions).
    expect(other).toEqual({ id: responsable.id, name: responsable.name, collection: 'users' })
    const own = seen.docs.find((user) => user.id === redaction.id)!
    expect(own.email).toBe(redaction.email)
    await expect(
      payload.update({ collection: 'users', id: responsable.id, data: { name: 'x' }, user: redaction, overrideAccess: false }),
    ).rejects.toMatchObject({ status: 403 })
    await expect(payload.find({ collection: 'users', overrideAccess: false })).rejects.toMatchObject({ status: 403 })
  })

  it('locks an account after 5 wrong passwords, even for the right one', async () => {
    const target = await createUser(payload, ['redaction'])
    for (let attempt = 0; attempt < 5; attempt++) {
      await expect(
        payload.login({ collection: 'users', data: { email: target.email, password: 'faux-mot-de-passe' } }),
      ).rejects.toMatchObject({ status: 401 })
    }
    await expect(payload.login({ collection: 'users', data: { email: target.email, password: target.password } })).rejects.toMatchObject({
      name: 'LockedAuth',
    })
    const stored = await payload.findByID({ collection: 'users', id: target.id, showHiddenFields: true })
    const lockedFor = new Date(stored.lockUntil as string).getTime() - Date.now()
    expect(lockedFor).toBeGreaterThan(9 * 60 * 1000)
    expect(lockedFor).toBeLessThanOrEqual(10 * 60 * 1000)
  })
})
