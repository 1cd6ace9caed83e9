import { ValidationError, type CollectionBeforeValidateHook } from 'payload'

import { translate } from '../src/translations'

/** PRIV-1: "no identifiable person" and a list of people shown contradict each other. */
export const validateMediaPeople: CollectionBeforeValidateHook = ({ collection, data, originalDoc, req }) => {
  const media = { ...(originalDoc ?? {}), ...(data ?? {}) }
  const people = Array.isArray(media.people) ? media.people : []
  if (media.noIdentifiablePerson && people.length > 0) {
    throw new ValidationError({
      collection: collection.slug,
      errors: [{ path: 'noIdentifiablePerson', message: translate(req.i18n?.language, 'media:bothMarked') }],
      req,
    })
  }
  return data
}
