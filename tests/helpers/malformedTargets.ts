import sharp from 'sharp'
import { buildConfig, createLocalReq, type Endpoint, type Field, type Payload, type PayloadRequest } from 'payload'

import { MOVABLE_STATUSES } from '../../calendar/movePermission'
import { CHANNELS } from '../../src/channels'
import { NO_VERSIONS_ENDPOINT } from '../../src/endpoints/noVersions'
import { AGE_BAND_VALUES, CONSENT_RELATIONSHIPS, PERSON_KINDS } from '../../src/privacy/consentVocabulary'
import { REVOCATION_METHODS } from '../../src/revocationMethods'
import { WORKFLOW_STATUSES } from '../../src/workflow'
import { badPayloads, bodyFields, type BadPayload, type BodyField } from './badPayloads'
import { createConsent, createImage, createPerson, createPosition, draftPost, type Team, type TestUser } from './fixtures'

/**
 * What the malformed-input suite (tests/int/malformedInput.test.ts) runs against, derived from the
 * running config so that a collection, global or endpoint added later is covered without editing
 * the suite: the write endpoints with their generated bad payloads, the documents to update, and
 * what a read may show.
 */

export type WriteEndpoint = {
  method: 'POST' | 'PATCH'
  path: string
  label: string
  senders: { role: string; token: string }[]
  payloads: BadPayload[]
}

/** Payload's own collections and globals: not written through the API by anyone. */
export const INTERNAL = new Set([
  'payload-preferences',
  'payload-migrations',
  'payload-locked-documents',
  'payload-jobs',
  'payload-kv',
  'payload-jobs-stats',
])

/**
 * The body of each custom write endpoint, as its handler validates it (the generator needs a shape
 * to break). A custom POST/PATCH endpoint missing here fails the suite: describe its body to cover it.
 */
