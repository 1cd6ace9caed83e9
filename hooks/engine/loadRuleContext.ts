import type { PayloadRequest } from 'payload'

import { CHANNELS, type Channel } from '../../src/channels'
import { codeVersionOf } from '../../src/codeOfConduct/acceptance'
import { defaultPolicy } from '../../src/policy/defaults'
import { loadPolicy, withDefaultZone } from '../../src/policy/loadPolicy'
import { normalisePhraseList } from '../../src/policy/phraseList'
import type {
  Actor,
  AgeBand,
  ConsentFacts,
  ConsentRelationship,
  MediaFacts,
  PersonFacts,
  PolicyFacts,
  PositionStatus,
  PostSnapshot,
  RuleContext,
} from '../rules/types'
import { clockOf } from './clock'
import { cachedReference } from './referenceCache'
import { relationId, relationIds } from './snapshot'
import { slugsOf } from '../../src/slugs'

type Doc = Record<string, any>

/**
 * Loads, once per save, every database fact the rules need, in a fixed number of batched queries
 * whatever the number of images or people: position, media, people, consents; the categories and
 * the policy come from a short-lived cache (referenceCache.ts).
 * These are system reads (the rules see consents even when an editor saves; their messages never
 * reveal personal data).
 */
export async function loadRuleContext(
  post: PostSnapshot,
  req: PayloadRequest,
  extra: { actor: Actor | null; transition: RuleContext['transition']; now?: Date },
): Promise<RuleContext> {
  const { payload } = req
  const system = { req, overrideAccess: true, depth: 0, pagination: false, limit: 0 } as const

  const [categories, positions, media, policy] = await Promise.all([
    cachedReference(payload, 'categories', () => payload.find({ ...system, req: undefined, collection: slugsOf(payload).categories })),
    post.positionId === null
      ? null
      : payload.find({ ...system, collection: slugsOf(payload).positions, where: { id: { equals: post.positionId } } }),
    post.mediaIds.length === 0
      ? null
      : payload.find({
          ...system,
          collection: slugsOf(payload).media,
          where: { id: { in: post.mediaIds } },
          select: { filename: true, noIdentifiablePerson: true, people: true },
        }),
    loadPolicy({ payload }),
  ])

  const mediaFacts: MediaFacts[] = (media?.docs ?? []).map((doc: Doc) => ({
    id: doc.id,
    filename: doc.filename ?? String(doc.id),
    noIdentifiablePerson: doc.noIdentifiablePerson === true,
    peopleIds: relationIds(doc.people),
  }))
  const personIds = [...new Set(mediaFacts.flatMap((item) => item.peopleIds.map(String)))]

  const [people, consents] =
    personIds.length === 0
      ? [null, null]
      : await Promise.all([
          payload.find({
            ...system,
            collection: slugsOf(payload).people,
            where: { id: { in: personIds } },
            select: { birthDate: true, ageBand: true },
          }),
          payload.find({
            ...system,
            collection: slugsOf(payload).consents,
            where: { person: { in: personIds } },
            select: {
              person: true,
              relationship: true,
              signatoryName: true,
              scopes: true,
              validFrom: true,
              expiresAt: true,
              revokedAt: true,
              evidence: true,
              evidenceWaiver: true,
            },
          }),
        ])

  const category = (categories.docs as Doc[]).find((candidate) => String(candidate.id) === String(post.categoryId))
  const position = positions?.docs[0] as Doc | undefined
  return {
    category: category
      ? { id: category.id, code: category.code, retired: category.retired === true, labelFr: category.labelFr, labelEn: category.labelEn }
      : null,
    position: position ? { id: position.id, title: position.title, status: position.status as PositionStatus } : null,
    media: mediaFacts,
    people: new Map((people?.docs ?? []).map((doc: Doc) => [String(doc.id), toPersonFacts(doc)])),
    consentsByPerson: groupConsents((consents?.docs ?? []) as Doc[]),
    policy: toPolicyFacts(policy as Doc),
    // The save's moment: the job's run, the seed's past publication, or now (clock.ts).
    now: extra.now ?? clockOf(req),
    actor: extra.actor,
    transition: extra.transition,
  }
}

function toPersonFacts(doc: Doc): PersonFacts {
  return { id: doc.id, birthDate: doc.birthDate ?? null, ageBand: (doc.ageBand as AgeBand | null) ?? null }
}

function groupConsents(docs: Doc[]): Map<string, ConsentFacts[]> {
  const grouped = new Map<string, ConsentFacts[]>()
  for (const doc of docs) {
    const personId = relationId(doc.person)
    if (personId === null) continue
    const consent: ConsentFacts = {
      id: doc.id,
      personId,
      relationship: doc.relationship as ConsentRelationship,
      signatoryName: doc.signatoryName ?? null,
      scopes: (doc.scopes ?? []) as Channel[],
      validFrom: doc.validFrom ?? null,
      expiresAt: doc.expiresAt ?? null,
      revokedAt: doc.revokedAt ?? null,
      signedForm: relationId(doc.evidence) !== null || (typeof doc.evidenceWaiver === 'string' && doc.evidenceWaiver.trim().length > 0),
    }
    grouped.set(String(personId), [...(grouped.get(String(personId)) ?? []), consent])
  }
  return grouped
}

/** The policy as stored, with the defaults for anything never saved. */
function toPolicyFacts(stored: Doc | null | undefined): PolicyFacts {
  const policy = withDefaultZone(stored)
  const defaults = defaultPolicy(policy.timeZone)
  const limits = (policy?.channelLimits?.length ? policy.channelLimits : defaults.channelLimits) as { channel: Channel; limit: number }[]
  // string[] (rows of the former array shape are read too: src/policy/phraseList.ts).
  const storedPatterns = normalisePhraseList(policy?.forbiddenPatterns)
  const patterns = storedPatterns?.length ? storedPatterns : defaults.forbiddenPatterns
  const allowed = normalisePhraseList(policy?.allowedPhrases) ?? defaults.allowedPhrases
  return {
    timeZone: policy.timeZone,
    channelLimits: Object.fromEntries(limits.filter((row) => CHANNELS.includes(row.channel)).map((row) => [row.channel, row.limit])),
    forbiddenPatterns: patterns,
    allowedPhrases: allowed,
    codeOfConductVersion: codeVersionOf(stored),
  }
}
