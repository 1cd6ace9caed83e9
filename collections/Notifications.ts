import type { CollectionBeforeChangeHook, CollectionConfig } from 'payload'

import { never, neverField } from '../src/access/never'
import { ownNotifications } from '../src/access/notificationAccess'
import { NOTIFICATION_KINDS } from '../src/notifications/kinds'
import { tr } from '../src/translations'
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
  labels: { singular: tr('notify:notificationSingular'), plural: tr('notify:notificationPlural') },
  admin: { useAsTitle: 'kind', hidden: true },
  access: { read: ownNotifications, create: never, update: ownNotifications, delete: never },
  hooks: { beforeChange: [stampReadAt] },
  fields: [
    { name: 'recipient', type: 'relationship', relationTo: options.slugs.users, required: true, index: true, label: tr('notify:recipient'), access: systemOnly },
    {
      name: 'kind',
      type: 'select',
      required: true,
      label: tr('notify:kind'),
      options: NOTIFICATION_KINDS.map((kind) => ({ label: tr(`notify:kinds:${kind}`), value: kind })),
      access: systemOnly,
    },
    { name: 'post', type: 'relationship', relationTo: options.slugs.posts, label: tr('notify:post'), access: systemOnly },
    { name: 'link', type: 'text', access: systemOnly, admin: { hidden: true } },
    // Makes a notification once per recipient (a consent expiring): see src/notifications/notify.ts.
    { name: 'key', type: 'text', index: true, access: { ...systemOnly, read: neverField }, admin: { hidden: true } },
    { name: 'messageFr', type: 'textarea', label: tr('notify:messageFr'), access: systemOnly },
    { name: 'messageEn', type: 'textarea', label: tr('notify:messageEn'), access: systemOnly },
    { name: 'readAt', type: 'date', index: true, label: tr('notify:readAt') },
  ],
})
