import type { Access, Where } from 'payload'

/**
 * The public reads the published version of published posts only (`_status`): never a later draft
 * of a published post, whose workflowStatus is still "published" (`?draft=true` would show
 * unpublished edits). Signed-in users read every post.
 */
const PUBLISHED_ONLY: Where = { and: [{ workflowStatus: { equals: 'published' } }, { _status: { equals: 'published' } }] }

export const readPublishedPosts: Access = ({ req }) => (req.user ? true : PUBLISHED_ONLY)
