'use client'

import { useConfig } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

import { useBalisesSlugs } from '../useBalisesSlugs'

export type CategoryOption = { id: number | string; code: string; labelFr: string; labelEn: string; color: string; retired: boolean }

// One read of the categories per page, shared by the picker and every cell of the posts list.
let loaded: { url: string; promise: Promise<CategoryOption[]> } | null = null

/** The categories as the person may read them (`readActiveCategories`), in their order, through their session. */
function loadCategories(url: string): Promise<CategoryOption[]> {
  if (loaded?.url === url) return loaded.promise
  const promise = fetch(url, { credentials: 'include' })
    .then((response) => (response.ok ? response.json() : { docs: [] }))
    .then((answer: { docs?: Partial<CategoryOption>[] }) =>
      (answer.docs ?? [])
        .filter((doc): doc is CategoryOption => doc.id !== undefined && typeof doc.code === 'string')
        .map((doc) => ({ ...doc, color: typeof doc.color === 'string' ? doc.color : '#64748b', retired: doc.retired === true })),
    )
    .catch(() => {
      loaded = null
      return []
    })
  loaded = { url, promise }
  return promise
}

/** The categories readable by the signed-in person; `null` while they load. */
export function useCategories(): CategoryOption[] | null {
  const {
    config: {
      serverURL,
      routes: { api },
    },
  } = useConfig()
  const slugs = useBalisesSlugs()
  const [categories, setCategories] = useState<CategoryOption[] | null>(null)
  useEffect(() => {
    let current = true
    void loadCategories(`${serverURL}${api}/${slugs.categories}?limit=100&depth=0&sort=order`).then((docs) => {
      if (current) setCategories(docs)
    })
    return () => {
      current = false
    }
  }, [serverURL, api, slugs.categories])
  return categories
}

/** The category's name in the admin's language (labelEn in English, labelFr otherwise). */
export function categoryLabel(category: Pick<CategoryOption, 'labelFr' | 'labelEn'>, language: string | undefined): string {
  return language === 'en' && category.labelEn ? category.labelEn : category.labelFr
}

/** The ID of a relationship value, as the form or the list holds it. */
export function idOf(value: unknown): number | string | null {
  if (value === null || value === undefined || value === '') return null
  if (typeof value === 'number' || typeof value === 'string') return value
  if (typeof value === 'object' && 'id' in value) return idOf((value as { id: unknown }).id)
  if (typeof value === 'object' && 'value' in value) return idOf((value as { value: unknown }).value)
  return null
}
