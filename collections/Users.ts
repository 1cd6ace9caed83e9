import type { CollectionConfig } from 'payload'

import { firstUserIsAdmin } from '../hooks/firstUserIsAdmin'
import { recordCodeOfConductAcceptance } from '../hooks/recordCodeOfConductAcceptance'
import { acceptCodeOfConductEndpoint } from '../src/endpoints/acceptCodeOfConduct'
import { hasRole, ROLES } from '../src/roles'
import { isAdmin } from '../src/access/isAdmin'
import { isAdminOrSelf } from '../src/access/isAdminOrSelf'
import type { ResolvedBalisesOptions } from '../src/options'
import { label, tr } from '../src/translations'
import { usersFields } from './usersFields'

const TEN_MINUTES = 10 * 60 * 1000

export const usersCollection = (options: ResolvedBalisesOptions): CollectionConfig => ({
  slug: options.usersSlug,
  labels: { singular: label('users:singular'), plural: label('users:plural') },
  auth: {
    maxLoginAttempts: 5,
    lockTime: TEN_MINUTES,
    cookies: {
      sameSite: 'Lax',
      secure: process.env.NODE_ENV === 'production' && process.env.COOKIE_SECURE !== 'false',
    },
  },
  admin: {
    useAsTitle: 'email',
    defaultColumns: ['name', 'email', 'roles', 'codeOfConductAcceptedAt'],
    group: tr('general:navGroupAdmin'),
  },
  access: {
    // An account without any role does not enter the admin (it reads nothing there anyway).
    admin: ({ req }) => hasRole(req.user, ...ROLES),
    create: isAdmin,
    read: isAdminOrSelf,
    update: isAdminOrSelf,
    delete: isAdmin,
    unlock: isAdmin,
  },
  hooks: { beforeChange: [firstUserIsAdmin, recordCodeOfConductAcceptance] },
  endpoints: [acceptCodeOfConductEndpoint(options.usersSlug)],
  fields: usersFields(),
})
