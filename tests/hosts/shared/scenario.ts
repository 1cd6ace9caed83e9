// The scenario a second host runs against the INSTALLED Balises (copied next to the scratch hosts as
// test-results/hosts/shared/): it imports nothing from this repository's sources, only Payload and the
// host's own config. It prints one JSON line that tests/int/secondHosts.test.ts reads.
import { realpathSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

import type { Payload, SanitizedConfig } from 'payload'

const DAY_MS = 24 * 3600_000
/** Dates from the real clock, so the scenario holds on any day it runs. */
const fromNow = (days: number): string => new Date(Date.now() + days * DAY_MS).toISOString()

export type Slugs = { posts: string; media: string; categories: string; people: string; consents: string; positions: string; users: string }

export type HostScenario = {
  /** import.meta.resolve('balises') as seen from the host's own scenario file. */
  resolvedBalises: string
  loadConfig: () => Promise<SanitizedConfig>
  /** Balises' slugs in this host, as its config asks for them. */
  slugs: Slugs
  /** The field Balises keeps its roles in on the staff accounts. */
  rolesField: string
  /** Extra data every staff account of this host needs (its own required fields). */
  accountData?: Record<string, unknown>
  /** The host's own collections, one document each (created as the system). */
  hostDocuments: (payload: Payload, image: Buffer) => Promise<Record<string, unknown>>
}

export type StepResult = { ok: boolean; error?: string; [key: string]: unknown }

const RULE_ID = /\b(CAT(?:-\d+)?|POS-\d+|PRIV-\d+|FORBID-\d+|CHAN-\d+|GOV-\d+)\b/g

/** A 1×1 PNG: enough for an upload collection, no image library needed. */
export const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64')

function describeError(error: unknown): string {
  const caught = error as { message?: string; data?: { errors?: { path?: string; message?: string }[] } }
  const fields = caught.data?.errors?.map((field) => `${field.path}: ${field.message}`).join(' | ')
  return fields ? `${caught.message} (${fields})` : String(caught.message ?? error)
}

/** The rule IDs a refused save names, in its messages or beside them. */
function rulesNamed(error: unknown): { rules: string[]; paths: string[]; messages: string[] } {
  const caught = error as { message?: string; data?: { errors?: { path?: string; message?: string; rule?: string }[] } }
  const errors = caught.data?.errors ?? []
  const texts = [caught.message ?? '', ...errors.map((field) => `${field.rule ?? ''} ${field.message ?? ''}`)]
  const rules = [...new Set(texts.flatMap((text) => [...text.matchAll(RULE_ID)].map((match) => match[1])))]
  return { rules, paths: errors.map((field) => field.path ?? ''), messages: errors.map((field) => field.message ?? '') }
}

async function step(run: () => Promise<Record<string, unknown> | void>): Promise<StepResult> {
  try {
    return { ok: true, ...(await run()) }
  } catch (error) {
    return { ok: false, error: describeError(error) }
  }
}

export async function runScenario(host: HostScenario): Promise<void> {
  const result: Record<string, unknown> = { resolvedBalises: realpathSync(fileURLToPath(host.resolvedBalises)) }
  let payload: Payload | undefined
  try {
    result.init = await step(async () => {
      const { getPayload } = await import('payload')
      payload = await getPayload({ config: await host.loadConfig() })
      const custom = payload.config.custom as { balises?: { slugs?: Record<string, string> } } | undefined
      return { collections: payload.config.collections.map((collection) => collection.slug), slugs: custom?.balises?.slugs ?? null }
    })
    if (payload) Object.assign(result, await scenario(payload, host))
  } finally {
    console.log(`BALISES_SCENARIO ${JSON.stringify(result)}`)
    await payload?.destroy().catch(() => undefined)
  }
}

async function scenario(payload: Payload, host: HostScenario): Promise<Record<string, unknown>> {
  const { slugs, rolesField } = host
  const out: Record<string, unknown> = {}
  const codes: Record<string, string | number> = {}

  out.seeded = await step(async () => {
    const { docs } = await payload.find({ collection: slugs.categories as never, limit: 100, depth: 0 })
    for (const doc of docs as { code?: string; id: string | number }[]) if (doc.code) codes[doc.code] = doc.id
    const policy = (await payload.findGlobal({ slug: 'policy' as never, depth: 0 })) as Record<string, unknown>
    return {
      categories: Object.keys(codes).sort((a, b) => Number(a.slice(4)) - Number(b.slice(4))),
      policyKeys: Object.keys(policy ?? {}),
      policySaved: Boolean(policy?.updatedAt),
    }
  })

  type Account = Record<string, unknown> & { id: string | number; collection: string }
  const team: Record<string, Account> = {}
  let counter = 0
  const account = async (roles: string[], extra: Record<string, unknown> = {}): Promise<Account> => {
    counter++
    const doc = await payload.create({
      collection: slugs.users as never,
      data: {
        email: `${roles.join('-') || 'none'}-${counter}@host.balises.test`,
        password: `Mot-de-passe-${counter}-hote`,
        name: `Hôte ${roles.join(' ')} ${counter}`,
        [rolesField]: roles,
        codeOfConductAcceptedAt: new Date().toISOString(),
        ...host.accountData,
        ...extra,
      } as never,
    })
    return { ...(doc as Record<string, unknown>), collection: slugs.users } as Account
  }
  out.accounts = await step(async () => {
    for (const role of ['admin', 'responsable', 'redaction', 'collective']) team[role] = await account([role])
    team.newcomer = await account(['redaction'], { codeOfConductAcceptedAt: null })
    const stored = (await payload.findByID({ collection: slugs.users as never, id: team.redaction.id, depth: 0 })) as Record<
      string,
      unknown
    >
    return { roles: stored[rolesField], hostFields: Object.keys(stored).sort() }
  })

  const as = (user: Account) => ({ user: user as never, overrideAccess: false })
  const draft = (user: Account, data: Record<string, unknown> = {}) =>
    payload.create({
      collection: slugs.posts as never,
      data: {
        title: 'Nos ateliers de prévention',
        category: codes['CAT-2'],
        channels: [{ channel: 'facebook', text: 'Nos animatrices offrent des ateliers de prévention dans les écoles.' }],
        publishAt: fromNow(30),
        ...data,
      } as never,
      ...as(user),
    }) as Promise<Record<string, unknown> & { id: string | number }>
  const move = (user: Account, id: string | number, data: Record<string, unknown>) =>
    payload.update({ collection: slugs.posts as never, id, data: data as never, ...as(user) }) as Promise<Record<string, unknown>>
  const submit = (post: { id: string | number }) => move(team.redaction, post.id, { workflowStatus: 'in_review' })
  const approve = (post: { id: string | number }, by = team.responsable) =>
    move(by, post.id, { workflowStatus: 'approved', valuesConfirmed: true })
  const image = async (data: Record<string, unknown>) =>
    (await payload.create({
      collection: slugs.media as never,
      data: { alt: 'Photo d’atelier', noIdentifiablePerson: false, people: [], ...data } as never,
      file: { data: PNG, mimetype: 'image/png', name: `photo-${++counter}.png`, size: PNG.length },
    })) as { id: string | number }
  const person = async (data: Record<string, unknown>) =>
    (await payload.create({ collection: slugs.people as never, data: { fullName: 'Enfant Test', kind: 'child', ...data } as never })) as {
      id: string | number
    }
  const consent = (personId: string | number, data: Record<string, unknown>) =>
    payload.create({
      collection: slugs.consents as never,
      data: {
        person: personId,
        relationship: 'parent',
        signatoryName: 'Parent Test',
        scopes: ['facebook', 'instagram'],
        validFrom: fromNow(-30),
        expiresAt: fromNow(2 * 365),
        ...data,
      } as never,
    })

  out.workflow = await step(async () => {
    const post = await draft(team.redaction)
    await submit(post)
    await approve(post)
    await move(team.responsable, post.id, { workflowStatus: 'scheduled' })
    const published = await move(team.responsable, post.id, { workflowStatus: 'published' })
    const history = (published.history as { from: string; to: string }[] | undefined) ?? []
    const anonymous = await payload.find({ collection: slugs.posts as never, overrideAccess: false, where: { id: { equals: post.id } } })
    return {
      workflowStatus: published.workflowStatus,
      _status: published._status,
      history: history.map((entry) => `${entry.from}>${entry.to}`),
      publicIds: anonymous.docs.map((doc) => (doc as { id: unknown }).id),
      id: post.id,
    }
  })

  /** `attempt` must be refused; the result says which rule IDs and paths the refusal named. */
  const refusedBy = async (attempt: () => Promise<unknown>, before?: () => Promise<Record<string, unknown>>): Promise<StepResult> => {
    let setUp: Record<string, unknown> = {}
    try {
      if (before) setUp = await before()
    } catch (error) {
      return { ok: false, error: `set-up failed: ${describeError(error)}` }
    }
    try {
      await attempt()
    } catch (error) {
      return { ok: true, ...setUp, ...rulesNamed(error), thrown: describeError(error) }
    }
    return { ok: false, ...setUp, error: 'accepted, expected a refusal' }
  }
  const category = (code: string) => ({ category: codes[code] })

  const rules: Record<string, StepResult> = {}
  rules.CAT = await refusedBy(async () => submit(await draft(team.redaction, { category: null })))
  rules['CAT-6'] = await refusedBy(async () => submit(await draft(team.redaction, category('CAT-6'))))
  rules['CAT-7'] = await refusedBy(async () => submit(await draft(team.redaction, category('CAT-7'))))
  rules['CAT-8'] = await refusedBy(async () => submit(await draft(team.redaction, category('CAT-8'))))
  rules['POS-1'] = await refusedBy(async () => {
    const position = (await payload.create({
      collection: slugs.positions as never,
      data: { title: 'Position sur la prévention primaire', status: 'draft' } as never,
    })) as { id: string | number }
    const post = await draft(team.redaction, { ...category('CAT-10'), position: position.id })
    await submit(post)
    await approve(post, team.collective)
  })
  rules['PRIV-1'] = await refusedBy(async () => {
    const post = await draft(team.redaction, { media: [(await image({})).id] })
    await submit(post)
    await approve(post)
  })
  rules['PRIV-2'] = await refusedBy(async () => {
    const child = await person({ birthDate: `${fromNow(-8 * 365).slice(0, 10)}T00:00:00.000Z` })
    await consent(child.id, { relationship: 'self', signatoryName: 'Enfant' })
    const post = await draft(team.redaction, { media: [(await image({ people: [child.id] })).id] })
    await submit(post)
    await approve(post)
  })
  let forbid1Compliance: unknown
  rules['FORBID-1'] = await refusedBy(async () => {
    const post = await draft(team.redaction, {
      channels: [{ channel: 'facebook', text: 'Joyeux anniversaire à notre coordonnatrice Julie !' }],
    })
    forbid1Compliance = (post.compliance as { rule: string; level: string }[] | undefined)?.map((row) => `${row.rule}:${row.level}`)
    await submit(post)
    await approve(post)
  })
  rules['FORBID-1'].compliance = forbid1Compliance
  rules['FORBID-2'] = await refusedBy(() =>
    draft(team.redaction, {
      channels: [{ channel: 'facebook', text: 'Écrivez-nous en message privé pour être accompagnée dans vos démarches.' }],
    }),
  )
  rules['FORBID-3'] = await refusedBy(() => draft(team.newcomer))
  rules['CHAN-1'] = await refusedBy(() => draft(team.redaction, { channels: [{ channel: 'x', text: 'é'.repeat(281) }] }))
  rules['GOV-6'] = await refusedBy(async () => {
    const post = await draft(team.redaction)
    await submit(post)
    await move(team.responsable, post.id, { workflowStatus: 'approved' })
  })
  rules['GOV-4'] = await refusedBy(async () => {
    const post = await draft(team.redaction)
    await submit(post)
    await approve(post)
    await move(team.responsable, post.id, { workflowStatus: 'scheduled' })
    await move(team.responsable, post.id, { workflowStatus: 'unscheduled' })
  })
  rules.workflowRoles = await refusedBy(async () => {
    const post = await draft(team.redaction)
    await submit(post)
    await approve(post, team.redaction)
  })
  out.rules = rules

  out.hostCollections = await step(() => host.hostDocuments(payload, PNG))
  return out
}
