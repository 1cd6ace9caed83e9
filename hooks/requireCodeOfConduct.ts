import { ValidationError, type CollectionBeforeChangeHook } from 'payload'

import { hasAcceptedCurrentCode } from '../src/codeOfConduct/acceptance'
import { currentCodeVersion } from '../src/codeOfConduct/currentVersion'
import { actorOf } from './engine/actor'
import { CODE_OF_CONDUCT_MESSAGE, forbid3Rule } from './rules/forbid3'
import { violation } from './rules/messages'

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
    const { message } = violation(forbid3Rule, path, CODE_OF_CONDUCT_MESSAGE)
    throw new ValidationError({
      collection: collection.slug,
      errors: [{ path, message: req.i18n?.language === 'en' ? message.en : message.fr }],
      req,
    })
  }
