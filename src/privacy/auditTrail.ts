import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, PayloadRequest } from 'payload'

import { translate } from '../translations'
import { SYSTEM_ACTOR_FLAG } from '../../hooks/engine/actor'
import { relationId } from '../../hooks/engine/snapshot'
import { slugsOf } from '../slugs'

export type AuditChange = { field: string; from: string; to: string }

const NEVER_COMPARED = new Set(['id', 'createdAt', 'updatedAt', '_status'])
const MAX_VALUE = 200

/** A stored value as short text: relations by ID, lists joined, anything structured only as changed. */
export function auditValue(value: unknown): string {
  if (value === null || value === undefined || value === '') return ''
  if (Array.isArray(value))
    return value
      .map((item) => auditValue(relationId(item) ?? item))
      .join(', ')
      .slice(0, MAX_VALUE)
  if (typeof value === 'object') {
    const id = relationId(value)
    return id !== null ? String(id) : '…'
  }
  return String(value).slice(0, MAX_VALUE)
}

/** A populated relation and its bare ID are the same value (hooks see either, depending on depth). */
function comparable(value: unknown): string {
  const bare = (item: unknown) => (item && typeof item === 'object' && 'id' in item ? relationId(item) : item)
  return JSON.stringify(Array.isArray(value) ? value.map(bare) : (bare(value) ?? null))
}

/**
 * The fields that differ between two versions of a document. Values of `personalFields` are not
 * copied (the trail must not become a second copy of personal data); `ignoredFields` are not compared.
 */
export function auditDiff(
  previous: Record<string, unknown> | undefined,
  next: Record<string, unknown>,
  options: { personalFields?: readonly string[]; ignoredFields?: readonly string[] } = {},
): AuditChange[] {
  const personal = new Set(options.personalFields ?? [])
  const ignored = new Set(options.ignoredFields ?? [])
  const fields = new Set([...Object.keys(previous ?? {}), ...Object.keys(next)])
  const changes: AuditChange[] = []
  for (const field of fields) {
    if (NEVER_COMPARED.has(field) || ignored.has(field)) continue
    const before = previous?.[field]
    const after = next[field]
    if (comparable(before) === comparable(after)) continue
    const hidden = translate('fr', 'auditLog:personalValueHidden')
    changes.push(
      personal.has(field)
        ? { field, from: before ? hidden : '', to: after ? hidden : '' }
        : { field, from: auditValue(before), to: auditValue(after) },
    )
  }
  return changes
}

type Recorded = {
  collection: string
  id: number | string
  operation: 'create' | 'update' | 'delete'
  summary: string
  changes: AuditChange[]
  /** When the change happened (defaults to now). */
  at?: string
  /** Who, when known better than the request's user (a post's history entry). */
  actorId?: number | string | null
}

function actorOfRequest(req: PayloadRequest): { id: number | string | null; name: string } {
  const user = req.user as { id: number | string; name?: string | null; email?: string } | null | undefined
  const system = translate('fr', 'auditLog:system')
  if (!user) return { id: null, name: system }
  const name = user.name || user.email || String(user.id)
  return { id: user.id, name: req.context?.[SYSTEM_ACTOR_FLAG] ? `${system} (${name})` : name }
}

/** Appends one entry to the trail, inside the request's transaction (a refused save leaves none). */
export async function recordAudit(req: PayloadRequest, entry: Recorded): Promise<void> {
  const actor = actorOfRequest(req)
  await req.payload.create({
    collection: slugsOf(req).auditLog,
    overrideAccess: true,
    req,
    data: {
      at: entry.at ?? new Date().toISOString(),
      actor: (entry.actorId !== undefined ? entry.actorId : actor.id) as number | null,
      actorName: actor.name,
      targetCollection: entry.collection,
      targetId: String(entry.id),
      operation: entry.operation,
      summary: entry.summary.slice(0, 300),
      changes: entry.changes,
    },
  })
}

/** Audit hooks for a collection whose every change is recorded (consents, positions). */
export function auditEveryChange(options: {
  label: (doc: Record<string, unknown>) => string
  personalFields?: readonly string[]
  ignoredFields?: readonly string[]
}): { afterChange: CollectionAfterChangeHook; afterDelete: CollectionAfterDeleteHook } {
  return {
    afterChange: async ({ collection, doc, previousDoc, operation, req }) => {
      const changes = auditDiff(operation === 'create' ? undefined : previousDoc, doc, options)
      if (operation === 'update' && changes.length === 0) return doc
      await recordAudit(req, {
        collection: collection.slug,
        id: doc.id,
        operation,
        summary: `${options.label(doc)} — ${changes.map((change) => change.field).join(', ')}`,
        changes,
      })
      return doc
    },
    afterDelete: async ({ collection, doc, req }) => {
      await recordAudit(req, { collection: collection.slug, id: doc.id, operation: 'delete', summary: options.label(doc), changes: [] })
      return doc
    },
  }
}

type HistoryEntry = { from?: string | null; to?: string | null; by?: unknown; at?: string | null; reason?: string | null }

/**
 * A post's status changes: each entry its workflow history gained in this save (who, when, from → to,
 * the reason). Edits of the text are not status changes and are left to the post's versions.
 */
export const auditPostStatus: CollectionAfterChangeHook = async ({ collection, doc, previousDoc, req }) => {
  const before = Array.isArray(previousDoc?.history) ? (previousDoc.history as HistoryEntry[]) : []
  const after = Array.isArray(doc.history) ? (doc.history as HistoryEntry[]) : []
  if (after.length <= before.length) return doc
  // Delivery events (no stages) are the deliveries' own record, not status changes.
  for (const entry of after.slice(before.length).filter((row) => row.to)) {
    await recordAudit(req, {
      collection: collection.slug,
      id: doc.id,
      operation: 'update',
      at: entry.at ?? undefined,
      actorId: relationId(entry.by),
      summary: translate('fr', 'systemTexts:auditStatusChange', {
        title: String(doc.title ?? ''),
        from: entry.from ?? '',
        to: entry.to ?? '',
      }),
      changes: [
        { field: 'workflowStatus', from: entry.from ?? '', to: entry.to ?? '' },
        ...(entry.reason ? [{ field: 'statusReason', from: '', to: auditValue(entry.reason) }] : []),
      ],
    })
  }
  return doc
}