export const CUSTOM_BODIES: Record<string, { fields: BodyField[]; noBody?: boolean; maxTextLength?: number }> = {
  'POST /api/calendar/move': {
    fields: [
      { name: 'id', type: 'relationship', required: true },
      { name: 'day', type: 'date', required: true },
      { name: 'time', type: 'text', maxLength: 5 },
    ],
  },
  'POST /api/calendar/undo': {
    fields: [
      { name: 'id', type: 'relationship', required: true },
      { name: 'publishAt', type: 'date' },
      { name: 'workflowStatus', type: 'select', required: true, options: [...MOVABLE_STATUSES] },
    ],
  },
  // Takes no body: makes a new secret feed address for the signed-in person.
  'POST /api/calendar/feed-token': { fields: [], noBody: true },
  // Takes no body: the signed-in person accepts the code of conduct in force, for themselves.
  'POST /api/users/accept-code-of-conduct': { fields: [], noBody: true },
  // Take no body: « Réessayer » a failed delivery, « Tester la connexion » of a network account.
  'POST /api/deliveries/:id/retry': { fields: [], noBody: true },
  'POST /api/channel-accounts/:id/test': { fields: [], noBody: true },
  'POST /api/deliveries/:id/mark-posted': {
    fields: [
      { name: 'url', type: 'text', required: true, maxLength: 2000 },
      { name: 'postedAt', type: 'date' },
    ],
  },
  'POST /api/posts/compliance': {
    maxTextLength: 100_000,
    fields: [
      { name: 'id', type: 'relationship' },
      {
        name: 'data',
        type: 'group',
        required: true,
        fields: [
          { name: 'title', type: 'text' },
          { name: 'category', type: 'relationship' },
          {
            name: 'channels',
            type: 'array',
            fields: [
              { name: 'channel', type: 'select', options: [...CHANNELS] },
              { name: 'text', type: 'textarea' },
            ],
          },
          { name: 'media', type: 'relationship', hasMany: true },
          { name: 'position', type: 'relationship' },
          { name: 'source', type: 'text' },
          { name: 'closingDate', type: 'date' },
          { name: 'publishAt', type: 'date' },
          { name: 'workflowStatus', type: 'select', options: [...WORKFLOW_STATUSES] },
          { name: 'valuesConfirmed', type: 'checkbox' },
        ],
      },
    ],
  },
  'POST /api/posts/:id/workflow': {
    fields: [
      {
        name: 'action',
        type: 'select',
        required: true,
        options: ['submit', 'withdraw', 'sendBack', 'approve', 'schedule', 'publishNow', 'unschedule', 'unpublish', 'archive', 'restore'],
      },
      { name: 'reason', type: 'textarea', maxLength: 2000 },
      { name: 'publishAt', type: 'date' },
      { name: 'valuesConfirmed', type: 'checkbox' },
      { name: 'override', type: 'group', fields: [{ name: 'justification', type: 'textarea', required: true, maxLength: 2000 }] },
    ],
  },
  'POST /api/audience-snapshots/import': {
    fields: [
      { name: 'mode', type: 'select', required: true, options: ['preview', 'commit'] },
      {
        name: 'rows',
        type: 'array',
        required: true,
        fields: [
          { name: 'line', type: 'number' },
          { name: 'channel', type: 'select', required: true, options: [...CHANNELS] },
          { name: 'date', type: 'date', required: true },
          { name: 'followers', type: 'number', required: true },
          { name: 'pageLikes', type: 'number' },
          { name: 'reach', type: 'number' },
          { name: 'engagement', type: 'number' },
        ],
      },
    ],
  },
  // « Ajouter une personne »: a person (new, or personId) and their consent, in one write (PRIV-1, PRIV-2, PRIV-4).
  'POST /api/people/with-consent': {
    fields: [
      { name: 'mediaId', type: 'relationship' },
      { name: 'personId', type: 'relationship' },
      {
        name: 'person',
        type: 'group',
        fields: [
          { name: 'fullName', type: 'text', required: true, maxLength: 200 },
          { name: 'kind', type: 'select', required: true, options: [...PERSON_KINDS] },
          { name: 'birthDate', type: 'date' },
          { name: 'ageBand', type: 'select', options: [...AGE_BAND_VALUES] },
        ],
      },
      {
        name: 'consent',
        type: 'group',
        required: true,
        fields: [
          { name: 'relationship', type: 'select', required: true, options: [...CONSENT_RELATIONSHIPS] },
          { name: 'signatoryName', type: 'text', maxLength: 200 },
          { name: 'scopes', type: 'select', hasMany: true, required: true, options: [...CHANNELS] },
          { name: 'validFrom', type: 'date' },
          { name: 'expiresAt', type: 'date' },
          { name: 'retentionUntil', type: 'date' },
          { name: 'formVersion', type: 'text', maxLength: 200 },
          { name: 'evidence', type: 'relationship' },
          { name: 'evidenceWaiver', type: 'text', maxLength: 500 },
        ],
      },
    ],
  },
  'POST /api/consents/:id/withdraw': {
    fields: [
      { name: 'withdrawnAt', type: 'date' },
      { name: 'method', type: 'select', required: true, options: [...REVOCATION_METHODS] },
    ],
  },
}

/**
 * Fields whose sent value Payload replaces, whatever it is: not a breaker there. Upload collections:
 * Payload rewrites the file's own fields from the stored file. Accounts: Payload drops values sent
 * for its login internals.
 */
export const REPLACED_ON_SAVE = {
  upload: ['filename', 'mimeType', 'filesize', 'width', 'height', 'focalX', 'focalY', 'url', 'thumbnailURL', 'sizes', 'prefix'],
  auth: [
    'sessions',
    'hash',
    'salt',
    'loginAttempts',
    'lockUntil',
    'resetPasswordToken',
    'resetPasswordExpiration',
    '_verified',
    '_verificationToken',
  ],
} as const

/** Secrets that no answer may ever contain, whatever the query and whoever asks. */
const ALWAYS_SECRET = ['hash', 'salt', 'calendarFeedTokenHash', 'resetPasswordToken', 'secretStored']

// ---------------------------------------------------------------------------------------------
// Set-up

