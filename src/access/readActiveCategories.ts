import type { Access } from 'payload'

/** Signed-in users read every category; the public reads active ones only. */
export const readActiveCategories: Access = ({ req }) =>
  req.user ? true : { retired: { not_equals: true } }
