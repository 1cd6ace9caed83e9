import type { Payload, PayloadRequest } from 'payload'

import { loadPolicy } from '../policy/loadPolicy'
import type { Role } from '../roles'
import { slugsOf } from '../slugs'
import { runtimeOptionsOf } from '../runtimeOptions'

type Id = number | string

/** Accounts holding one of these roles. */
export async function holdersOf(payload: Payload, roles: Role[], req?: PayloadRequest): Promise<Id[]> {
  const { rolesField } = runtimeOptionsOf(payload)
  const found = await payload.find({
    collection: slugsOf(payload).users,
    where: { [rolesField]: { in: roles } },
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
    req,
    select: { [rolesField]: true },
  })
  return found.docs.map((user) => user.id)
}

/** The responsible person(s): every `responsable` account, and the policy's responsible person (GOV-1) whatever their role. */
export async function responsables(payload: Payload, req?: PayloadRequest): Promise<Id[]> {
  const ids = await holdersOf(payload, ['responsable'], req)
  const named = (await loadPolicy({ payload, req })).responsiblePerson
  const namedId = named && typeof named === 'object' ? (named as { id: Id }).id : (named as Id | null | undefined)
  if (namedId !== null && namedId !== undefined && !ids.some((id) => String(id) === String(namedId))) ids.push(namedId)
  return ids
}

/** The policy's time zone, for dates in messages. */
export async function policyTimeZone(payload: Payload, req?: PayloadRequest): Promise<string> {
  return (await loadPolicy({ payload, req })).timeZone
}

/** A person's name as the team knows it (never their e-mail address). */
export async function displayName(payload: Payload, id: Id | null, req?: PayloadRequest): Promise<string | null> {
  if (id === null) return null
  const user = await payload.findByID({
    collection: slugsOf(payload).users,
    id,
    depth: 0,
    overrideAccess: true,
    req,
    disableErrors: true,
    select: { name: true },
  })
  return (user as { name?: string | null } | null)?.name?.trim() || null
}