/** One document in every collection, so each has an update target. */
export async function seedOneOfEach(payload: Payload, team: Team): Promise<void> {
  const person = await createPerson(payload)
  await createConsent(payload, person.id)
  await createImage(payload, { noIdentifiablePerson: true })
  await createPosition(payload)
  const post = await draftPost(payload, team.redaction)
  const png = await sharp({ create: { width: 4, height: 4, channels: 3, background: '#000000' } })
    .png()
    .toBuffer()
  await payload.create({
    collection: 'consent-forms',
    data: {},
    file: { data: png, mimetype: 'image/png', name: `form-${Date.now()}.png`, size: png.length },
  })
  // Written only by the system (create: nobody); made here as the system, as the application does.
  const system = payload as unknown as { create: (args: Record<string, unknown>) => Promise<unknown> }
  if (payload.collections['privacy-tasks']) {
    await system.create({
      collection: 'privacy-tasks',
      data: { kind: 'replan', cause: 'withdrawn', post: post.id, summary: 'Tâche de test' },
    })
  }
  if (payload.collections.deliveries) {
    await system.create({
      collection: 'deliveries',
      data: { post: post.id, network: 'instagram', state: 'manual', summary: 'Diffusion de test' },
    })
  }
  if (payload.collections['channel-accounts']) {
    await system.create({
      collection: 'channel-accounts',
      data: { name: 'Compte de test', network: 'mastodon', serverUrl: 'https://mastodon.example', secret: 'jeton-de-test' },
    })
  }
  if (payload.collections['audit-log']) {
    const existing = await payload.count({ collection: 'audit-log' as 'posts' })
    if (existing.totalDocs === 0) {
      await system.create({
        collection: 'audit-log',
        data: { at: new Date().toISOString(), targetCollection: 'posts', targetId: String(post.id), operation: 'create' },
      })
    }
  }
  await payload.create({ collection: 'audience-snapshots', data: { channel: 'facebook', date: '2026-04-01', followers: 1200 } })
  await payload.create({ collection: 'meetings', data: { date: new Date().toISOString(), title: 'Réunion d’équipe' } })
  await payload.create({
    collection: 'moderation-log',
    data: { channel: 'facebook', removedAt: new Date().toISOString(), reason: 'spam', description: 'Lien publicitaire' },
  })
  await payload.create({ collection: 'help-requests', data: { channel: 'instagram', receivedAt: new Date().toISOString() } })
  if (payload.collections['purge-log']) {
    await system.create({
      collection: 'purge-log',
      data: { purgedAt: new Date().toISOString(), targetCollection: 'people', targetId: '999' },
    })
  }
  // The administrator's own comment and notification: the ones the suite's sender may update.
  if (payload.collections.comments) {
    await payload.create({
      collection: 'comments' as 'posts',
      data: { post: post.id, body: 'Commentaire de test' } as never,
      user: team.admin,
      overrideAccess: false,
    })
  }
  if (payload.collections.notifications) {
    await system.create({
      collection: 'notifications',
      data: { recipient: team.admin.id, kind: 'mention', post: post.id, messageFr: 'Test', messageEn: 'Test' },
    })
  }
  await payload.findGlobal({ slug: 'policy' })
}

// ---------------------------------------------------------------------------------------------
// The endpoints, from the config

