import type { CollectionBeforeOperationHook, PayloadRequest } from 'payload'

import type { PostDoc } from '../src/types'
import { TRANSITIONS } from '../src/workflow'

type Data = Record<string, unknown>

/**
 * Keeps Payload's `_status` in step with the workflow before Payload decides what to write:
 * a post moving to `published` is saved as Payload's published version; Payload's own publish
 * (admin button, REST, local API, scheduled publish) of an approved or scheduled post is read as
 * the workflow's "publish", and goes through the same permissions and rules (enforcePostRules); a
 * published post moving to another stage is taken offline, even from a draft save.
 */
/** The stages a published post may move to: only such a save can take a post offline. */
const UNPUBLISHING_TARGETS: readonly string[] = Object.keys(TRANSITIONS.published)

export const publishWithWorkflow: CollectionBeforeOperationHook = async ({ args, collection, operation, req }) => {
  if (operation !== 'create' && operation !== 'update') return args
  const data = (args.data ?? {}) as Data
  const id = (args as { id?: number | string }).id
  const stored = () => (operation === 'update' && id !== undefined ? currentStatus(req, collection.slug, id) : Promise.resolve(null))
  if (data._status === 'published' && data.workflowStatus === undefined) {
    const current = await stored()
    if (current === 'approved' || current === 'scheduled') data.workflowStatus = 'published'
  }
  if (data.workflowStatus === 'published') data._status = 'published'
  // Un-publishing (GOV-4) must reach the public copy: a draft save would leave the published
  // version online. Saved as Payload's draft status, outside drafts, so the public stops seeing it.
  // Any other save (an autosave of a draft) skips the read.
  if (UNPUBLISHING_TARGETS.includes(data.workflowStatus as string) && (await stored()) === 'published') {
    data._status = 'draft'
    return { ...args, data, draft: false }
  }
  return { ...args, data }
}

async function currentStatus(req: PayloadRequest, slug: string, id: number | string): Promise<string | null> {
  const current = (await req.payload
    .findByID({ collection: slug as 'posts', id, draft: true, depth: 0, req, overrideAccess: true, select: { workflowStatus: true } })
    .catch(() => null)) as Pick<PostDoc, 'workflowStatus'> | null
  return current?.workflowStatus ?? null
}
