import type { Access } from 'payload'

/** Signed-in users read every post; the public reads published ones only. */
export const readPublishedPosts: Access = ({ req }) =>
  req.user ? true : { workflowStatus: { equals: 'published' } }
