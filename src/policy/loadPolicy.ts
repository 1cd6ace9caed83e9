import type { Payload, PayloadRequest, TypedUser } from 'payload'

import { cachedReference } from '../../hooks/engine/referenceCache'
import { DEFAULT_TIME_ZONE } from '../time/zonedTime'
import { DEFAULT_CONSENT_RETENTION_MONTHS } from './defaults'
import { slugsOf } from '../slugs'
import type { PolicyDoc } from '../types'

/**
 * The policy settings, with the zone every date is read in (the default one when none is set) and
 * the PRIV-4 retention of a consent's record after it ends (24 months when never set).
 */
export type LoadedPolicy = PolicyDoc & { timeZone: string; consentRetentionMonths: number }

type PolicySource = { payload: Payload; req?: PayloadRequest } | PayloadRequest

/**
 * The one way Balises reads its policy settings. As the system (jobs, endpoints, hooks), from the
 * short-lived reference cache the rules use (within the request's transaction when a request is
 * given): one read per request at most. `as` a person (an admin view): read with their access, fresh.
 */
export async function loadPolicy(source: PolicySource, options: { as?: TypedUser | null } = {}): Promise<LoadedPolicy> {
  const { payload } = source
  const req = 'req' in source ? source.req : (source as PayloadRequest)
  const slug = slugsOf(payload).policy as 'policy'
  const stored = (
    options.as
      ? await payload.findGlobal({ slug, depth: 0, user: options.as, overrideAccess: false, req })
      : await cachedReference(payload, 'policy', () => payload.findGlobal({ slug, depth: 0, overrideAccess: true, req }))
  ) as PolicyDoc
  const policy = withDefaultZone(stored)
  return { ...policy, consentRetentionMonths: policy.consentRetentionMonths || DEFAULT_CONSENT_RETENTION_MONTHS }
}

/** The policy as stored, with the default zone applied: the one place it is. */
export function withDefaultZone<T extends { timeZone?: string | null }>(policy: T | null | undefined): T & { timeZone: string } {
  return { ...(policy ?? ({} as T)), timeZone: policy?.timeZone || DEFAULT_TIME_ZONE }
}
