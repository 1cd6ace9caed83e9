import type { Payload } from 'payload'

import { decryptSecret, encryptSecret } from '../connectors/credentialsCipher'
import { credentialsOf } from '../connectors/networks'
import type { ConnectedNetwork, CredentialsOf } from '../connectors/types'
import { slugsOf } from '../slugs'

export type ChannelAccount = {
  id: number | string
  name: string
  network: ConnectedNetwork
  serverUrl?: string | null
  identifier?: string | null
  active?: boolean | null
  health?: string | null
  rateLimitedUntil?: string | null
  secretStored?: string | null
}

/** The account with its hidden encrypted secret: for the delivery jobs only, never for a response. */
export async function readAccount(payload: Payload, id: number | string): Promise<ChannelAccount | null> {
  return (await payload
    .findByID({ collection: slugsOf(payload).channelAccounts, id, depth: 0, overrideAccess: true, showHiddenFields: true })
    .catch(() => null)) as ChannelAccount | null
}

/**
 * The account's credentials for its connector. A secret still under the previous key is stored
 * again under the current one (key rotation, src/connectors/credentialsCipher.ts).
 */
export async function credentialsFor<N extends ConnectedNetwork>(
  payload: Payload,
  account: ChannelAccount & { network: N },
): Promise<CredentialsOf[N] | null> {
  if (!account.secretStored) return null
  const { plain, stale } = decryptSecret(account.secretStored)
  if (stale) await rewrap(payload, account.id, plain)
  return credentialsOf(account, plain)
}

async function rewrap(payload: Payload, id: number | string, plain: string): Promise<void> {
  await payload.db.updateOne({ collection: slugsOf(payload).channelAccounts, id, data: { secretStored: encryptSecret(plain) } })
}

/** Re-encrypts every stored secret under the current key; returns how many it rewrote. */
export async function rotateCredentials(payload: Payload): Promise<number> {
  const all = await payload.find({
    collection: slugsOf(payload).channelAccounts,
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
    showHiddenFields: true,
  })
  let rewritten = 0
  for (const account of all.docs as ChannelAccount[]) {
    if (!account.secretStored) continue
    const { plain, stale } = decryptSecret(account.secretStored)
    if (!stale) continue
    await rewrap(payload, account.id, plain)
    rewritten += 1
  }
  return rewritten
}
