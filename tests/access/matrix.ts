/**
 * Who may do what, written down once: the README's access table and the generated access test
 * (tests/int/accessMatrix.test.ts) both read this. `true` allowed, `false` refused, `'own'` only
 * their own (account, comment, notification), `'published'` only published posts, `'active'` only active categories,
 * `'names'` every account, but of another person's only its name (src/access/accountFields.ts).
 */
export type Actor = 'anonymous' | 'redaction' | 'responsable' | 'collective' | 'admin'
export type Operation = 'create' | 'read' | 'update' | 'delete'
export type Cell = boolean | 'own' | 'published' | 'active' | 'names'

export const ACTORS: readonly Actor[] = ['anonymous', 'redaction', 'responsable', 'collective', 'admin']

type Row = Record<Actor, Cell>
const row = (anonymous: Cell, redaction: Cell, responsable: Cell, collective: Cell, admin: Cell): Row => ({
  anonymous,
  redaction,
  responsable,
  collective,
  admin,
})

export const ACCESS_MATRIX: Record<string, Partial<Record<Operation, Row>>> = {
  posts: {
    create: row(false, true, true, false, true),
    read: row('published', true, true, true, true),
    update: row(false, true, true, true, true),
    delete: row(false, false, true, false, true),
  },
  media: {
    create: row(false, true, true, false, true),
    read: row(false, true, true, true, true),
    update: row(false, true, true, false, true),
    delete: row(false, false, true, false, true),
  },
  positions: {
    create: row(false, false, true, true, true),
    read: row(false, true, true, true, true),
    update: row(false, false, true, true, true),
    delete: row(false, false, false, false, true),
  },
  categories: {
    create: row(false, false, true, false, true),
    read: row('active', true, true, true, true),
    update: row(false, false, true, false, true),
    delete: row(false, false, false, false, false),
  },
  people: {
    create: row(false, false, true, false, true),
    read: row(false, false, true, false, true),
    update: row(false, false, true, false, true),
    delete: row(false, false, true, false, true),
  },
  consents: {
    create: row(false, false, true, false, true),
    read: row(false, false, true, false, true),
    update: row(false, false, true, false, true),
    delete: row(false, false, true, false, true),
  },
  'consent-forms': {
    create: row(false, false, true, false, true),
    read: row(false, false, true, false, true),
    update: row(false, false, true, false, true),
    delete: row(false, false, true, false, true),
  },
  'privacy-tasks': {
    create: row(false, false, false, false, false),
    read: row(false, false, true, false, true),
    update: row(false, false, true, false, true),
    delete: row(false, false, false, false, false),
  },
  'audience-snapshots': {
    create: row(false, false, true, false, true),
    read: row(false, true, true, true, true),
    update: row(false, false, true, false, true),
    delete: row(false, false, true, false, true),
  },
  meetings: {
    create: row(false, false, true, false, true),
    read: row(false, true, true, true, true),
    update: row(false, false, true, false, true),
    delete: row(false, false, true, false, true),
  },
  'moderation-log': {
    create: row(false, true, true, false, true),
    read: row(false, true, true, true, true),
    update: row(false, false, true, false, true),
    delete: row(false, false, true, false, true),
  },
  'help-requests': {
    create: row(false, true, true, false, true),
    read: row(false, true, true, true, true),
    update: row(false, false, true, false, true),
    delete: row(false, false, true, false, true),
  },
  'audit-log': {
    create: row(false, false, false, false, false),
    read: row(false, false, true, false, true),
    update: row(false, false, false, false, false),
    delete: row(false, false, false, false, false),
  },
  'purge-log': {
    create: row(false, false, false, false, false),
    read: row(false, false, true, false, true),
    update: row(false, false, false, false, false),
    delete: row(false, false, false, false, false),
  },
  comments: {
    create: row(false, true, true, true, true),
    read: row(false, true, true, true, true),
    update: row(false, 'own', true, 'own', true),
    delete: row(false, 'own', 'own', 'own', true),
  },
  notifications: {
    create: row(false, false, false, false, false),
    read: row(false, 'own', 'own', 'own', 'own'),
    update: row(false, 'own', 'own', 'own', 'own'),
    delete: row(false, false, false, false, false),
  },
  deliveries: {
    create: row(false, false, false, false, false),
    read: row(false, true, true, true, true),
    update: row(false, false, false, false, false),
    delete: row(false, false, false, false, false),
  },
  'channel-accounts': {
    create: row(false, false, true, false, true),
    read: row(false, false, true, false, true),
    update: row(false, false, true, false, true),
    delete: row(false, false, true, false, true),
  },
  users: {
    create: row(false, false, false, false, true),
    read: row(false, 'names', 'names', 'names', true),
    update: row(false, 'own', 'own', 'own', true),
    delete: row(false, false, false, false, true),
  },
  'policy (global)': {
    read: row(false, true, true, true, true),
    update: row(false, false, true, false, true),
  },
}
