import path from 'node:path'

import type { CollectionConfig } from 'payload'

import { canManagePersonalData } from '../src/access/canManagePersonalData'
import { onlyReferencedFiles } from '../src/access/onlyReferencedFiles'
import { label, tr } from '../src/translations'
import type { BalisesSlugs } from '../src/slugs'

/** Signed consent forms (PDF or photo): private files (PRIV-4), never served to anyone else. */
export const consentFormsCollection = (options: { uploadsDir: string; slugs: BalisesSlugs }): CollectionConfig => ({
  slug: options.slugs.consentForms,
  labels: { singular: label('consentForms:singular'), plural: label('consentForms:plural') },
  admin: { group: tr('general:navGroupPolicy'), description: label('people:privateDescription') },
  access: {
    read: onlyReferencedFiles(canManagePersonalData),
    create: canManagePersonalData,
    update: canManagePersonalData,
    delete: canManagePersonalData,
  },
  upload: {
    staticDir: path.join(options.uploadsDir, 'consent-forms'),
    mimeTypes: ['application/pdf', 'image/*'],
  },
  fields: [],
})