export async function writeEndpoints(
  payload: Payload,
  team: Team,
  tokens: Record<string, string>,
  targets: Record<string, string | number>,
): Promise<{ endpoints: WriteEndpoint[]; problems: string[] }> {
  const endpoints: WriteEndpoint[] = []
  const problems: string[] = []
  const idType = payload.db.defaultIDType === 'number' ? 'number' : 'text'
  const maxTextLength = payload.config.defaultMaxTextLength ?? 40_000
  const admin = { role: 'admin', token: tokens.admin }
  const responsable = { role: 'responsable', token: tokens.responsable }

  for (const collection of payload.config.collections.filter((item) => !INTERNAL.has(item.slug))) {
    // posts: the responsible person writes there too, and has their own field rights.
    const senders = collection.slug === 'posts' ? [admin, responsable] : [admin]
    for (const operation of ['create', 'update'] as const) {
      const replaced = new Set<string>([
        ...(collection.upload ? REPLACED_ON_SAVE.upload : []),
        ...(collection.auth ? REPLACED_ON_SAVE.auth : []),
      ])
      const fields = (
        await writableBodyFields(
          payload,
          collection.fields,
          operation,
          senders.map((s) => team[s.role as 'admin']),
        )
      ).filter((field) => !replaced.has(field.name))
      const id = targets[collection.slug]
      if (operation === 'update' && id === undefined) {
        problems.push(`${collection.slug}: no document to update (add one to seedOneOfEach)`)
        continue
      }
      const path = operation === 'create' ? `/api/${collection.slug}` : `/api/${collection.slug}/${id}`
      endpoints.push({
        method: operation === 'create' ? 'POST' : 'PATCH',
        path,
        label: `${operation === 'create' ? 'POST' : 'PATCH'} ${operation === 'create' ? path : `/api/${collection.slug}/:id`}`,
        senders,
        payloads: badPayloads({
          fields,
          operation,
          seed: collection.slug,
          upload: Boolean(collection.upload),
          timestamps: collection.timestamps !== false,
          idType,
          maxTextLength,
        }),
      })
    }
  }
  for (const global of payload.config.globals.filter((item) => !INTERNAL.has(item.slug))) {
    const fields = await writableBodyFields(payload, global.fields, 'update', [team.admin])
    const path = `/api/globals/${global.slug}`
    endpoints.push({
      method: 'POST',
      path,
      label: `POST ${path}`,
      senders: [admin],
      payloads: badPayloads({ fields, operation: 'update', seed: global.slug, idType, maxTextLength }),
    })
  }
  for (const { method, path, collection } of await customWriteEndpoints(payload)) {
    const key = `${method} ${path}`
    const spec = CUSTOM_BODIES[key]
    if (!spec) {
      problems.push(`${key}: custom write endpoint without a body description in CUSTOM_BODIES`)
      continue
    }
    const id = collection ? targets[collection] : undefined
    const concrete = path.replace(/:id\??/, String(id))
    endpoints.push({
      method,
      path: concrete,
      label: key,
      senders: [admin, responsable],
      payloads: badPayloads({
        fields: spec.fields,
        operation: 'update',
        seed: key,
        noBody: spec.noBody,
        idType,
        maxTextLength: spec.maxTextLength ?? maxTextLength,
      }),
    })
  }
  return { endpoints, problems }
}

/** Payload's built-in endpoint objects (shared by every config): anything else is ours or the host's. */
async function builtInEndpoints(): Promise<Set<Endpoint>> {
  const reference = await buildConfig({
    secret: 'reference',
    db: {} as never,
    collections: [
      { slug: 'reference-auth', auth: true, upload: true, fields: [] },
      { slug: 'reference-plain', versions: { drafts: true }, fields: [] },
    ],
    globals: [{ slug: 'reference-global', versions: { drafts: true }, fields: [] }],
  })
  const all = [
    ...(reference.endpoints || []),
    ...reference.collections.flatMap((collection) => collection.endpoints || []),
    ...reference.globals.flatMap((global) => global.endpoints || []),
  ]
  return new Set(all)
}

async function customWriteEndpoints(payload: Payload): Promise<{ method: 'POST' | 'PATCH'; path: string; collection?: string }[]> {
  const builtIn = await builtInEndpoints()
  const api = payload.config.routes.api
  const found: { method: 'POST' | 'PATCH'; path: string; collection?: string }[] = []
  const consider = (endpoint: Endpoint, prefix: string, collection?: string) => {
    // The 404 stand-ins for versions endpoints of what has no versions read no body (tested in malformedRequests.test.ts).
    if (builtIn.has(endpoint) || endpoint.custom?.[NO_VERSIONS_ENDPOINT] || !['post', 'patch', 'put'].includes(endpoint.method)) return
    found.push({ method: endpoint.method.toUpperCase() as 'POST', path: `${api}${prefix}${endpoint.path}`, collection })
  }
  for (const endpoint of payload.config.endpoints || []) consider(endpoint, '')
  for (const collection of payload.config.collections) {
    if (INTERNAL.has(collection.slug)) continue
    for (const endpoint of collection.endpoints || []) consider(endpoint, `/${collection.slug}`, collection.slug)
  }
  for (const global of payload.config.globals) {
    if (INTERNAL.has(global.slug)) continue
    for (const endpoint of global.endpoints || []) consider(endpoint, `/globals/${global.slug}`)
  }
  return found
}

