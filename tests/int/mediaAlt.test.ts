import type { Payload } from 'payload'
import sharp from 'sharp'
import { describe, expect, it } from 'vitest'

import { setUpTeam, type Team } from '../helpers/fixtures'

/** Issue 15: the networks receive each image with its alternative text, so no image is stored without one. */
describe('an image needs its alternative text', () => {
  let payload: Payload
  let team: Team
  setUpTeam((started, members) => {
    payload = started
    team = members
  })

  const png = () =>
    sharp({ create: { width: 16, height: 12, channels: 3, background: '#aa6633' } })
      .png()
      .toBuffer()
  const count = async () => (await payload.count({ collection: 'media', overrideAccess: true })).totalDocs

  async function refusal(alt: string | undefined, user: Team['redaction']) {
    const data = await png()
    try {
      await payload.create({
        collection: 'media',
        data: { ...(alt === undefined ? {} : { alt }), noIdentifiablePerson: true },
        file: { data, mimetype: 'image/png', name: `sans-texte-${Date.now()}.png`, size: data.length },
        user,
        overrideAccess: false,
      })
    } catch (error) {
      return error as { status?: number; data?: { errors?: { path: string; message: string }[] } }
    }
    return null
  }

  it('none, or only spaces: refused at the field in French, and nothing is stored', async () => {
    const before = await count()
    for (const [alt, user] of [
      [undefined, team.redaction],
      ['   ', team.responsable],
    ] as const) {
      const error = await refusal(alt, user)
      expect(error?.status).toBe(400)
      expect(error?.data?.errors).toEqual([
        { path: 'alt', label: expect.anything(), message: expect.stringContaining('texte de remplacement') },
      ])
    }
    expect(await count()).toBe(before)
  })

  it('with one sentence, a writer stores it; the text is kept as written', async () => {
    const data = await png()
    const image = await payload.create({
      collection: 'media',
      data: { alt: 'Des enfants dessinent autour d’une table, vus de dos.', noIdentifiablePerson: true },
      file: { data, mimetype: 'image/png', name: `avec-texte-${Date.now()}.png`, size: data.length },
      user: team.redaction,
      overrideAccess: false,
    })
    expect(image.alt).toBe('Des enfants dessinent autour d’une table, vus de dos.')
  })
})
