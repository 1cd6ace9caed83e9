/** PRIV-4: how long a consent is kept after it ends when the policy says nothing (months). */
export const DEFAULT_CONSENT_RETENTION_MONTHS = 24

/** The policy's `consentRetentionMonths` when it is a sensible whole number of months, else the default. */
export function retentionMonths(value: unknown): number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 1200 ? value : DEFAULT_CONSENT_RETENTION_MONTHS
}

function addMonths(date: Date, months: number): Date {
  const result = new Date(date.getTime())
  const day = result.getUTCDate()
  result.setUTCDate(1)
  result.setUTCMonth(result.getUTCMonth() + months)
  const last = new Date(Date.UTC(result.getUTCFullYear(), result.getUTCMonth() + 1, 0)).getUTCDate()
  result.setUTCDate(Math.min(day, last))
  return result
}

function parsed(value: unknown): Date | null {
  if (typeof value !== 'string' && !(value instanceof Date)) return null
  const date = new Date(value)
  return Number.isNaN(date.getTime()) ? null : date
}

/**
 * The default retention date of a consent: the policy's period after the consent ends (its
 * withdrawal, else its expiry). A consent without an end gets none yet (null): the purge destroys
 * whatever is past its date, and a consent still in force must never be destroyed. Its date is set
 * when it ends (the withdrawal's save runs validateConsent again).
 */
export function defaultRetentionUntil(consent: { revokedAt?: unknown; expiresAt?: unknown }, policyMonths: unknown): string | null {
  const end = parsed(consent.revokedAt) ?? parsed(consent.expiresAt)
  return end ? addMonths(end, retentionMonths(policyMonths)).toISOString() : null
}