/** Body fields minus those field-level access keeps any of the senders from writing (Payload would drop them). */
async function writableBodyFields(
  payload: Payload,
  fields: Field[],
  operation: 'create' | 'update',
  senders: TestUser[],
): Promise<BodyField[]> {
  const denied = new Set<Field>()
  const requests = await Promise.all(senders.map((user) => createLocalReq({ user: user as NonNullable<PayloadRequest['user']> }, payload)))
  const walk = async (list: Field[]) => {
    for (const field of list) {
      const anyField = field as Field & Record<string, any>
      const access = anyField.access?.[operation]
      if (access) {
        for (const req of requests) {
          if (!(await access({ req, data: {}, siblingData: {}, doc: {} }))) denied.add(field)
        }
      }
      if (Array.isArray(anyField.fields)) await walk(anyField.fields)
      if (Array.isArray(anyField.tabs)) for (const tab of anyField.tabs) await walk(tab.fields)
    }
  }
  await walk(fields)
  return bodyFields(fields, (field) => !denied.has(field))
}

// ---------------------------------------------------------------------------------------------
// Reads

export async function readableIDs(payload: Payload, slug: string, user: TestUser): Promise<Set<string> | 'forbidden'> {
  const ids = new Set<string>()
  try {
    for (const draft of [false, true]) {
      const { docs } = await payload.find({
        collection: slug as 'posts',
        user,
        overrideAccess: false,
        draft,
        depth: 0,
        limit: 0,
        pagination: false,
      })
      for (const doc of docs) ids.add(String(doc.id))
    }
  } catch (error) {
    if ((error as { status?: number }).status === 403) return 'forbidden'
    throw error
  }
  return ids
}

export function queryablePaths(fields: Field[], prefix = ''): string[] {
  const paths: string[] = ['id']
  for (const field of fields) {
    const anyField = field as Field & Record<string, any>
    if (anyField.hidden) continue
    if ('name' in field && field.type !== 'ui') paths.push(`${prefix}${field.name}`)
    if (Array.isArray(anyField.fields)) paths.push(...queryablePaths(anyField.fields, 'name' in field ? `${prefix}${field.name}.` : prefix))
  }
  return [...new Set(paths)]
}

/** Hidden fields of the collection and of the accounts it points to (`author.hash`…). */
export function hiddenPaths(payload: Payload, fields: Field[]): string[] {
  const users = payload.config.collections.find((collection) => collection.auth)
  const hiddenOfUsers = (users?.fields ?? [])
    .filter((field) => 'name' in field && (field as { hidden?: boolean }).hidden)
    .map((field) => (field as { name: string }).name)
  const own = fields
    .filter((field) => 'name' in field && (field as { hidden?: boolean }).hidden)
    .map((field) => (field as { name: string }).name)
  const relations = fields
    .filter((field) => field.type === 'relationship' && field.relationTo === users?.slug)
    .flatMap((field) => hiddenOfUsers.map((hidden) => `${(field as { name: string }).name}.${hidden}`))
  return [...own, ...relations]
}

/**
 * A secret in an answer: password material anywhere, or, to anyone but an administrator, the login
 * sessions of someone else (Payload shows an account's sessions to whoever may read the account).
 */
export function findSecretKey(value: unknown, reader: TestUser): string | null {
  const stack = [value]
  while (stack.length > 0) {
    const current = stack.pop()
    if (!current || typeof current !== 'object') continue
    const owner = (current as { id?: unknown }).id
    for (const [key, child] of Object.entries(current)) {
      if (child === undefined) continue
      if (ALWAYS_SECRET.includes(key)) return key
      if (key === 'sessions' && String(owner) !== String(reader.id) && !reader.roles?.includes('admin'))
        return `sessions of user ${String(owner)}`
      stack.push(child)
    }
  }
  return null
}
