import type { MigrateDownArgs, MigrateUpArgs } from '@payloadcms/db-sqlite'

import { loadPolicy } from '../../src/policy/loadPolicy'
import { defaultRetentionUntil } from '../../src/privacy/consentRetention'

/**
 * PRIV-4 for the consents kept from before: each gets a retention date (the policy's period after it
 * ends, 24 months by default) and its `formOnFile` flag. No waiver is invented: where the signed form
 * is kept is for the responsible person to say, so a consent without its form is flagged and, until
 * then, authorises no post. Local API only (SQLite and MongoDB alike).
 */
export async function up({ payload, req }: MigrateUpArgs): Promise<void> {
  const policy = (await loadPolicy({ payload, req }).catch(() => null)) as Record<string, unknown> | null
  const consents = await payload.find({
    collection: 'consents',
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
    req,
    select: { evidence: true, evidenceWaiver: true, retentionUntil: true, expiresAt: true, revokedAt: true, validFrom: true, formOnFile: true },
  })
  for (const consent of consents.docs) {
    const formOnFile = Boolean(consent.evidence) || Boolean(consent.evidenceWaiver?.trim())
    const retentionUntil = consent.retentionUntil ?? defaultRetentionUntil(consent, policy?.consentRetentionMonths)
    if (consent.retentionUntil && consent.formOnFile === formOnFile) continue
    // Straight to the database: no hook runs (no cascade, no audit entry for a bookkeeping change).
    await payload.db.updateOne({ collection: 'consents', id: consent.id, data: { retentionUntil, formOnFile }, req, returning: false })
  }
}

export async function down(_args: MigrateDownArgs): Promise<void> {
  // The schema migration's down removes the columns; the retention dates written here stay (they were empty).
}
