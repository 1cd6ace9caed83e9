import { ValidationError, type CollectionBeforeChangeHook } from 'payload'

import { hasAcceptedCurrentCode } from '../src/codeOfConduct/acceptance'
import { currentCodeVersion } from '../src/codeOfConduct/currentVersion'
import { actorOf } from './engine/actor'
import { codeOfConductMessage, forbid3Rule } from './rules/forbid3'
import { violation, withRuleId } from './rules/messages'

/**
 * FORBID-3 beyond posts: an account that has not accepted the code of conduct creates or edits
 * no content (images, positions, people, consents), and an acceptance counts only for the code's
 * version in force. `path` is the field the message goes on.
 */
export const requireCodeOfConduct =
  (path: string): CollectionBeforeChangeHook =>
  async ({ collection, data, req }) => {
    const actor = actorOf(req)
    if (!actor || hasAcceptedCurrentCode(actor, await currentCodeVersion(req))) return data
    const refusal = violation(forbid3Rule, path, codeOfConductMessage())
    throw new ValidationError({
      collection: collection.slug,
      errors: [{ path, message: withRuleId(refusal, req.i18n?.language) }],
      req,
    })
  }
