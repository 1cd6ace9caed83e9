'use client'
import { useConfig } from '@payloadcms/ui'

import { CONFIG_CUSTOM_KEY, DEFAULT_SLUGS, type BalisesSlugs } from '../slugs'

/** Balises' slugs in the browser: the plugin copies them into `admin.custom`, which Payload sends to the client. */
export function useBalisesSlugs(): BalisesSlugs {
  const { config } = useConfig()
  const custom = config.admin?.custom as Record<string, { slugs?: BalisesSlugs } | undefined> | undefined
  return custom?.[CONFIG_CUSTOM_KEY]?.slugs ?? DEFAULT_SLUGS
}
