import type { Field } from 'payload'

import { isAdminField } from '../src/access/isAdmin'
import { isAdminOrSelfField } from '../src/access/isAdminOrSelf'
import { neverField } from '../src/access/never'
import { ROLES } from '../src/roles'
import { tr } from '../src/translations'
import { notificationPreferenceFields } from './notificationPreferenceFields'

/** The fields Balises needs on the staff accounts, whichever collection holds them. */
export const usersFields = (): Field[] => [
  { name: 'name', type: 'text', label: tr('users:name') },
  {
    name: 'roles',
    type: 'select',
    hasMany: true,
    label: tr('users:roles'),
    options: ROLES.map((role) => ({ label: tr(`roles:${role}`), value: role })),
    defaultValue: ['redaction'],
    saveToJWT: true,
    access: { create: isAdminField, update: isAdminField },
    admin: { description: tr('users:rolesDescription') },
  },
  {
    // The hash of the person's secret calendar feed token (calendar/feed/token.ts); never shown.
    name: 'calendarFeedTokenHash',
    type: 'text',
    hidden: true,
    index: true,
    access: { create: neverField, update: neverField },
  },
  {
    name: 'codeOfConductAcceptedAt',
    type: 'date',
    label: tr('users:codeOfConductAcceptedAt'),
    saveToJWT: true,
    access: { update: isAdminOrSelfField },
    admin: {
      description: tr('users:codeOfConductDescription'),
      date: { pickerAppearance: 'dayAndTime' },
      position: 'sidebar',
    },
  },
  ...notificationPreferenceFields(),
]
