import { ValidationError, type CollectionBeforeChangeHook, type PayloadRequest } from 'payload'

import { hasRole, STAFF_ROLES } from '../src/roles'
import { translate } from '../src/translations'
import {
  checkTransition,
  GATED_STATUSES,
  isSendBack,
  LOCKED_STATUSES,
  needsReason,
  WORKFLOW_STATUSES,
  type WorkflowStatus,
} from '../src/workflow'
import { isTimeZone } from '../calendar/zonedTime'
import { actorOf } from './engine/actor'
import { channelShapeProblems } from './engine/channelShape'
import { maySeePersonalFindings, rememberNeutralErrors, withheldFindings, withholdPersonal, withholdPersonalRefusals } from './engine/disclosure'
import { evaluate, OVERRIDABLE_RULES, refusals, type Finding } from './engine/evaluate'
import { loadRuleContext } from './engine/loadRuleContext'
import { contentChanged } from './engine/postChanges'
import { relationId, toPostSnapshot } from './engine/snapshot'
import { withRuleId } from './rules/messages'

type Doc = Record<string, any>
type FieldError = { path: string; message: string }

const stageLabel = (language: string | undefined, status: WorkflowStatus) => translate(language, `workflow:${status}`)

/**
 * The heart of Balises: on every save of a post, whatever the path (admin, REST, GraphQL, local
 * API, job), checks the workflow move, runs every rule of the policy, and refuses with all the
 * reasons at once (400, field paths, rule IDs) — or stores the findings on the post.
 */
export const enforcePostRules: CollectionBeforeChangeHook = async ({ collection, data, originalDoc, operation, req }) => {
  const unusable = unusableValues(data, req)
  if (unusable.length > 0) throw new ValidationError({ collection: collection.slug, errors: unusable, req })
  const language = req.i18n?.language
  const previous: Doc = operation === 'update' ? (originalDoc ?? {}) : {}
  const merged: Doc = { ...previous, ...data }
  const actor = actorOf(req)
  const from: WorkflowStatus = operation === 'update' ? (previous.workflowStatus ?? 'draft') : 'draft'
  const to: WorkflowStatus = merged.workflowStatus ?? 'draft'
  const transition = from !== to ? { from, to } : null
  const errors: FieldError[] = []

  // Payload carries a stored `_status: 'published'` into `data`: only a new publish request counts.
  if (data._status === 'published' && previous._status !== 'published' && to !== 'published') {
    errors.push({ path: 'workflowStatus', message: translate(language, 'workflowErrors:publishThroughWorkflow') })
  }

  const overrides = stampOverrides(previous.overrides, data.overrides, actor?.id ?? null, errors, language)
  const post = toPostSnapshot({ ...merged, workflowStatus: to })
  const context = await loadRuleContext(post, req, { actor, transition })

  if (actor && transition && !(operation === 'create' && to === 'draft')) {
    const refusal = checkTransition(from, to, actor.roles, context.category?.code ?? null)
    if (refusal?.kind === 'unknown') {
      const next = refusal.next.map((status) => translate(language, 'systemTexts:quoted', { text: stageLabel(language, status) })).join(', ')
      errors.push({
        path: 'workflowStatus',
        message: translate(language, 'workflowErrors:transitionUnknown', { from: stageLabel(language, from), to: stageLabel(language, to), next }),
      })
    } else if (refusal?.kind === 'forbidden') {
      const roles = actor.roles.map((role) => translate(language, `roles:${role}` as 'roles:admin')).join(', ') || '—'
      errors.push({
        path: 'workflowStatus',
        message: translate(language, 'workflowErrors:transitionNotAllowed', { from: stageLabel(language, from), to: stageLabel(language, to), roles }),
      })
    }
  }
  const changesContent = operation === 'update' && contentChanged(previous, data)
  if (actor && changesContent && !hasRole(actor, ...STAFF_ROLES)) {
    errors.push({ path: 'workflowStatus', message: translate(language, 'workflowErrors:collectiveApprovesOnly') })
  } else if (actor && LOCKED_STATUSES.includes(from) && changesContent && !hasRole(actor, 'responsable', 'admin')) {
    errors.push({ path: 'workflowStatus', message: translate(language, 'workflowErrors:lockedAfterApproval', { status: stageLabel(language, from) }) })
  }
  const reason = typeof data.statusReason === 'string' ? data.statusReason.trim() : ''
  if (transition && needsReason(from, to) && !reason) {
    errors.push({ path: 'statusReason', message: translate(language, 'workflowErrors:reasonRequired', { to: stageLabel(language, to) }) })
  } else if (transition && actor && !reason && isSendBack(from, to, String(relationId(previous.author)) === String(actor.id))) {
    errors.push({ path: 'statusReason', message: translate(language, 'workflowActions:sendBackNeedsComment') })
  }
  if (to === 'scheduled' && !post.publishAt) {
    errors.push({ path: 'publishAt', message: translate(language, 'workflowErrors:scheduleNeedsDate') })
  }

  const overriddenRules = overrides.map((row) => row.rule)
  const findings = evaluate(post, context, { target: to, overriddenRules })
  const gated = GATED_STATUSES.includes(to)
  const refused = refusals(findings, gated)
  const withheld = withheldFindings(post, context)
  const neutral = [...errors, ...withholdPersonalRefusals(refused, errors.length, gated, withheld).map((finding) => fieldError(finding, language))]
  const exact = [...errors, ...refused.map((finding) => fieldError(finding, language))]

  if (exact.length > 0) {
    const shown = maySeePersonalFindings(actor) ? exact : neutral
    const error = new ValidationError({ collection: collection.slug, errors: dedupe(shown), req })
    rememberNeutralErrors(error, dedupe(neutral))
    throw error
  }

  return {
    ...data,
    workflowStatus: to,
    // Leaving `published` (archiving) unpublishes the document in Payload's terms too.
    ...(to !== 'published' && previous._status === 'published' ? { _status: 'draft' } : {}),
    // Every signed-in person reads the stored findings: they never depend on personal data.
    compliance: withholdPersonal(findings, post, context).map(toComplianceRow),
    overrides,
    statusReason: null,
    history: transition
      ? [
          ...(Array.isArray(previous.history) ? previous.history : []),
          { from, to, by: actor?.id ?? null, at: new Date().toISOString(), reason: reason || null },
        ]
      : (previous.history ?? data.history ?? []),
  }
}

