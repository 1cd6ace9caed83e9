import type { CollectionConfig, Field } from 'payload'

import type { BalisesSlugs, SlugKey } from '../slugs'

/** Edit views that show a refused save as a banner at its fields (issue 11, « forms that cannot lie »). */
const WITH_ERROR_BANNER: readonly SlugKey[] = ['posts', 'consents', 'people', 'media']
/** Content forms that FORBID-3 closes until the code of conduct in force is accepted. */
const WITH_CODE_GATE: readonly SlugKey[] = ['posts', 'media', 'positions', 'people', 'consents', 'moderationLog', 'helpRequests']

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
export const withFormHelpers =
  (slugs: BalisesSlugs) =>
  (collection: CollectionConfig): CollectionConfig => {
    const among = (keys: readonly SlugKey[]) => keys.some((key) => slugs[key] === collection.slug)
    const added = [...(among(WITH_CODE_GATE) ? [codeGate] : []), ...(among(WITH_ERROR_BANNER) ? [banner] : [])]
    return added.length === 0 ? collection : { ...collection, fields: [...added, ...collection.fields] }
  }
