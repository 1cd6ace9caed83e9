import type { Endpoint, PayloadRequest } from 'payload'

import { ACCEPT_CODE_FLAG } from '../../hooks/recordCodeOfConductAcceptance'
import { canAcceptCodeOfConduct } from '../access/canAcceptCodeOfConduct'
import type { BalisesSlugs } from '../slugs'
import { translate } from '../translations'
import { requestHasBody } from './requestHasBody'

/**
 * `POST /api/users/accept-code-of-conduct` (FORBID-3): the signed-in person accepts the version of
 * the code of conduct in force, for themselves. It takes no body (one is refused with 400): the date
 * is now and the version is the policy's; nobody can accept for another account.
 */
export const acceptCodeOfConductEndpoint = (usersSlug: BalisesSlugs['users']): Endpoint => ({
  path: '/accept-code-of-conduct',
  method: 'post',
  handler: async (req: PayloadRequest) => {
    const language = req.i18n?.language
    const allowed = canAcceptCodeOfConduct(req, usersSlug)
    if (allowed === 'signedOut')
      return Response.json({ errors: [{ message: translate(language, 'forms:acceptSelfOnly') }] }, { status: 401 })
    if (allowed === 'noRole') return Response.json({ errors: [{ message: translate(language, 'forms:acceptNoRole') }] }, { status: 403 })
    if (await requestHasBody(req))
      return Response.json({ errors: [{ message: translate(language, 'forms:acceptTakesNoBody') }] }, { status: 400 })
    const previous = req.context[ACCEPT_CODE_FLAG]
    req.context[ACCEPT_CODE_FLAG] = true
    try {
      const user = (await req.payload.update({
        collection: usersSlug,
        id: req.user!.id,
        data: {},
        depth: 0,
        user: req.user,
        overrideAccess: false,
        req,
      })) as { codeOfConductAcceptedAt?: string | null; codeOfConductVersion?: number | null }
      return Response.json(
        { codeOfConductAcceptedAt: user.codeOfConductAcceptedAt, codeOfConductVersion: user.codeOfConductVersion },
        { headers: { 'cache-control': 'no-store' } },
      )
    } finally {
      req.context[ACCEPT_CODE_FLAG] = previous
    }
  },
})
