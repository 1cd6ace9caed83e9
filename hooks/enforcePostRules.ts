import { ValidationError, type CollectionBeforeChangeHook } from 'payload'

import { checkMove } from '../src/checkMove'
import { GATED_STATUSES, type WorkflowStatus } from '../src/workflow'
import { actorOf } from './engine/actor'
import { checkPost } from './engine/checkPost'
import { maySeePersonalFindings, rememberNeutralErrors, withholdPersonalRefusals } from './engine/disclosure'
import { refusals } from './engine/evaluate'
import { dedupe, type FieldError } from './engine/fieldError'
import { fieldError, toComplianceRow } from './engine/findingRows'
import { moveErrors } from './engine/moveErrors'
import { stampOverrides } from './engine/overrides'
import { contentChanged } from './engine/postChanges'
import { publishedAtAfter } from './engine/publishedAt'
import { publishGuard } from './engine/publishGuard'
import { relationId } from './engine/snapshot'
import { unusableValues } from './engine/unusableValues'
import { postHistoryEventOf } from '../src/deliveries/postHistory'

type Doc = Record<string, any>

/**
 * The heart of Balises: on every save of a post, whatever the path (admin, REST, GraphQL, local
 * API, job), checks the workflow move, runs every rule of the policy, and refuses with all the
 * reasons at once (400, field paths, rule IDs) — or stores the findings on the post.
 */
export const enforcePostRules: CollectionBeforeChangeHook = async ({ collection, data, originalDoc, operation, req }) => {
  const historyEvent = postHistoryEventOf(req)
  if (historyEvent && operation === 'update') {
    // The system recording where the post went (src/deliveries/postHistory.ts): nothing else changes.
    const history = Array.isArray(originalDoc?.history) ? originalDoc.history : []
    return { ...data, history: [...history, { from: null, to: null, by: null, reason: null, ...historyEvent }] }
  }
  const unusable = unusableValues(data, req)
  if (unusable.length > 0) throw new ValidationError({ collection: collection.slug, errors: unusable, req })
  const language = req.i18n?.language
  const previous: Doc = operation === 'update' ? (originalDoc ?? {}) : {}
  const merged: Doc = { ...previous, ...data }
  const actor = actorOf(req)
  const from: WorkflowStatus = operation === 'update' ? (previous.workflowStatus ?? 'draft') : 'draft'
  const to: WorkflowStatus = merged.workflowStatus ?? 'draft'
  const transition = from !== to ? { from, to } : null
  const reason = typeof data.statusReason === 'string' ? data.statusReason.trim() : ''

  const stamped = stampOverrides(previous.overrides, data.overrides, actor?.id ?? null, language)
  const check = await checkPost(merged, req, { actor, transition, target: to, overriddenRules: stamped.overrides.map((row) => row.rule) })
  const move = checkMove(from, to, actor, {
    categoryCode: check.context.category?.code ?? null,
    byAuthor: actor !== null && String(relationId(previous.author)) === String(actor.id),
    changesContent: operation === 'update' && contentChanged(previous, data),
    reason,
    hasPublishAt: Boolean(check.post.publishAt),
  })
  const errors: FieldError[] = [
    ...publishGuard(data, previous, to, language),
    ...stamped.errors,
    ...moveErrors(move, { from, to, actor, language }),
  ]

  const gated = GATED_STATUSES.includes(to)
  const refused = refusals(check.findings, gated)
  const neutral = [
    ...errors,
    ...withholdPersonalRefusals(refused, errors.length, gated, check.withheld).map((finding) => fieldError(finding, language)),
  ]
  const exact = [...errors, ...refused.map((finding) => fieldError(finding, language))]

  if (exact.length > 0) {
    const shown = maySeePersonalFindings(actor) ? exact : neutral
    const error = new ValidationError({ collection: collection.slug, errors: dedupe(shown), req })
    rememberNeutralErrors(error, dedupe(neutral))
    throw error
  }

  // The moment the rules judged (the job's run, or now): the history row and `publishedAt` say the same.
  const at = check.context.now
  return {
    ...data,
    workflowStatus: to,
    publishedAt: publishedAtAfter(previous.publishedAt, transition, at),
    // Leaving `published` (archiving) unpublishes the document in Payload's terms too.
    ...(to !== 'published' && previous._status === 'published' ? { _status: 'draft' } : {}),
    // Every signed-in person reads the stored findings: they never depend on personal data.
    compliance: check.neutral.map(toComplianceRow),
    overrides: stamped.overrides,
    statusReason: null,
    history: transition
      ? [
          ...(Array.isArray(previous.history) ? previous.history : []),
          { from, to, by: actor?.id ?? null, at: at.toISOString(), reason: reason || null },
        ]
      : (previous.history ?? data.history ?? []),
  }
}
