import type { CollectionBeforeOperationHook } from 'payload'

type Data = Record<string, unknown>

/**
 * Keeps Payload's `_status` in step with the workflow before Payload decides what to write:
 * a post moving to `published` is saved as Payload's published version; Payload's own publish
 * (admin button, REST, local API, scheduled publish) of an approved or scheduled post is read as
 * the workflow's "publish", and goes through the same permissions and rules (enforcePostRules); a
 * published post moving to another stage is taken offline, even from a draft save.
 */
export const publishWithWorkflow: CollectionBeforeOperationHook = async ({ args, collection, operation, req }) => {
  if (operation !== 'create' && operation !== 'update') return args
  const data = (args.data ?? {}) as Data
  const id = (args as { id?: number | string }).id
  if (data._status === 'published' && data.workflowStatus === undefined && operation === 'update' && id !== undefined) {
    const current = await req.payload.findByID({
      collection: collection.slug as 'posts',
      id,
      draft: true,
      depth: 0,
      req,
      overrideAccess: true,
    })
    if (current.workflowStatus === 'approved' || current.workflowStatus === 'scheduled') data.workflowStatus = 'published'
  }
  if (data.workflowStatus === 'published') data._status = 'published'
  const leaving =
    operation === 'update' && id !== undefined && typeof data.workflowStatus === 'string' && data.workflowStatus !== 'published'
      ? await currentStatus(req, collection.slug, id)
      : null
  if (leaving === 'published') {
    // Un-publishing (GOV-4) must reach the public copy: a draft save would leave the published
    // version online. Saved as Payload's draft status, outside drafts, so the public stops seeing it.
    data._status = 'draft'
    return { ...args, data, draft: false }
  }
  return { ...args, data }
}

async function currentStatus(req: Parameters<CollectionBeforeOperationHook>[0]['req'], slug: string, id: number | string): Promise<string | null> {
  const current = await req.payload
    .findByID({ collection: slug as 'posts', id, draft: true, depth: 0, req, overrideAccess: true, select: { workflowStatus: true } })
    .catch(() => null)
  return current?.workflowStatus ?? null
}
