import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { seed } from '../../dev/seed/seed'
import { createUser, startTestPayload, type TestPayload } from '../helpers/testPayload'

describe('categories (access)', () => {
  let test: TestPayload
  let payload: Payload
  let responsable: Awaited<ReturnType<typeof createUser>>
  let redaction: Awaited<ReturnType<typeof createUser>>

  beforeAll(async () => {
    test = await startTestPayload()
    payload = test.payload
    await seed(payload, { demo: false, timeZone: 'America/Toronto' })
    await createUser(payload, ['admin'])
    responsable = await createUser(payload, ['responsable'])
    redaction = await createUser(payload, ['redaction'])
  })
  afterAll(async () => {
    await test?.close()
  })

  it('shows the public only active categories; staff see retired ones too', async () => {
    const cat9 = await payload.find({ collection: 'categories', where: { code: { equals: 'CAT-9' } } })
    await payload.update({
      collection: 'categories',
      id: cat9.docs[0].id,
      data: { retired: true },
      user: responsable,
      overrideAccess: false,
    })
    const anonymous = await payload.find({ collection: 'categories', overrideAccess: false, limit: 0, pagination: false })
    expect(anonymous.docs.map((category) => category.code)).not.toContain('CAT-9')
    expect(anonymous.docs).toHaveLength(9)
    const staff = await payload.find({ collection: 'categories', user: redaction, overrideAccess: false, limit: 0, pagination: false })
    expect(staff.docs).toHaveLength(10)
  })

  it('never deletes a category, even for an administrator', async () => {
    const admin = (await payload.find({ collection: 'users', where: { roles: { contains: 'admin' } } })).docs[0]
    const cat1 = (await payload.find({ collection: 'categories', where: { code: { equals: 'CAT-1' } } })).docs[0]
    await expect(
      payload.delete({ collection: 'categories', id: cat1.id, user: { ...admin, collection: 'users' }, overrideAccess: false }),
    ).rejects.toMatchObject({ status: 403 })
    expect((await payload.count({ collection: 'categories' })).totalDocs).toBe(10)
  })

  it('lets only the responsible person and administrators edit categories', async () => {
    const cat2 = (await payload.find({ collection: 'categories', where: { code: { equals: 'CAT-2' } } })).docs[0]
    await expect(
      payload.update({ collection: 'categories', id: cat2.id, data: { color: '#000000' }, user: redaction, overrideAccess: false }),
    ).rejects.toMatchObject({ status: 403 })
    const updated = await payload.update({
      collection: 'categories',
      id: cat2.id,
      data: { color: '#123456' },
      user: responsable,
      overrideAccess: false,
    })
    expect(updated.color).toBe('#123456')
  })
})
