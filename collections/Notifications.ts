import type { CollectionBeforeChangeHook, CollectionConfig } from 'payload'

import { never, neverField } from '../src/access/never'
import { ownNotifications } from '../src/access/notificationAccess'
import { NOTIFICATION_KINDS } from '../src/notifications/kinds'
import { label } from '../src/translations'
import type { BalisesSlugs } from '../src/slugs'

const systemOnly = { create: neverField, update: neverField }

/** « Read » is stamped with the server's clock: a client marks read, it does not choose when. */
const stampReadAt: CollectionBeforeChangeHook = ({ data, operation }) => {
  if (operation !== 'update' || !('readAt' in data)) return data
  return { ...data, readAt: data.readAt ? new Date().toISOString() : null }
}

/**
 * What the bell shows: written only by the system (src/notifications), read by its recipient alone,
 * who may only mark it read. Messages in both languages, chosen at display.
 */
export const notificationsCollection = (options: { slugs: BalisesSlugs }): CollectionConfig => ({
  slug: options.slugs.notifications,
  labels: { singular: label('notify:notificationSingular'), plural: label('notify:notificationPlural') },
  admin: { useAsTitle: 'kind', hidden: true },
  access: { read: ownNotifications, create: never, update: ownNotifications, delete: never },
  hooks: { beforeChange: [stampReadAt] },
  fields: [
    {
      name: 'recipient',
      type: 'relationship',
      relationTo: options.slugs.users,
      required: true,
      index: true,
      label: label('notify:recipient'),
      access: systemOnly,
    },
    {
      name: 'kind',
      type: 'select',
      required: true,
      label: label('notify:kind'),
      options: NOTIFICATION_KINDS.map((kind) => ({ label: label(`notify:kinds:${kind}`), value: kind })),
      access: systemOnly,
    },
    { name: 'post', type: 'relationship', relationTo: options.slugs.posts, label: label('notify:post'), access: systemOnly },
    { name: 'link', type: 'text', access: systemOnly, admin: { hidden: true } },
    // Makes a notification once per recipient (a consent expiring): see src/notifications/notify.ts.
    { name: 'key', type: 'text', index: true, access: { ...systemOnly, read: neverField }, admin: { hidden: true } },
    { name: 'messageFr', type: 'textarea', label: label('notify:messageFr'), access: systemOnly },
    { name: 'messageEn', type: 'textarea', label: label('notify:messageEn'), access: systemOnly },
    { name: 'readAt', type: 'date', index: true, label: label('notify:readAt') },
  ],
})
