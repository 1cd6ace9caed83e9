import type { CollectionConfig } from 'payload'

import { firstUserIsAdmin } from '../hooks/firstUserIsAdmin'
import { recordCodeOfConductAcceptance } from '../hooks/recordCodeOfConductAcceptance'
import { acceptCodeOfConductEndpoint } from '../src/endpoints/acceptCodeOfConduct'
import { isBalisesUser } from '../src/access/isBalisesUser'
import { isAdmin } from '../src/access/isAdmin'
import { accountBaseFields, canReadAccounts, withoutOthersSessions, withPrivateAccountFields } from '../src/access/accountFields'
import { isAdminOrSelf } from '../src/access/isAdminOrSelf'
import type { ResolvedBalisesOptions } from '../src/options'
import { label, tr } from '../src/translations'
import { usersFields } from './usersFields'

const TEN_MINUTES = 10 * 60 * 1000

export const usersCollection = (options: ResolvedBalisesOptions): CollectionConfig => ({
  slug: options.slugs.users,
  labels: { singular: label('users:singular'), plural: label('users:plural') },
  auth: {
    maxLoginAttempts: 5,
    lockTime: TEN_MINUTES,
    cookies: {
      sameSite: 'Lax',
      secure: options.cookieSecure,
    },
  },
  admin: {
    // People by name (the posts' author, the history's « par »…); the e-mail stays private.
    useAsTitle: 'name',
    defaultColumns: ['name', 'email', options.rolesField, 'codeOfConductAcceptedAt'],
    group: tr('general:navGroupAdmin'),
  },
  access: {
    // An account without any role does not enter the admin (it reads nothing there anyway).
    admin: ({ req }) => isBalisesUser(req.user),
    create: isAdmin,
    // Every role holder reads colleagues' names; every other field is admin-or-self (src/access/accountFields.ts).
    read: canReadAccounts,
    update: isAdminOrSelf,
    delete: isAdmin,
    unlock: isAdmin,
  },
  hooks: { beforeChange: [firstUserIsAdmin, recordCodeOfConductAcceptance], afterRead: [withoutOthersSessions] },
  endpoints: [acceptCodeOfConductEndpoint(options.slugs.users)],
  fields: withPrivateAccountFields([
    ...usersFields(options.rolesField, { nameRequired: true }),
    ...accountBaseFields({ auth: true }, new Set()),
  ]),
})
