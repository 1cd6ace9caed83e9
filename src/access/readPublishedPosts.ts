import type { Access } from 'payload'

/**
 * Signed-in users read every post; the public reads published ones only — the published version
 * itself (`_status`), never a later draft of a published post (`?draft=true` would otherwise show
 * unpublished edits, whose workflowStatus is still "published").
 */
export const readPublishedPosts: Access = ({ req }) =>
  req.user ? true : { and: [{ workflowStatus: { equals: 'published' } }, { _status: { equals: 'published' } }] }
