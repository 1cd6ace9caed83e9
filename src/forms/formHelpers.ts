import type { CollectionConfig, Field } from 'payload'

/** Edit views that show a refused save as a banner at its fields (issue 11, « forms that cannot lie »). */
const WITH_ERROR_BANNER = ['posts', 'consents', 'people', 'media']
/** Content forms that FORBID-3 closes until the code of conduct in force is accepted. */
const WITH_CODE_GATE = ['posts', 'media', 'positions', 'people', 'consents', 'moderation-log', 'help-requests']

const banner: Field = {
  name: 'formErrorBanner',
  type: 'ui',
  admin: { disableListColumn: true, components: { Field: 'balises/client#FormErrorBanner' } },
}
const codeGate: Field = {
  name: 'codeOfConductGate',
  type: 'ui',
  admin: { disableListColumn: true, components: { Field: 'balises/client#CodeOfConductGate' } },
}

/** Puts the code-of-conduct gate and the error banner at the top of the forms that need them. */
export function withFormHelpers(collection: CollectionConfig): CollectionConfig {
  const added = [
    ...(WITH_CODE_GATE.includes(collection.slug) ? [codeGate] : []),
    ...(WITH_ERROR_BANNER.includes(collection.slug) ? [banner] : []),
  ]
  return added.length === 0 ? collection : { ...collection, fields: [...added, ...collection.fields] }
}
