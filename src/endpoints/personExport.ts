import type { Endpoint, PayloadRequest } from 'payload'

import { collectPersonRecord } from '../privacy/personRecord'
import { mayManagePersonalData } from '../access/mayManagePersonalData'
import { translate, type TranslationKey } from '../translations'

function refusal(status: number, message: string): Response {
  return Response.json({ errors: [{ message }] }, { status, headers: { 'cache-control': 'no-store' } })
}

/**
 * GET /api/people/:id/export: the right of access (Law 25). Everything held about one person as a
 * JSON download, read with the caller's own access. Responsible person and administrators only.
 */
export const personExportEndpoint: Endpoint = {
  path: '/:id/export',
  method: 'get',
  handler: async (req: PayloadRequest) => {
    const say = (key: TranslationKey) => translate(req.i18n?.language, key)
    if (!req.user) return refusal(401, say('personExport:notSignedIn'))
    if (!mayManagePersonalData(req.user)) return refusal(403, say('personExport:notAllowed'))
    const id = String(req.routeParams?.id ?? '')
    const record = await collectPersonRecord(req, id)
    if (!record) return refusal(404, say('personExport:notFound'))
    const day = record.generatedAt.slice(0, 10)
    return new Response(JSON.stringify(record, null, 2), {
      status: 200,
      headers: {
        'content-type': 'application/json; charset=utf-8',
        // The person's ID only: a name in the file name would end up in download histories.
        'content-disposition': `attachment; filename="personne-${record.person.id}-${day}.json"`,
        'cache-control': 'no-store',
      },
    })
  },
}
