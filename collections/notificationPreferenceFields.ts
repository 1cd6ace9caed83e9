import type { Field } from 'payload'

import { ownAccountField } from '../src/access/notificationAccess'
import { DEFAULT_EMAIL_KINDS, NOTIFICATION_KINDS, NOTIFICATION_LANGUAGES } from '../src/notifications/kinds'
import { tr } from '../src/translations'

/** On the account: which notifications also come by e-mail, and in which language. */
export const notificationPreferenceFields = (): Field[] => [
  {
    name: 'emailNotificationKinds',
    type: 'select',
    hasMany: true,
    label: tr('notify:emailKinds'),
    options: NOTIFICATION_KINDS.map((kind) => ({ label: tr(`notify:kinds:${kind}`), value: kind })),
    defaultValue: [...DEFAULT_EMAIL_KINDS],
    access: { update: ownAccountField },
    admin: { description: tr('notify:emailKindsDescription') },
  },
  {
    name: 'notificationLanguage',
    type: 'select',
    label: tr('notify:language'),
    options: NOTIFICATION_LANGUAGES.map((language) => ({ label: tr(`notify:languages:${language}`), value: language })),
    defaultValue: 'fr',
    access: { update: ownAccountField },
  },
]
