import type { CollectionAfterChangeHook } from 'payload'

import { relationId } from './engine/snapshot'
import { handleWithdrawal, recheckPostsOfPerson } from '../src/privacy/consentCascade'

/** The consent fields whose change can make a planned post fail PRIV-1 / PRIV-2. */
const VALIDITY_FIELDS = ['person', 'relationship', 'scopes', 'validFrom', 'expiresAt'] as const

function same(a: unknown, b: unknown): boolean {
  const normal = (value: unknown) =>
    JSON.stringify(Array.isArray(value) ? [...value].map(String).sort() : (relationId(value) ?? value ?? null))
  return normal(a) === normal(b)
}

/**
 * PRIV-3: a withdrawn consent takes every planned post showing that person out of the plan at once,
 * before any publication run, and lists published ones for takedown; a consent narrowed (earlier
 * expiry, fewer networks…) re-checks the planned posts. Expiry with time passing is caught by the
 * sweep the publication job runs first (src/jobs/sweepExpiredConsents.ts).
 */
export const unschedulePostsOfWithdrawnConsent: CollectionAfterChangeHook = async ({ doc, previousDoc, operation, req }) => {
  const personId = relationId(doc.person)
  if (personId === null) return doc
  if (doc.revokedAt && !previousDoc?.revokedAt) {
    await handleWithdrawal(req, doc, personId)
    return doc
  }
  if (operation !== 'update' || doc.revokedAt) return doc
  if (VALIDITY_FIELDS.every((field) => same(doc[field], previousDoc?.[field]))) return doc
  await recheckPostsOfPerson(req, doc, personId, 'changed')
  const previousPerson = relationId(previousDoc?.person)
  if (previousPerson !== null && String(previousPerson) !== String(personId)) {
    await recheckPostsOfPerson(req, doc, previousPerson, 'changed')
  }
  return doc
}
