import type { Access, CollectionAfterReadHook, CollectionConfig, Field, FieldAccess } from 'payload'

import { hasRole, ROLES } from '../roles'
import { label } from '../translations'

/**
 * Colleagues by name: every Balises role holder reads the staff accounts (a post's author, the
 * history's « par », comments, help requests…), but of another person's account only its `name` and
 * `id`. Every other field stays admin-or-self (`isAdminOrSelfField`), so it is neither returned nor
 * queryable (Payload refuses `where`/`select` on a field the reader cannot read). An account without
 * a role reads none (not even its own: `isAdminOrSelf`).
 */
export const canReadAccounts: Access = ({ req }) => hasRole(req.user, ...ROLES)

/** The fields of an account anyone with a role may read of another: its display name. */
export const PUBLIC_ACCOUNT_FIELDS: ReadonlySet<string> = new Set(['id', 'name'])

/**
 * Administrators, and the person on their own account. Without a document (a query's `where`,
 * `sort` checked against the field's read access) only administrators: no one filters colleagues'
 * accounts by e-mail or role.
 */
export const isAdminOrSelfField: FieldAccess = ({ req, id, doc }) => {
  if (hasRole(req.user, 'admin')) return true
  if (!req.user || !hasRole(req.user, ...ROLES)) return false
  const own = id ?? (doc as { id?: number | string } | undefined)?.id
  return own !== undefined && own !== null && String(own) === String(req.user.id)
}

/** A field's read limited to admin-or-self, its own read (if any) applying on top. */
function privateRead(own: FieldAccess | undefined, alsoAllowed?: FieldAccess): FieldAccess {
  return async (args) => {
    const allowed = (await isAdminOrSelfField(args)) || (alsoAllowed ? await alsoAllowed(args) : false)
    if (!allowed) return false
    return own ? own(args) : true
  }
}

/**
 * Every top-level data field of an accounts collection but `name` (and `id`), through rows,
 * collapsibles and unnamed tabs, made admin-or-self for reading. `alsoAllowed`: a host's own rule
 * that already let a reader see whole accounts (see `extendUsers`).
 */
export function withPrivateAccountFields(fields: Field[], alsoAllowed?: FieldAccess): Field[] {
  return fields.map((field): Field => {
    if (field.type === 'ui') return field
    if ('name' in field && field.name) {
      if (PUBLIC_ACCOUNT_FIELDS.has(field.name)) return field
      return { ...field, access: { ...field.access, read: privateRead(field.access?.read, alsoAllowed) } } as Field
    }
    if (field.type === 'tabs') {
      return {
        ...field,
        tabs: field.tabs.map((tab) =>
          'name' in tab && tab.name
            ? { ...tab, access: { ...tab.access, read: privateRead(tab.access?.read, alsoAllowed) } }
            : { ...tab, fields: withPrivateAccountFields(tab.fields, alsoAllowed) },
        ),
      } as Field
    }
    if ('fields' in field) return { ...field, fields: withPrivateAccountFields(field.fields, alsoAllowed) } as Field
    return field
  })
}

/**
 * The fields Payload adds to an accounts collection (e-mail, timestamps), declared here so their
 * read access can be set: Payload merges its own definition (required, unique, validation…) into
 * these, so only what Payload would add anyway is declared.
 */
export function accountBaseFields(collection: Pick<CollectionConfig, 'auth' | 'timestamps'>, present: ReadonlySet<string>): Field[] {
  const fields: Field[] = []
  const localStrategy = !(typeof collection.auth === 'object' && collection.auth.disableLocalStrategy)
  if (localStrategy && !present.has('email')) fields.push({ name: 'email', type: 'email' })
  if (collection.timestamps === false) return fields
  const timestamp = (name: 'createdAt' | 'updatedAt'): Field => ({
    name,
    type: 'date',
    index: true,
    label: label(`labels:${name}`),
    admin: { disableBulkEdit: true, hidden: true },
  })
  if (!present.has('updatedAt')) fields.push(timestamp('updatedAt'))
  if (!present.has('createdAt')) fields.push(timestamp('createdAt'))
  return fields
}

/**
 * A host's own accounts collection: role holders read the accounts (names only, as above); anyone
 * else as the host decided (Payload's default: anyone signed in). Whoever the host's rule already
 * let read whole accounts (its read answering `true`) still reads every field.
 */
export function hostAccountsAccess(hostRead: Access | undefined): { read: Access; wholeAccount: FieldAccess } {
  const hostAnswer = (args: Parameters<Access>[0]) => (hostRead ? hostRead(args) : Boolean(args.req.user))
  const answers = new WeakMap<object, Promise<unknown>>()
  return {
    read: (args) => (hasRole(args.req.user, ...ROLES) ? true : hostAnswer(args)),
    wholeAccount: async ({ req }) => {
      let answer = answers.get(req)
      if (!answer) {
        answer = Promise.resolve(hostAnswer({ req }))
        answers.set(req, answer)
      }
      return (await answer) === true
    },
  }
}

/**
 * Payload removes the login sessions of an account from any answer but its owner's, and leaves an
 * empty `sessions: []` behind: drop the key too, so a colleague's account reads as a name and nothing else.
 */
export const withoutOthersSessions: CollectionAfterReadHook = ({ doc, req }) => {
  if (!doc || typeof doc !== 'object' || !('sessions' in doc)) return doc
  // Without a user this is Payload's own authentication reading the account: it checks the sessions.
  if (!req.user || String(req.user.id) === String((doc as { id?: unknown }).id)) return doc
  const { sessions: _sessions, ...rest } = doc as Record<string, unknown>
  return rest
}
