import type { Field } from 'payload'

import { ownAccountField } from '../src/access/notificationAccess'
import { DEFAULT_EMAIL_KINDS, NOTIFICATION_KINDS, NOTIFICATION_LANGUAGES } from '../src/notifications/kinds'
import { label } from '../src/translations'

/** On the account: which notifications also come by e-mail, and in which language. */
export const notificationPreferenceFields = (): Field[] => [
  {
    name: 'emailNotificationKinds',
    type: 'select',
    hasMany: true,
    label: label('notify:emailKinds'),
    options: NOTIFICATION_KINDS.map((kind) => ({ label: label(`notify:kinds:${kind}`), value: kind })),
    defaultValue: [...DEFAULT_EMAIL_KINDS],
    access: { update: ownAccountField },
    admin: { description: label('notify:emailKindsDescription') },
  },
  {
    name: 'notificationLanguage',
    type: 'select',
    label: label('notify:language'),
    options: NOTIFICATION_LANGUAGES.map((language) => ({ label: label(`notify:languages:${language}`), value: language })),
    defaultValue: 'fr',
    access: { update: ownAccountField },
  },
]
