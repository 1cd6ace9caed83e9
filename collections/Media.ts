import path from 'node:path'

import type { CollectionConfig } from 'payload'
import { text } from 'payload/shared'

import { requireCodeOfConduct } from '../hooks/requireCodeOfConduct'
import { validateMediaPeople } from '../hooks/validateMediaPeople'
import { canDeletePosts } from '../src/access/canDeletePosts'
import { canManagePersonalDataField } from '../src/access/canManagePersonalData'
import { hasBalisesRole } from '../src/access/hasBalisesRole'
import { isStaff } from '../src/access/isStaff'
import { onlyReferencedFiles } from '../src/access/onlyReferencedFiles'
import { label, tr, translate } from '../src/translations'
import type { BalisesSlugs } from '../src/slugs'

/** Mastodon takes 1 500 characters of description, Bluesky 2 000: the shorter, with room. */
const ALT_MAX_LENGTH = 1000

/** Images and videos attached to posts. Files are served to signed-in staff only. */
export const mediaCollection = (options: { uploadsDir: string; slugs: BalisesSlugs }): CollectionConfig => ({
  slug: options.slugs.media,
  labels: { singular: label('media:singular'), plural: label('media:plural') },
  admin: {
    useAsTitle: 'filename',
    defaultColumns: ['filename', 'alt', 'noIdentifiablePerson', 'people'],
    group: tr('general:navGroupContent'),
  },
  access: { read: onlyReferencedFiles(hasBalisesRole), create: isStaff, update: isStaff, delete: canDeletePosts },
  hooks: { beforeValidate: [validateMediaPeople], beforeChange: [requireCodeOfConduct('alt')] },
  upload: {
    staticDir: path.join(options.uploadsDir, 'media'),
    mimeTypes: ['image/*', 'video/*'],
    imageSizes: [{ name: 'thumbnail', width: 400, height: 300, position: 'centre' }],
    adminThumbnail: 'thumbnail',
  },
  fields: [
    {
      name: 'alt',
      type: 'text',
      label: label('media:alt'),
      maxLength: ALT_MAX_LENGTH,
      admin: { description: label('media:altDescription') },
      // Not `required`: existing rows without one stay readable (the deliveries refuse them, src/deliveries/outgoingPost.ts).
      validate: (value: null | string | undefined, args: Parameters<typeof text>[1]) =>
        typeof value === 'string' && value.trim() !== '' ? text(value, args) : translate(args.req.i18n?.language, 'media:altRequired'),
    },
    {
      name: 'noIdentifiablePerson',
      type: 'checkbox',
      label: label('media:noIdentifiablePerson'),
      defaultValue: false,
      admin: { description: label('media:noIdentifiablePersonDescription') },
    },
    {
      name: 'people',
      type: 'relationship',
      relationTo: options.slugs.people,
      hasMany: true,
      label: label('media:people'),
      index: true,
      access: { read: canManagePersonalDataField, create: canManagePersonalDataField, update: canManagePersonalDataField },
      admin: { description: label('media:peopleDescription') },
    },
    {
      // PRIV-1..4: the people shown with their consent's state, and « Ajouter une personne » in one form.
      name: 'peopleConsents',
      type: 'ui',
      admin: { components: { Field: 'balises/client#MediaPeopleConsents' } },
    },
  ],
})
