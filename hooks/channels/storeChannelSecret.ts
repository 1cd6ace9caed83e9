import { ValidationError, type CollectionBeforeChangeHook } from 'payload'

import { CredentialsKeyError, encryptSecret } from '../../src/connectors/credentialsCipher'
import { channelAccountProblems } from '../../src/connectors/accountSettings'
import { translate } from '../../src/translations'

/** Settings a new secret invalidates the last health check of. */
const CONNECTION_FIELDS = ['network', 'serverUrl', 'identifier'] as const

/**
 * A channel account's secret arrives in the virtual `secret` field and leaves it encrypted in
 * `secretStored`; the typed value is dropped here, so no later hook, log or version sees it.
 */
export const storeChannelSecret: CollectionBeforeChangeHook = ({ collection, data, originalDoc, req, operation }) => {
  const language = req.i18n?.language
  const secret = typeof data.secret === 'string' ? data.secret.trim() : ''
  delete data.secret
  const merged = { ...(originalDoc ?? {}), ...data }
  const errors = channelAccountProblems(merged, language)
  if (operation === 'create' && !secret) errors.push({ path: 'secret', message: translate(language, 'channelAccounts:secretRequired') })
  if (errors.length > 0) throw new ValidationError({ collection: collection.slug, errors, req })
  const connectionChanged = CONNECTION_FIELDS.some((field) => field in data && data[field] !== originalDoc?.[field])
  if (secret) {
    try {
      data.secretStored = encryptSecret(secret)
    } catch (error) {
      if (!(error instanceof CredentialsKeyError)) throw error
      req.payload.logger.error(error.message)
      throw new ValidationError({
        collection: collection.slug,
        errors: [{ path: 'secret', message: translate(language, 'channelAccounts:noKey') }],
        req,
      })
    }
    data.secretSetAt = new Date().toISOString()
  }
  if (secret || connectionChanged) {
    Object.assign(data, { health: 'unchecked', healthDetail: null, healthCheckedAt: null, accountName: null, rateLimitedUntil: null })
  }
  return data
}
