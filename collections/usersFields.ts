import type { Field } from 'payload'

import { isAdminField } from '../src/access/isAdmin'
import { neverField } from '../src/access/never'
import { DEFAULT_ROLES_FIELD, ROLES } from '../src/roles'
import { label } from '../src/translations'
import { notificationPreferenceFields } from './notificationPreferenceFields'
import { DAY_AND_TIME } from './dateDisplay'

/** The fields Balises needs on the staff accounts, whichever collection holds them. */
export const usersFields = (
  rolesField: string = DEFAULT_ROLES_FIELD,
  { nameRequired = false }: { nameRequired?: boolean } = {},
): Field[] => [
  {
    // The name colleagues see (a host's own accounts collection may have none: displays fall back to the e-mail).
    name: 'name',
    type: 'text',
    label: label('users:name'),
    required: nameRequired,
    maxLength: 120,
    admin: { description: label('users:nameDescription') },
  },
  {
    name: rolesField,
    type: 'select',
    hasMany: true,
    label: label('users:roles'),
    options: ROLES.map((role) => ({ label: label(`roles:${role}`), value: role })),
    defaultValue: ['redaction'],
    saveToJWT: true,
    access: { create: isAdminField, update: isAdminField },
    admin: { description: label('users:rolesDescription') },
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
    // FORBID-3: written only by the system (hooks/recordCodeOfConductAcceptance.ts), when the person
    // clicks « J'accepte » for themselves; never by a form or an API body, not even an administrator's.
    name: 'codeOfConductAcceptedAt',
    type: 'date',
    label: label('users:codeOfConductAcceptedAt'),
    saveToJWT: true,
    access: { create: neverField, update: neverField },
    admin: {
      readOnly: true,
      description: label('users:codeOfConductDescription'),
      date: DAY_AND_TIME,
      position: 'sidebar',
    },
  },
  {
    name: 'codeOfConductVersion',
    type: 'number',
    label: label('forms:codeOfConductAcceptedVersion'),
    saveToJWT: true,
    access: { create: neverField, update: neverField },
    admin: { readOnly: true, position: 'sidebar' },
  },
  {
    // The code's text and « J'accepte » on the account page (only on one's own account).
    name: 'codeOfConductAcceptance',
    type: 'ui',
    admin: { disableListColumn: true, components: { Field: 'balises/client#CodeOfConductAcceptance' } },
  },
  ...notificationPreferenceFields(),
]
