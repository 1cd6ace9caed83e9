'use client'

import { useAuth, useConfig, useTranslation } from '@payloadcms/ui'
import Link from 'next/link'
import { usePathname } from 'next/navigation'

import { isBalisesUser } from '../access/isBalisesUser'
import { isManager } from '../access/isManager'
import type { MaybeUser } from '../roles'
import { translate, type TranslationKey } from '../translations'

const LINKS: { path: string; label: TranslationKey; id: string; may: (user: MaybeUser) => boolean }[] = [
  { path: '/rapports', label: 'reports:navLabel', id: 'nav-balises-reports', may: isBalisesUser },
  { path: '/reunion', label: 'digest:navLabel', id: 'nav-balises-digest', may: isBalisesUser },
  { path: '/import-audience', label: 'csvImport:navLabel', id: 'nav-balises-audience-import', may: isManager },
]

/** « Rapports », « Réunion d’équipe » and « Importer l’audience » in the navigation, for who may use them. */
export function ReportsNavLinks() {
  const { config } = useConfig()
  const { user } = useAuth()
  const { i18n } = useTranslation()
  const pathname = usePathname()
  return (
    <>
      {LINKS.filter((link) => link.may(user)).map((link) => {
        const href = `${config.routes.admin}${link.path}`
        return (
          <Link
            key={link.id}
            href={href}
            id={link.id}
            prefetch={false}
            className={`nav__link balises-nav-link${pathname?.startsWith(href) ? ' active' : ''}`}
          >
            <span className="nav__link-label">{translate(i18n.language, link.label)}</span>
          </Link>
        )
      })}
    </>
  )
}
