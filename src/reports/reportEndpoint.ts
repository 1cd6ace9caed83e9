import type { Endpoint, PayloadRequest } from 'payload'

import { isBalisesUser } from '../access/isBalisesUser'
import { translate } from '../translations'
import { csvFilename, reportToCsv } from './csv'
import { loadActivityReport, readReportPolicy } from './loadActivityReport'
import { parseReportQuery, type ReportLanguage } from './reportQuery'

function userLanguage(req: PayloadRequest): ReportLanguage {
  return req.i18n?.language === 'en' ? 'en' : 'fr'
}

/** Query parameters as zod sees them: a repeated parameter stays a list (and is refused). */
function queryOf(req: PayloadRequest): Record<string, unknown> {
  const params = new URL(req.url ?? '', 'http://localhost').searchParams
  const query: Record<string, unknown> = {}
  for (const name of new Set(params.keys())) {
    const values = params.getAll(name)
    query[name] = values.length === 1 ? values[0] : values
  }
  return query
}

/**
 * GET /api/reports/activity[?from=YYYY-MM-DD&to=YYYY-MM-DD&format=json|csv&lang=fr|en] (GOV-3):
 * the activity report of the period (`to` excluded; default: the policy's current reporting
 * year), as JSON or as a CSV download. For anyone with a Balises role, read with their access.
 */
export const activityReportEndpoint: Endpoint = {
  path: '/reports/activity',
  method: 'get',
  handler: async (req) => {
    const language = userLanguage(req)
    if (!req.user) return Response.json({ errors: [{ message: translate(language, 'reports:unauthorized') }] }, { status: 401 })
    if (!isBalisesUser(req.user)) {
      return Response.json({ errors: [{ message: translate(language, 'reports:notAllowed') }] }, { status: 403 })
    }
    const reader = { payload: req.payload, user: req.user, req }
    const policy = await readReportPolicy(reader)
    const parsed = parseReportQuery(queryOf(req), { ...policy, now: new Date(), language })
    if (!parsed.ok) return Response.json({ errors: parsed.errors }, { status: 400 })
    const query = parsed.value
    const report = await loadActivityReport(reader, { from: query.from, to: query.to, timeZone: policy.timeZone })
    if (query.format === 'csv') {
      return new Response(reportToCsv(report, query.lang), {
        status: 200,
        headers: {
          'content-type': 'text/csv; charset=utf-8',
          'content-disposition': `attachment; filename="${csvFilename(report, query.lang)}"`,
          'cache-control': 'no-store',
        },
      })
    }
    return Response.json(report, { headers: { 'cache-control': 'no-store' } })
  },
}
