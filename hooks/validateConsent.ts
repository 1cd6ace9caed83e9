import { ValidationError, type CollectionBeforeChangeHook, type CollectionBeforeValidateHook, type PayloadRequest } from 'payload'

import { loadPolicy } from '../src/policy/loadPolicy'
import { defaultRetentionUntil } from '../src/privacy/consentRetention'
import { translate } from '../src/translations'

/** A consent signed for someone else names its signatory (PRIV-2); its dates are in order. */
export const validateConsent: CollectionBeforeValidateHook = async ({ collection, data, originalDoc, req }) => {
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
  if (!data || consent.retentionUntil) return data
  // PRIV-4: left empty, the retention date is the policy's period after the consent ends (none while it has no end).
  return { ...data, retentionUntil: await retentionDefault(req, consent) }
}

async function retentionDefault(req: PayloadRequest, consent: Record<string, unknown>): Promise<string | null> {
  const policy = (await loadPolicy(req).catch(() => null)) as Record<string, unknown> | null
  return defaultRetentionUntil(consent, policy?.consentRetentionMonths)
}

/**
 * PRIV-4: a consent without its signed form may still authorise posts only when the responsible
 * person writes where the form is kept (`evidenceWaiver`); who wrote it and when are set here, never
 * by the request. `formOnFile` says, for the list and its filters, whether either is there.
 */
export const recordEvidenceWaiver: CollectionBeforeChangeHook = ({ data, originalDoc, req }) => {
  const merged = { ...(originalDoc ?? {}), ...data }
  const waiver = typeof merged.evidenceWaiver === 'string' ? merged.evidenceWaiver.trim() : ''
  const before = typeof originalDoc?.evidenceWaiver === 'string' ? originalDoc.evidenceWaiver.trim() : ''
  const next: Record<string, unknown> = { ...data, formOnFile: Boolean(merged.evidence) || waiver.length > 0 }
  if ('evidenceWaiver' in data) next.evidenceWaiver = waiver || null
  if (waiver !== before) {
    next.evidenceWaiverBy = waiver ? (req.user?.id ?? null) : null
    next.evidenceWaiverAt = waiver ? new Date().toISOString() : null
  }
  return next
}
