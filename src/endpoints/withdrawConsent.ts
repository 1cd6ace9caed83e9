import type { Endpoint, PayloadRequest } from 'payload'
import { z } from 'zod'

import { WITHDRAWAL_OUTCOME, withdrawalMessage, type WithdrawalOutcome } from '../privacy/withdrawalOutcome'
import { REVOCATION_METHODS } from '../revocationMethods'
import { mayManagePersonalData } from '../access/mayManagePersonalData'
import { translate, type TranslationKey } from '../translations'
import { slugsOf } from '../slugs'

/** A request sent a little late by a slow clock is not "in the future". */
const CLOCK_TOLERANCE_MS = 5 * 60 * 1000

const withdrawBody = z.object({
  withdrawnAt: z.string().max(64).optional(),
  method: z.enum(REVOCATION_METHODS),
})

function answer(status: number, errors: { path?: string; message: string }[]): Response {
  return Response.json({ errors }, { status })
}

/**
 * POST /api/consents/:id/withdraw { withdrawnAt?, method }: PRIV-3's one action. Sets the withdrawal
 * date (default now) and how the request came, as the person asking (overrideAccess: false); the
 * consent's cascade unschedules the planned posts and lists published ones, in the same transaction.
 * Answers with what the cascade did.
 */
export const withdrawConsentEndpoint: Endpoint = {
  path: '/:id/withdraw',
  method: 'post',
  handler: async (req: PayloadRequest) => {
    const lang = req.i18n?.language
    const say = (key: TranslationKey, variables?: Record<string, string | number>) => translate(lang, key, variables)
    if (!req.user) return answer(401, [{ message: say('withdrawal:notSignedIn') }])
    if (!mayManagePersonalData(req.user)) return answer(403, [{ message: say('withdrawal:notAllowed') }])

    const parsed = withdrawBody.safeParse(await req.json?.().catch(() => null))
    if (!parsed.success) return answer(400, [{ path: 'method', message: say('withdrawal:invalidMethod') }])
    const withdrawnAt = parsed.data.withdrawnAt ? new Date(parsed.data.withdrawnAt) : new Date()
    if (Number.isNaN(withdrawnAt.getTime())) return answer(400, [{ path: 'withdrawnAt', message: say('withdrawal:invalidDate') }])
    if (withdrawnAt.getTime() > Date.now() + CLOCK_TOLERANCE_MS) {
      return answer(400, [{ path: 'withdrawnAt', message: say('withdrawal:futureDate') }])
    }

    const id = String(req.routeParams?.id ?? '')
    const { payload } = req
    const consent = /^[A-Za-z0-9_-]{1,64}$/.test(id)
      ? await payload
          .findByID({ collection: slugsOf(payload).consents, id, depth: 0, user: req.user, overrideAccess: false, req })
          .catch(() => null)
      : null
    if (!consent) return answer(404, [{ message: say('withdrawal:notFound') }])
    if (consent.revokedAt) {
      const date = new Intl.DateTimeFormat(lang === 'en' ? 'en-CA' : 'fr-CA', { dateStyle: 'long' }).format(new Date(consent.revokedAt))
      return answer(409, [{ path: 'revokedAt', message: say('withdrawal:alreadyWithdrawn', { date }) }])
    }

    await payload.update({
      collection: slugsOf(payload).consents,
      id: consent.id,
      data: { revokedAt: withdrawnAt.toISOString(), revocationMethod: parsed.data.method },
      user: req.user,
      overrideAccess: false,
      req,
    })
    const outcome = (req.context[WITHDRAWAL_OUTCOME] as WithdrawalOutcome | undefined) ?? { unscheduled: 0, takedowns: 0 }
    return Response.json({ id: consent.id, revokedAt: withdrawnAt.toISOString(), ...outcome, message: withdrawalMessage(lang, outcome) })
  },
}
