'use client'
import { useConfig } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

import { useBalisesSlugs } from '../useBalisesSlugs'

// One read per account and page, shared by every row that names the same person.
const names = new Map<string, Promise<string | null>>()

/** An account's display name (its `name`, else its e-mail when readable), read once per page. */
export function usePersonName(value: unknown): string | null {
  const { config } = useConfig()
  const slugs = useBalisesSlugs()
  const populated = value && typeof value === 'object' ? (value as { id?: unknown; name?: unknown; email?: unknown }) : null
  const known = populated ? String(populated.name || populated.email || '') || null : null
  const id = populated ? populated.id : value
  const [name, setName] = useState<string | null>(known)

  useEffect(() => {
    if (known || (typeof id !== 'number' && typeof id !== 'string') || id === '') return
    const url = `${config.serverURL ?? ''}${config.routes.api}/${slugs.users}/${encodeURIComponent(String(id))}?depth=0`
    let promise = names.get(url)
    if (!promise) {
      promise = fetch(url, { credentials: 'include' })
        .then((response) => (response.ok ? response.json() : null))
        .then((user: { name?: string | null; email?: string | null } | null) => user?.name || user?.email || null)
        .catch(() => null)
      names.set(url, promise)
    }
    let live = true
    void promise.then((found) => live && setName(found))
    return () => {
      live = false
    }
  }, [config.serverURL, config.routes.api, slugs.users, id, known])

  return known ?? name
}
