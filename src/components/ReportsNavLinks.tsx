'use client'

import { useAuth, useConfig, useTranslation } from '@payloadcms/ui'
import Link from 'next/link'
import { usePathname } from 'next/navigation'

import { hasRole, ROLES, type Role } from '../roles'
import { translate, type TranslationKey } from '../translations'

const LINKS: { path: string; label: TranslationKey; id: string; roles: readonly Role[] }[] = [
  { path: '/rapports', label: 'reports:navLabel', id: 'nav-balises-reports', roles: ROLES },
  { path: '/reunion', label: 'digest:navLabel', id: 'nav-balises-digest', roles: ROLES },
  { path: '/import-audience', label: 'csvImport:navLabel', id: 'nav-balises-audience-import', roles: ['admin', 'responsable'] },
]

/** « Rapports », « Réunion d’équipe » and « Importer l’audience » in the navigation, for who may use them. */
export function ReportsNavLinks() {
  const { config } = useConfig()
  const { user } = useAuth()
  const { i18n } = useTranslation()
  const pathname = usePathname()
  return (
    <>
      {LINKS.filter((link) => hasRole(user as { roles?: string[] } | null, ...link.roles)).map((link) => {
        const href = `${config.routes.admin}${link.path}`
        return (
          <Link key={link.id} href={href} id={link.id} prefetch={false} className={`nav__link balises-nav-link${pathname?.startsWith(href) ? ' active' : ''}`}>
            <span className="nav__link-label">{translate(i18n.language, link.label)}</span>
          </Link>
        )
      })}
    </>
  )
}
