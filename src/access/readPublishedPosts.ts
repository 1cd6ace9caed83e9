import type { Access, Where } from 'payload'

import { hasRole, ROLES } from '../roles'

/**
 * The public reads the published version of published posts only (`_status`): never a later draft
 * of a published post, whose workflowStatus is still "published" (`?draft=true` would show
 * unpublished edits). Accounts with a Balises role read every post; an account without any role
 * reads what the public reads.
 */
const PUBLISHED_ONLY: Where = { and: [{ workflowStatus: { equals: 'published' } }, { _status: { equals: 'published' } }] }

export const readPublishedPosts: Access = ({ req }) => (hasRole(req.user, ...ROLES) ? true : PUBLISHED_ONLY)
