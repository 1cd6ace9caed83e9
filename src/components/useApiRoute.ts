'use client'
import { useConfig } from '@payloadcms/ui'

/** The REST root the admin talks to (`serverURL` + `routes.api`, e.g. `/api`). */
export function useApiRoute(): string {
  const {
    config: {
      serverURL,
      routes: { api },
    },
  } = useConfig()
  return `${serverURL}${api}`
}
