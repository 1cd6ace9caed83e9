import type { Endpoint } from 'payload'

import { checkCompliance, UNREADABLE_BODY } from './checkCompliance'

/**
 * `POST /api/posts/compliance` — body `{ id?, data }`: the rules' findings for a post as it is
 * being edited, for the admin's compliance panel. Signed-in people with a Balises role only; the
 * stored post is read with their own access; nothing is written.
 */
export const complianceEndpoint: Endpoint = {
  path: '/compliance',
  method: 'post',
  handler: async (req) => {
    let body: unknown = UNREADABLE_BODY
    try {
      body = req.json ? await req.json() : UNREADABLE_BODY
    } catch {
      body = UNREADABLE_BODY
    }
    const answer = await checkCompliance(req, body)
    return Response.json(answer.body, { status: answer.status, headers: { 'cache-control': 'no-store' } })
  },
}
