import type { MigrateDownArgs, MigrateUpArgs } from '@payloadcms/db-sqlite'
import type { CollectionSlug } from 'payload'

import { loadPolicy } from '../../src/policy/loadPolicy'
import { slugsOf } from '../../src/slugs'
import { toDayInstant } from '../../src/time/storedDay'
import { dayKey } from '../../src/time/zonedTime'

/**
 * Calendar days stored as the day at noon UTC (collections/dateDisplay.ts `DAY_ONLY`). Rows written
 * before held other instants: a closing date picked with a time, a birth date typed as 2017-05-12 and
 * stored as local midnight. Each becomes the day it showed in the organisation's zone, at noon UTC.
 * Written through the database adapter (`payload.db`, SQLite and MongoDB alike) so that no rule or
 * workflow hook re-judges the posts; drafts' versions are rewritten too (the admin shows them).
 * Reads and writes only these fields: a column that a later migration adds does not exist yet
 * when this one runs on an older database (a full-row read would ask for it and fail).
 */
export async function up({ payload, req }: MigrateUpArgs): Promise<void> {
  const slugs = slugsOf(payload)
  const { timeZone } = await loadPolicy({ payload, req })
  const asDay = (value: unknown): string | null => {
    if (typeof value !== 'string' || !value || Number.isNaN(Date.parse(value))) return null
    const day = toDayInstant(dayKey(value, timeZone))
    return day && day !== new Date(value).toISOString() ? day : null
  }
  const targets: { collection: CollectionSlug; fields: string[]; versions?: boolean }[] = [
    { collection: slugs.people, fields: ['birthDate', 'retentionUntil'] },
    { collection: slugs.consents, fields: ['validFrom', 'expiresAt', 'retentionUntil'] },
    { collection: slugs.posts, fields: ['closingDate'], versions: true },
  ]
  for (const { collection, fields, versions } of targets) {
    const select = Object.fromEntries(fields.map((field) => [field, true] as const))
    const { docs } = await payload.db.find<Record<string, unknown>>({ collection, limit: 0, pagination: false, req, select })
    for (const doc of docs) {
      const data: Record<string, string> = {}
      for (const field of fields) {
        const day = asDay(doc[field])
        if (day) data[field] = day
      }
      if (Object.keys(data).length > 0) await payload.db.updateOne({ collection, id: doc.id as number | string, data, req })
    }
    if (!versions) continue
    const { docs: rows } = await payload.db.findVersions<Record<string, unknown>>({
      collection,
      limit: 0,
      pagination: false,
      req,
      select: { version: select },
    })
    for (const row of rows) {
      const version = row.version as Record<string, unknown>
      const changed: Record<string, string> = {}
      for (const field of fields) {
        const day = asDay(version?.[field])
        if (day) changed[field] = day
      }
      if (Object.keys(changed).length === 0) continue
      // Dotted paths alone (SQLite and MongoDB alike): MongoDB would replace a whole `version` object given as one.
      const versionData = Object.fromEntries(Object.entries(changed).map(([field, day]) => [`version.${field}`, day]))
      await payload.db.updateVersion({ collection, id: row.id as number | string, versionData: versionData as never, req, returning: false })
    }
  }
}

/** Nothing to undo: noon UTC of the day is the day under every reading. */
export async function down(_args: MigrateDownArgs): Promise<void> {}
