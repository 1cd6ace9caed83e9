'use client'
import type { ReactNode } from 'react'

import { useConfig } from '@payloadcms/ui'

import { registerRolesField } from '../roles'
import { CONFIG_CUSTOM_KEY } from '../slugs'

type ClientCustom = { slugs?: { users?: string }; rolesField?: string }

/**
 * The browser has no plugin config: this provider, around the whole admin, registers the roles
 * field the plugin put in `admin.custom`, before any component below calls hasRole.
 */
export function BalisesRolesProvider({ children }: { children?: ReactNode }) {
  const { config } = useConfig()
  const custom = (config.admin?.custom as Record<string, ClientCustom | undefined> | undefined)?.[CONFIG_CUSTOM_KEY]
  if (custom?.slugs?.users && custom.rolesField) registerRolesField(custom.slugs.users, custom.rolesField)
  return <>{children}</>
}
