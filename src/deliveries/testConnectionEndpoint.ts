import type { Endpoint, PayloadRequest } from 'payload'

import { mayManageChannels } from '../access/canManageChannels'
import { connectorOf } from '../connectors/registry'
import type { ConnectedNetwork } from '../connectors/types'
import { slugsOf } from '../slugs'
import { translate } from '../translations'
import { credentialsFor, readAccount } from './accountCredentials'
import { refusalOf, refuse } from './endpointGuards'
import { recordHealth } from './recordHealth'

/**
 * `POST /api/channel-accounts/:id/test` — « Tester la connexion »: one call to the network with the
 * stored credentials; the account's health says what it answered. Responsible person and admins only.
 */
export const testConnectionEndpoint: Endpoint = {
  path: '/:id/test',
  method: 'post',
  handler: async (req: PayloadRequest) => {
    const language = req.i18n?.language
    const refusal = await refusalOf(req, mayManageChannels, { noBody: true })
    if (refusal) return refusal
    const id = String(req.routeParams?.id ?? '')
    // The person must be able to read it through the access rules, not only the system.
    const visible = await req.payload
      .findByID({ collection: slugsOf(req).channelAccounts, id, depth: 0, user: req.user, overrideAccess: false, req })
      .catch(() => null)
    const account = visible ? await readAccount(req.payload, visible.id) : null
    if (!account) return refuse(404, [{ message: translate(language, 'channelAccounts:notFound') }])
    const credentials = await credentialsFor(req.payload, account).catch(() => null)
    if (!credentials) return refuse(400, [{ message: translate(language, 'channelAccounts:noSecret') }])
    const health = await connectorOf(account.network as ConnectedNetwork).testConnection(credentials as never)
    await recordHealth(req.payload, account.id, health)
    return Response.json(
      { health: health.state, accountName: health.state === 'ok' ? health.accountName : null },
      { headers: { 'cache-control': 'no-store' } },
    )
  },
}
