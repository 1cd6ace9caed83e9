import { describe, expect, it } from 'vitest'

import { balises } from '../../src/index'
import { hasRole, rolesFieldOf, rolesOf } from '../../src/roles'

describe('roles read from the configured field', () => {
  it('reads the roles field the plugin registered for the user’s collection', () => {
    balises({ usersSlug: 'staff', rolesField: 'balisesRoles' })({ secret: 'unit', db: {} as never, collections: [] })
    const staff = { collection: 'staff', roles: ['editor'], balisesRoles: ['responsable'] }
    expect(rolesFieldOf(staff)).toBe('balisesRoles')
    expect(rolesOf(staff)).toEqual(['responsable'])
    expect(hasRole(staff, 'responsable')).toBe(true)
    // The host's own `roles` field is not Balises' roles.
    expect(hasRole({ collection: 'staff', roles: ['admin'] }, 'admin')).toBe(false)
  })

  it('reads `roles` for a collection the plugin does not know, and ignores what is not a list of strings', () => {
    expect(rolesOf({ collection: 'members', roles: ['admin'] })).toEqual(['admin'])
    expect(rolesOf({ collection: 'members', roles: 'admin' })).toEqual([])
    expect(rolesOf(null)).toEqual([])
    expect(hasRole(undefined, 'admin')).toBe(false)
  })

  it('takes an explicit field for documents read without their collection', () => {
    expect(rolesOf({ balisesRoles: ['collective'], roles: ['viewer'] }, 'balisesRoles')).toEqual(['collective'])
  })
})
