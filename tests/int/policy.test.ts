import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { defaultPolicy } from '../../src/policy/defaults'
import { createUser, startTestPayload, type TestPayload } from '../helpers/testPayload'

describe('policy settings global (zod validation, access)', () => {
  let test: TestPayload
  let payload: Payload
  let responsable: Awaited<ReturnType<typeof createUser>>
  let redaction: Awaited<ReturnType<typeof createUser>>

  beforeAll(async () => {
    test = await startTestPayload()
    payload = test.payload
    await createUser(payload, ['admin'])
    responsable = await createUser(payload, ['responsable'])
    redaction = await createUser(payload, ['redaction'])
    await payload.updateGlobal({ slug: 'policy', data: defaultPolicy('America/Toronto') })
  })
  afterAll(async () => {
    await test?.close()
  })

  it('refuses bad settings with a 400, the field path and a French reason; nothing is written', async () => {
    const error = await payload
      .updateGlobal({
        slug: 'policy',
        data: { timeZone: 'Québec/Montréal', frequency: [{ channel: 'x', targetPerWeek: 30, maxPerDay: 1 }] },
        user: responsable,
        overrideAccess: false,
      })
      .catch((caught: unknown) => caught)
    expect(error).toMatchObject({ status: 400 })
    const errors = (error as { data: { errors: { path: string; message: string }[] } }).data.errors
    expect(errors.map((item) => item.path).sort()).toEqual(['frequency.0.targetPerWeek', 'timeZone'])
    expect(errors[0].message).toMatch(/^Paramètre de politique invalide : /)
    const stored = await payload.findGlobal({ slug: 'policy' })
    expect(stored.timeZone).toBe('America/Toronto')
    expect(stored.frequency?.find((row) => row.channel === 'x')?.targetPerWeek).toBe(3)
  })

  it('accepts good settings from the responsible person', async () => {
    const updated = await payload.updateGlobal({
      slug: 'policy',
      data: { weeklyHours: 6 },
      user: responsable,
      overrideAccess: false,
    })
    expect(updated.weeklyHours).toBe(6)
  })

  it('lets staff read the policy but not change it; the public sees nothing', async () => {
    const read = await payload.findGlobal({ slug: 'policy', user: redaction, overrideAccess: false })
    expect(read.timeZone).toBe('America/Toronto')
    await expect(
      payload.updateGlobal({ slug: 'policy', data: { weeklyHours: 1 }, user: redaction, overrideAccess: false }),
    ).rejects.toMatchObject({ status: 403 })
    await expect(payload.findGlobal({ slug: 'policy', overrideAccess: false })).rejects.toMatchObject({ status: 403 })
  })
})
