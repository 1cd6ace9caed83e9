export const ROLES = ['admin', 'responsable', 'redaction', 'collective'] as const
export type Role = (typeof ROLES)[number]

/** Roles that write content (FORBID-3 applies to them). */
export const STAFF_ROLES: readonly Role[] = ['admin', 'responsable', 'redaction']

export const DEFAULT_ROLES_FIELD = 'roles'

/**
 * The name of Balises' roles field, by users collection slug. A user object carries no config but
 * does carry its `collection`; the plugin registers the field when it builds the config (server),
 * and the admin's provider registers it from `admin.custom` (browser).
 */
const rolesFields = new Map<string, string>()

export function registerRolesField(usersSlug: string, field: string): void {
  rolesFields.set(usersSlug, field)
}

/**
 * Any user as the code meets one: Payload's typed or untyped `req.user`, the admin's client user, a
 * document read by a query. Nothing is assumed about its fields; roles are read through `rolesOf`.
 */
export type MaybeUser = object | null | undefined

/** A field of a user object, whatever the host's user type declares. */
function fieldOf(user: MaybeUser, field: string): unknown {
  return user ? (user as Record<string, unknown>)[field] : undefined
}

/** The field holding Balises' roles on this user (documents read without `collection`: the only registered one). */
export function rolesFieldOf(user: MaybeUser): string {
  const slug = fieldOf(user, 'collection')
  const collection = typeof slug === 'string' ? slug : undefined
  if (collection && rolesFields.has(collection)) return rolesFields.get(collection)!
  if (!collection && rolesFields.size === 1) return [...rolesFields.values()][0]
  return DEFAULT_ROLES_FIELD
}

/** Balises' roles of a user (never the host's own field of another name); `field` for documents read by a query. */
export function rolesOf(user: MaybeUser, field: string = rolesFieldOf(user)): readonly string[] {
  const value = fieldOf(user, field)
  return Array.isArray(value) ? value.filter((role): role is string => typeof role === 'string') : []
}

export function hasRole(user: MaybeUser, ...roles: Role[]): boolean {
  return rolesOf(user).some((role) => (roles as string[]).includes(role))
}

/** A person whose Balises roles were already read from their account (`actorOf`, the move checks): `roles` is the list itself. */
export type RolesHolder = { roles?: readonly string[] | null } | null | undefined

/** hasRole for a resolved holder: reads its `roles` list, whatever the account's field is called. */
export function holdsRole(holder: RolesHolder, ...roles: Role[]): boolean {
  return Boolean(holder?.roles?.some((role) => (roles as string[]).includes(role)))
}
