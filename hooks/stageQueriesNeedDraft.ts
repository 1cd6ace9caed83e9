import { APIError, type CollectionBeforeOperationHook } from 'payload'

import { translate } from '../src/translations'
import { isPlainObject } from './isPlainObject'

/** Whether a `where` names the stage anywhere (inside and / or too). */
function namesStage(where: unknown): boolean {
  const stack: unknown[] = [where]
  while (stack.length > 0) {
    const current = stack.pop()
    if (Array.isArray(current)) stack.push(...current)
    else if (isPlainObject(current)) {
      if ('workflowStatus' in current) return true
      stack.push(...Object.values(current))
    }
  }
  return false
}

/**
 * Without `draft=true` the REST API reads each post's last published version, whose stage may be
 * long gone (a post published, then archived, still reads `published` there): a filter or a sort on
 * `workflowStatus` would answer with stale stages, in silence. Such a request is refused with a 400
 * that says to add `draft=true`, which reads every post as it is now.
 */
export const stageQueriesNeedDraft: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation !== 'read' || req.payloadAPI !== 'REST') return args
  const { where, sort, draft } = args as { where?: unknown; sort?: unknown; draft?: boolean }
  if (draft === true) return args
  const sorted = [sort].flat().some((field) => typeof field === 'string' && field.replace(/^-/, '') === 'workflowStatus')
  if (!namesStage(where) && !sorted) return args
  throw new APIError(translate(req.i18n?.language, 'posts:stageQueryNeedsDraft'), 400, null, true)
}
