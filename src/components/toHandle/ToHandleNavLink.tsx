'use client'

import { useAuth, useConfig, useTranslation } from '@payloadcms/ui'
import Link from 'next/link'
import { usePathname } from 'next/navigation'

import { isManager } from '../../access/isManager'
import { translate } from '../../translations'

/** « À traiter » in the navigation, for the people who handle consents (PRIV-4). */
export function ToHandleNavLink() {
  const { config } = useConfig()
  const { user } = useAuth()
  const { i18n } = useTranslation()
  const pathname = usePathname()
  if (!isManager(user)) return null
  const href = `${config.routes.admin}/a-traiter`
  return (
    <Link
      href={href}
      className={`nav__link balises-nav-link${pathname?.startsWith(href) ? ' active' : ''}`}
      id="nav-balises-to-handle"
      prefetch={false}
    >
      <span className="nav__link-label">{translate(i18n.language, 'toHandle:navLabel')}</span>
    </Link>
  )
}
