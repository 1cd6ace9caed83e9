import type { CollectionAfterChangeHook } from 'payload'

import { translate } from '../src/translations'
import { asSystem } from './engine/actor'
import { relationId } from './engine/snapshot'

const IN_THE_PLAN = ['approved', 'scheduled']

/**
 * PRIV-3: withdrawing a consent takes every approved or scheduled post showing that person out of
 * the plan at once (→ unscheduled, with the reason in its history), before any publication run, and
 * tells the responsible person. The publication job re-checks consents anyway (expiry included).
 */
export const unschedulePostsOfWithdrawnConsent: CollectionAfterChangeHook = async ({ doc, previousDoc, req }) => {
  if (!doc.revokedAt || previousDoc?.revokedAt) return doc
  const personId = relationId(doc.person)
  if (personId === null) return doc
  const { payload } = req
  const images = await payload.find({
    collection: 'media',
    where: { people: { contains: personId } },
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
    req,
    select: { filename: true },
  })
  if (images.docs.length === 0) return doc
  const showing = await payload.find({
    collection: 'posts',
    draft: true,
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
    req,
    where: { and: [{ media: { in: images.docs.map((image) => image.id) } }, { workflowStatus: { in: IN_THE_PLAN } }] },
    select: { title: true },
  })
  const date = new Intl.DateTimeFormat('fr-CA', { dateStyle: 'long', timeZone: 'America/Toronto' }).format(new Date(doc.revokedAt))
  const reason = translate('fr', 'workflowErrors:consentWithdrawnNotice', { date })
  for (const post of showing.docs) {
    await asSystem(req, () =>
      payload.update({
        collection: 'posts',
        id: post.id,
        data: { workflowStatus: 'unscheduled', statusReason: reason },
        overrideAccess: true,
        req,
      }),
    )
  }
  if (showing.docs.length > 0) {
    const policy = await payload.findGlobal({ slug: 'policy', depth: 1, overrideAccess: true, req })
    const person = policy.responsiblePerson as { email?: string } | null | undefined
    if (person && typeof person === 'object' && person.email) {
      await payload
        .sendEmail({
          to: person.email,
          subject: `[Balises] PRIV-3 — ${showing.docs.length} publication(s) déprogrammée(s)`,
          text: `${reason}\n\n${showing.docs.map((post) => `- ${post.title}`).join('\n')}`,
        })
        .catch((error: unknown) => payload.logger.warn({ err: error, msg: 'PRIV-3 notice e-mail not sent' }))
    }
  }
  return doc
}
