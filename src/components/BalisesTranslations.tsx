'use client'

import { useTranslation } from '@payloadcms/ui'
import type { ReactNode } from 'react'

import { recordLanguageTranslations } from '../translations'
import './balisesAdmin.css'

/**
 * Admin provider (around every admin page): records the merged `balises` namespace the admin
 * received, before any Balises component renders, so `translate()` in the browser shows a host's
 * rewording (`i18n.translations.fr.balises.…` in its config) as the server does.
 */
export function BalisesTranslations({ children }: { children?: ReactNode }) {
  const { i18n } = useTranslation()
  recordLanguageTranslations(i18n.language, (i18n.translations as Record<string, unknown>).balises)
  return <>{children}</>
}
