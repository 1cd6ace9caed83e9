import { describe, expect, it } from 'vitest'

import { startApp } from './helpers/app'
import { apiToken } from './helpers/session'

const STARTS = 3

/**
 * A refused save must name its rule in `data.errors` on every start, whichever part of the app
 * starts Payload first (an admin page before any API call stripped them: keepValidationErrorData.ts).
 */
describe('refused saves keep their rule message on a started server (npm start, several starts in a row)', () => {
  it(`answers a 300-character X text with CHAN-1 at channels.0.text on ${STARTS} consecutive starts`, async () => {
    for (let start = 1; start <= STARTS; start++) {
      const app = await startApp({}, 240_000, { npm: true })
      try {
        // What a person does first: open the admin, then save.
        expect((await fetch(`${app.url}/admin/login`)).status).toBe(200)
        const token = await apiToken(app, 'redaction')
        const category = (
          (await (
            await fetch(`${app.url}/api/categories?where[code][equals]=CAT-2&depth=0`, { headers: { authorization: `JWT ${token}` } })
          ).json()) as { docs: { id: number }[] }
        ).docs[0]
        const response = await fetch(`${app.url}/api/posts`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
          body: JSON.stringify({
            title: 'Un texte trop long pour X',
            category: category.id,
            channels: [{ channel: 'x', text: 'a'.repeat(300) }],
          }),
        })
        const body = (await response.json()) as { errors: { data?: { errors: { path: string; message: string }[] } }[] }
        expect(response.status, `start ${start}: ${JSON.stringify(body)}`).toBe(400)
        expect(body.errors[0].data?.errors, `start ${start}: ${JSON.stringify(body)}`).toEqual([
          expect.objectContaining({
            path: 'channels.0.text',
            message: expect.stringMatching(/^CHAN-1 : le texte X compte 300 caractères/),
          }),
        ])
      } finally {
        await app.stop()
      }
    }
  })
})
