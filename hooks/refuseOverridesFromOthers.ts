import { ValidationError, type CollectionBeforeOperationHook } from 'payload'

import { mayOverrideRules } from '../src/access/mayOverrideRules'
import { translate } from '../src/translations'
import { isPlainObject } from './isPlainObject'

type Row = { rule?: unknown; justification?: unknown }

const key = (row: Row) => `${String(row?.rule ?? '')}\u0000${String(row?.justification ?? '').trim()}`

/**
 * FORBID-1 overrides are the responsible person's (the field's access says so, and Payload would
 * drop anyone else's rows in silence, answering 200). Anyone else who sends overrides other than
 * those already stored (the admin form sends them back unchanged) is refused with a 400 that says
 * why, and nothing is written.
 */
export const refuseOverridesFromOthers: CollectionBeforeOperationHook = async ({ args, collection, operation, req }) => {
  if (operation !== 'create' && operation !== 'update') return args
  const data = (args as { data?: unknown }).data
  if (!isPlainObject(data) || !('overrides' in data) || !req.user || mayOverrideRules(req.user)) return args
  const incoming = (Array.isArray(data.overrides) ? data.overrides : []) as Row[]
  const id = (args as { id?: number | string }).id
  const stored =
    operation === 'update' && id !== undefined
      ? ((
          (await req.payload
            .findByID({
              collection: collection.slug as 'posts',
              id,
              draft: true,
              depth: 0,
              req,
              overrideAccess: true,
              select: { overrides: true },
            })
            .catch(() => null)) as { overrides?: Row[] | null } | null
        )?.overrides ?? [])
      : []
  const unchanged = incoming.length === stored.length && incoming.every((row) => stored.some((existing) => key(existing) === key(row)))
  if (unchanged) return args
  throw new ValidationError({
    collection: collection.slug,
    errors: [{ path: 'overrides', message: translate(req.i18n?.language, 'workflowErrors:overrideOnlyResponsable') }],
    req,
  })
}
