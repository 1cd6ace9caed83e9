import type { PayloadRequest, Where } from 'payload'

import { relationId, relationIds } from '../../hooks/engine/snapshot'
import { slugsOf } from '../slugs'
import type { AuditLogDoc } from '../types'

type Id = number | string

/** Everything Balises holds about one person (Law 25 right of access), as plain JSON. */
export type PersonRecord = {
  format: 'balises-person-record'
  version: 1
  generatedAt: string
  person: {
    id: Id
    fullName: string
    kind: string
    birthDate: string | null
    ageBand: string | null
    notes: string | null
    retentionUntil: string | null
    createdAt: string
    updatedAt: string
  }
  consents: {
    id: Id
    relationship: string
    signatoryName: string | null
    formVersion: string | null
    scopes: string[]
    validFrom: string | null
    expiresAt: string | null
    revokedAt: string | null
    revocationMethod: string | null
    retentionUntil: string | null
    createdAt: string
    updatedAt: string
    /** The signed form's description; the file itself is not part of the export. */
    evidence: { id: Id; filename: string | null; mimeType: string | null; filesize: number | null; createdAt: string } | null
  }[]
  images: { id: Id; filename: string | null; alt: string | null; mimeType: string | null; createdAt: string }[]
  posts: { id: Id; title: string; workflowStatus: string; publishAt: string | null; images: Id[] }[]
  privacyTasks: {
    id: Id
    kind: string
    cause: string
    summary: string | null
    post: Id | null
    consent: Id | null
    reason: string | null
    doneAt: string | null
    note: string | null
    createdAt: string
  }[]
  auditLog: {
    id: Id
    at: string
    actorName: string | null
    operation: string
    targetCollection: string
    targetId: string
    summary: string | null
    changes: { field: string | null; from: string | null; to: string | null }[]
  }[]
}

const ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/

/**
 * Reads, as the user of `req` (overrideAccess: false), everything held about one person: the
 * person, their consents with the signed forms' descriptions, the images showing them, the posts
 * using those images (latest version, drafts included), the « À traiter » tasks naming them or
 * their consents, and the audit-log entries about them or their consents. Null when the person
 * does not exist or the user cannot read them.
 */
export async function collectPersonRecord(req: PayloadRequest, personId: Id): Promise<PersonRecord | null> {
  if (!ID_PATTERN.test(String(personId))) return null
  const { payload, user } = req
  const as = { user, overrideAccess: false, req, depth: 0 } as const
  const all = { ...as, limit: 0, pagination: false } as const
  const person = await payload.findByID({ collection: slugsOf(payload).people, id: personId, ...as }).catch(() => null)
  if (!person) return null

  const consents = await payload.find({
    collection: slugsOf(payload).consents,
    where: { person: { equals: person.id } },
    sort: 'createdAt',
    ...all,
  })
  const consentIds = consents.docs.map((consent) => consent.id)
  const formIds = consents.docs.map((consent) => relationId(consent.evidence)).filter((id): id is Id => id !== null)
  const forms = formIds.length
    ? (await payload.find({ collection: slugsOf(payload).consentForms, where: { id: { in: formIds } }, ...all })).docs
    : []

  const images = await payload.find({
    collection: slugsOf(payload).media,
    where: { people: { contains: person.id } },
    sort: 'createdAt',
    ...all,
  })
  const imageIds = images.docs.map((image) => image.id)
  const posts = imageIds.length
    ? (
        await payload.find({
          collection: slugsOf(payload).posts,
          draft: true,
          where: { media: { in: imageIds } },
          sort: 'publishAt',
          ...all,
        })
      ).docs
    : []

  const aboutPersonOrConsents = (personField: string, consentField: string): Where => ({
    or: [{ [personField]: { equals: person.id } }, ...(consentIds.length ? [{ [consentField]: { in: consentIds } }] : [])],
  })
  const tasks = await payload.find({
    collection: slugsOf(payload).privacyTasks,
    where: aboutPersonOrConsents('person', 'consent'),
    sort: 'createdAt',
    ...all,
  })
  const audit = await payload.find({
    collection: slugsOf(payload).auditLog,
    where: {
      or: [
        { and: [{ targetCollection: { equals: slugsOf(payload).people } }, { targetId: { equals: String(person.id) } }] },
        ...(consentIds.length
          ? [{ and: [{ targetCollection: { equals: slugsOf(payload).consents } }, { targetId: { in: consentIds.map(String) } }] }]
          : []),
      ],
    },
    sort: 'at',
    ...all,
  })

  return {
    format: 'balises-person-record',
    version: 1,
    generatedAt: new Date().toISOString(),
    person: {
      id: person.id,
      fullName: person.fullName,
      kind: person.kind,
      birthDate: person.birthDate ?? null,
      ageBand: person.ageBand ?? null,
      notes: person.notes ?? null,
      retentionUntil: person.retentionUntil ?? null,
      createdAt: person.createdAt,
      updatedAt: person.updatedAt,
    },
    consents: consents.docs.map((consent) => {
      const form = forms.find((candidate) => String(candidate.id) === String(relationId(consent.evidence)))
      return {
        id: consent.id,
        relationship: consent.relationship,
        signatoryName: consent.signatoryName ?? null,
        formVersion: consent.formVersion ?? null,
        scopes: consent.scopes ?? [],
        validFrom: consent.validFrom ?? null,
        expiresAt: consent.expiresAt ?? null,
        revokedAt: consent.revokedAt ?? null,
        revocationMethod: consent.revocationMethod ?? null,
        retentionUntil: consent.retentionUntil ?? null,
        createdAt: consent.createdAt,
        updatedAt: consent.updatedAt,
        evidence: form
          ? {
              id: form.id,
              filename: form.filename ?? null,
              mimeType: form.mimeType ?? null,
              filesize: form.filesize ?? null,
              createdAt: form.createdAt,
            }
          : null,
      }
    }),
    images: images.docs.map((image) => ({
      id: image.id,
      filename: image.filename ?? null,
      alt: image.alt ?? null,
      mimeType: image.mimeType ?? null,
      createdAt: image.createdAt,
    })),
    posts: posts.map((post) => ({
      id: post.id,
      title: post.title,
      workflowStatus: post.workflowStatus,
      publishAt: post.publishAt ?? null,
      images: relationIds(post.media).filter((id) => imageIds.some((imageId) => String(imageId) === String(id))),
    })),
    privacyTasks: tasks.docs.map((task) => ({
      id: task.id,
      kind: task.kind,
      cause: task.cause,
      summary: task.summary ?? null,
      post: relationId(task.post),
      consent: relationId(task.consent),
      reason: task.reason ?? null,
      doneAt: task.doneAt ?? null,
      note: task.note ?? null,
      createdAt: task.createdAt,
    })),
    auditLog: (audit.docs as AuditLogDoc[]).map((entry) => ({
      id: entry.id,
      at: entry.at,
      actorName: entry.actorName ?? null,
      operation: entry.operation,
      targetCollection: entry.targetCollection,
      targetId: entry.targetId,
      summary: entry.summary ?? null,
      changes: (entry.changes ?? []).map((change) => ({ field: change.field ?? null, from: change.from ?? null, to: change.to ?? null })),
    })),
  }
}