/**
 * Values the workflow cannot work on. Payload validates fields only after this hook, so an unknown
 * status would crash the messages below (500), and a text over Payload's length limit, refused
 * anyway, would first cost seconds of rule matching (a few MB: several seconds). Payload checks
 * neither a status that is not a string nor the publication time zone (any text was stored).
 */
function unusableValues(data: Doc, req: PayloadRequest): FieldError[] {
  const errors: FieldError[] = []
  const maxLength = req.payload.config.defaultMaxTextLength ?? 40_000
  const channels = Array.isArray(data.channels) ? (data.channels as { text?: unknown }[]) : []
  const texts: [string, unknown][] = [
    ['title', data.title],
    ['source', data.source],
    ['sourceOrganisation', data.sourceOrganisation],
    ['statusReason', data.statusReason],
    ...channels.map((row, index): [string, unknown] => [`channels.${index}.text`, row?.text]),
  ]
  errors.push(...channelShapeProblems(data.channels, req.i18n?.language))
  for (const [path, text] of texts) {
    if (typeof text === 'string' && text.length > maxLength) {
      errors.push({ path, message: req.t('validation:shorterThanMax', { label: req.t('general:value'), maxLength, stringValue: '' }) })
    }
  }
  if (data.workflowStatus !== undefined && !WORKFLOW_STATUSES.includes(data.workflowStatus)) {
    errors.push({ path: 'workflowStatus', message: req.t('validation:invalidSelection') })
  }
  const zone = data.publishAt_tz
  if (zone !== undefined && zone !== null && zone !== '' && !isTimeZone(zone)) {
    errors.push({ path: 'publishAt_tz', message: req.t('validation:invalidSelection') })
  }
  return errors
}

function fieldError(finding: Finding, language: string | undefined): FieldError {
  const message = withRuleId(finding, language)
  return {
    path: finding.path,
    message:
      finding.effectiveLevel === 'warn' ? translate(language, 'workflowErrors:warningNotResolved', { rule: finding.rule, message }) : message,
  }
}

function toComplianceRow(finding: Finding) {
  return {
    rule: finding.rule,
    level: finding.effectiveLevel,
    path: finding.path,
    messageFr: withRuleId(finding, 'fr'),
    messageEn: withRuleId(finding, 'en'),
    overridden: finding.overridden,
  }
}

type OverrideRow = { rule: string; justification: string; by: unknown; at: string }

/** Keeps stored overrides, stamps new ones with who and when, and checks each new one. */
function stampOverrides(
  stored: unknown,
  incoming: unknown,
  actorId: number | string | null,
  errors: FieldError[],
  language: string | undefined,
): OverrideRow[] {
  const previous = (Array.isArray(stored) ? stored : []) as OverrideRow[]
  if (!Array.isArray(incoming)) return previous
  return (incoming as Partial<OverrideRow & { id: string }>[]).map((row, index) => {
    const known = previous.find((existing) => existing.rule === row.rule && existing.justification === row.justification)
    if (known) return known
    const rule = String(row.rule ?? '')
    if (!OVERRIDABLE_RULES.includes(rule as never)) {
      errors.push({ path: `overrides.${index}.rule`, message: translate(language, 'workflowErrors:overrideNotOverridable', { rule }) })
    }
    if (String(row.justification ?? '').trim().length < 10) {
      errors.push({
        path: `overrides.${index}.justification`,
        message: translate(language, 'workflowErrors:overrideJustificationRequired', { rule }),
      })
    }
    return { rule, justification: String(row.justification ?? '').trim(), by: actorId, at: new Date().toISOString() }
  })
}

function dedupe(errors: FieldError[]): FieldError[] {
  const seen = new Set<string>()
  return errors.filter((error) => {
    const key = `${error.path}|${error.message}`
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}
