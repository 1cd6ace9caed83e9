import { Forbidden, type Access, type CollectionBeforeChangeHook, type Payload, type PayloadRequest, type Where } from 'payload'

import { hasRole, ROLES } from '../roles'

export const EDIT_LOCKS_SLUG = 'payload-locked-documents'

type Id = number | string
type Relation = { relationTo?: string; value?: unknown } | null | undefined

const idOf = (value: unknown): Id | null => {
  if (value && typeof value === 'object' && 'id' in value) return (value as { id: Id }).id
  return typeof value === 'number' || typeof value === 'string' ? value : null
}

/** Whether the person of `req` may update this document or global (its own update access, row included). */
async function mayEdit(req: PayloadRequest, lock: { document?: Relation; globalSlug?: string | null }): Promise<boolean> {
  const { payload } = req
  if (lock.globalSlug) {
    const global = payload.config.globals.find((candidate) => candidate.slug === lock.globalSlug)
    return Boolean(global && !lock.document && (await global.access.update?.({ req })))
  }
  const slug = lock.document?.relationTo
  const id = idOf(lock.document?.value)
  const collection = slug ? payload.collections[slug as keyof typeof payload.collections] : undefined
  if (!collection || id === null) return false
  const allowed = await collection.config.access.update?.({ req, id: id as number })
  if (!allowed) return false
  const where: Where = allowed === true ? { id: { equals: id } } : { and: [{ id: { equals: id } }, allowed as Where] }
  const { totalDocs } = await payload.count({ collection: collection.config.slug as never, where, overrideAccess: true, req })
  return totalDocs === 1
}

/**
 * An edit lock makes the document read-only to everyone else for five minutes: a person may hold
 * one only in their own name, and only on a document or global they may edit themselves (else a
 * lock would be a way to stop others' work). Payload's admin takes and renews its locks through
 * the database layer, which this does not touch; its REST "take over" (PATCH with oneself as the
 * user) goes through here.
 */
const onlyOwnLocksOnEditableDocuments: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  if (!req.user) return data
  const merged = { ...(originalDoc ?? {}), ...data } as { document?: Relation; globalSlug?: string | null; user?: Relation }
  const holder = idOf(merged.user?.value)
  const ownName = merged.user?.relationTo === req.user.collection && holder !== null && String(holder) === String(req.user.id)
  if (!ownName || !(await mayEdit(req, merged))) throw new Forbidden(req.t)
  return data
}

const withRole: Access = ({ req }) => hasRole(req.user, ...ROLES)

/** The collections the lock's `document` relation may point to. */
function lockableSlugs(payload: Payload): string[] {
  const document = payload.collections[EDIT_LOCKS_SLUG as keyof typeof payload.collections]?.config.fields.find(
    (field) => 'name' in field && field.name === 'document',
  )
  const relationTo = document && 'relationTo' in document ? document.relationTo : []
  return Array.isArray(relationTo) ? relationTo : [relationTo]
}

/**
 * A lock names a document and who edits it: a person sees the locks of the collections and
 * globals they may read (a redaction account learns nothing of which consent is being edited).
 */
const readableLocks: Access = async ({ req }) => {
  if (!hasRole(req.user, ...ROLES)) return false
  if (hasRole(req.user, 'admin')) return true
  const { payload } = req
  const collections: string[] = []
  for (const collection of payload.config.collections) {
    // Only collections a lock can name: the adapter refuses a query naming any other.
    if (!lockableSlugs(payload).includes(collection.slug)) continue
    if (await collection.access.read?.({ req })) collections.push(collection.slug)
  }
  const globals: string[] = []
  for (const global of payload.config.globals) {
    if (await global.access.read?.({ req })) globals.push(global.slug)
  }
  // One `equals` per collection: the SQLite adapter cannot query `relationTo` of a polymorphic relation with `in`.
  const visible: Where[] = [
    ...collections.map((slug): Where => ({ 'document.relationTo': { equals: slug } })),
    { 'user.value': { equals: req.user!.id } },
  ]
  if (globals.length) visible.push({ globalSlug: { in: globals } })
  return { or: visible }
}

/** A lock is released by its holder (or an administrator). */
const ownLocks: Access = ({ req }) => {
  if (!hasRole(req.user, ...ROLES)) return false
  if (hasRole(req.user, 'admin')) return true
  return { 'user.value': { equals: req.user!.id } }
}

/**
 * Payload adds its edit-lock collection after plugins have run (with "any signed-in account may
 * do anything" as access), so its rules can only be set once Payload has started.
 */
export function restrictEditLocks(payload: Payload): void {
  const locks = payload.collections[EDIT_LOCKS_SLUG as keyof typeof payload.collections]
  if (!locks) return
  const { config } = locks
  config.access = { ...config.access, read: readableLocks, create: withRole, update: withRole, delete: ownLocks }
  config.hooks.beforeChange = [
    ...(config.hooks.beforeChange ?? []).filter((hook) => hook !== onlyOwnLocksOnEditableDocuments),
    onlyOwnLocksOnEditableDocuments,
  ]
}
