export const ROLES = ['admin', 'responsable', 'redaction', 'collective'] as const
export type Role = (typeof ROLES)[number]

/** Roles that write content (FORBID-3 applies to them). */
export const STAFF_ROLES: readonly Role[] = ['admin', 'responsable', 'redaction']

type MaybeUser = { roles?: readonly string[] | null } | null | undefined

export function hasRole(user: MaybeUser, ...roles: Role[]): boolean {
  return Boolean(user?.roles?.some((role) => (roles as string[]).includes(role)))
}
