import { ValidationError, type CollectionBeforeValidateHook } from 'payload'

import { translate } from '../src/translations'

/** A consent signed for someone else names its signatory (PRIV-2); its dates are in order. */
export const validateConsent: CollectionBeforeValidateHook = ({ collection, data, originalDoc, req }) => {
  const consent = { ...(originalDoc ?? {}), ...(data ?? {}) }
  const language = req.i18n?.language
  const errors: { path: string; message: string }[] = []
  if (['parent', 'tutor'].includes(consent.relationship) && !String(consent.signatoryName ?? '').trim()) {
    errors.push({ path: 'signatoryName', message: translate(language, 'consents:signatoryRequired') })
  }
  if (consent.validFrom && consent.expiresAt && new Date(consent.expiresAt) <= new Date(consent.validFrom)) {
    errors.push({ path: 'expiresAt', message: translate(language, 'consents:expiryBeforeStart') })
  }
  if (errors.length > 0) throw new ValidationError({ collection: collection.slug, errors, req })
  return data
}
