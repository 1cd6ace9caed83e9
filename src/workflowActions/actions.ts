import { parseIsoInstant } from '../time/zonedTime'
import { MIN_JUSTIFICATION_LENGTH, OVERRIDABLE_RULE } from '../overrides'
import { translate } from '../translations'
import type { WorkflowStatus } from '../workflow'
import { ACTION_MOVES, REASON_ACTIONS, type WorkflowAction } from './available'
import { formatInstant, zoneCity } from '../time/scheduleSlot'

export type FieldError = { path: string; message: string }

/** What the person sends with an action (already checked for shape). */
export type ActionRequest = {
  action: WorkflowAction
  reason?: string
  publishAt?: string
  valuesConfirmed?: boolean
  override?: { justification: string }
}

type StoredOverride = { rule?: string | null; justification?: string | null }

export type ActionContext = {
  from: WorkflowStatus
  storedOverrides: StoredOverride[] | null | undefined
  now: Date
  zone: string
  language: string | undefined
  /** FORBID-1 overrides are the responsible person's alone. */
  mayOverride: boolean
}

export type PlannedUpdate = { data: Record<string, unknown> } | { errors: FieldError[] }

/**
 * The post update one action makes, or the errors in what was sent with it. The move itself, and
 * every rule, is checked again by the posts' beforeChange hook when the update is saved.
 */
export function planAction(request: ActionRequest, context: ActionContext): PlannedUpdate {
  const { action } = request
  const say = (key: Parameters<typeof translate>[1], variables?: Record<string, string | number>) =>
    translate(context.language, key, variables)
  const label = say(`workflowActions:${action}`)
  const to = ACTION_MOVES[action][context.from]
  if (!to) throw new RangeError(`${action} does not start from ${context.from}`)
  const errors: FieldError[] = []
  const data: Record<string, unknown> = { workflowStatus: to }

  const reason = request.reason?.trim() ?? ''
  if (REASON_ACTIONS.includes(action) && !reason) {
    errors.push({
      path: 'reason',
      message:
        action === 'sendBack' ? say('workflowActions:sendBackNeedsComment') : say('workflowActions:reasonRequired', { action: label }),
    })
  }
  if (reason) data.statusReason = reason

  if (action === 'schedule') {
    const publishAt = scheduleInstant(request.publishAt, context, errors)
    if (publishAt) Object.assign(data, { publishAt: publishAt.toISOString(), publishAt_tz: context.zone })
  }
  if (action === 'publishNow') Object.assign(data, { publishAt: context.now.toISOString(), publishAt_tz: context.zone })

  if (action === 'approve') {
    data.valuesConfirmed = request.valuesConfirmed === true
    const justification = request.override?.justification?.trim()
    if (request.override) {
      if (!context.mayOverride) errors.push({ path: 'override.justification', message: say('workflowActions:overrideOnlyResponsable') })
      else if ((justification ?? '').length < MIN_JUSTIFICATION_LENGTH) {
        errors.push({
          path: 'override.justification',
          message: say('workflowErrors:overrideJustificationRequired', { rule: OVERRIDABLE_RULE }),
        })
      }
      const stored = (context.storedOverrides ?? []).map((row) => ({ rule: row.rule, justification: row.justification }))
      data.overrides = [...stored, { rule: OVERRIDABLE_RULE, justification }]
    }
  }
  return errors.length > 0 ? { errors } : { data }
}

function scheduleInstant(value: string | undefined, context: ActionContext, errors: FieldError[]): Date | null {
  const say = (key: Parameters<typeof translate>[1], variables?: Record<string, string | number>) =>
    translate(context.language, key, variables)
  if (!value) {
    errors.push({ path: 'publishAt', message: say('workflowActions:publishAtRequired') })
    return null
  }
  const instant = parseIsoInstant(value)
  if (!instant) {
    errors.push({ path: 'publishAt', message: say('workflowActions:publishAtInvalid', { value: value.slice(0, 40) }) })
    return null
  }
  if (instant.getTime() <= context.now.getTime()) {
    errors.push({
      path: 'publishAt',
      message: say('workflowActions:publishAtPast', {
        when: formatInstant(instant, context.zone, context.language),
        zone: zoneCity(context.zone),
      }),
    })
    return null
  }
  return instant
}

/** Where the hook's field paths land in the dialog: the fields of the action's request. */
export function toRequestPath(path: string): string {
  if (path === 'statusReason') return 'reason'
  if (/^overrides\.\d+\.justification$/.test(path)) return 'override.justification'
  return path
}
