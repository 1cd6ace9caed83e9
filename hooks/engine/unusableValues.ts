import type { PayloadRequest } from 'payload'

import { WORKFLOW_STATUSES } from '../../src/workflow'
import { isTimeZone } from '../../src/time/zonedTime'
import { channelShapeProblems } from './channelShape'
import type { FieldError } from './fieldError'

type Doc = Record<string, any>

/**
 * Values the workflow cannot work on. Payload validates fields only after the save hook, so an
 * unknown status would crash its messages (500), and a text over Payload's length limit, refused
 * anyway, would first cost seconds of rule matching (a few MB: several seconds). Payload checks
 * neither a status that is not a string nor the publication time zone (any text was stored).
 */
export function unusableValues(data: Doc, req: PayloadRequest): FieldError[] {
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
