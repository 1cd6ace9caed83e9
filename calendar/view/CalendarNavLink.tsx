'use client'

import { useConfig, useTranslation } from '@payloadcms/ui'
import Link from 'next/link'
import { usePathname } from 'next/navigation'

import { translate } from '../../src/translations'

/** « Calendrier » in the admin's navigation (custom views are not listed there by themselves). */
export function CalendarNavLink() {
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const pathname = usePathname()
  const href = `${config.routes.admin}/calendar`
  const active = pathname?.startsWith(href)
  return (
    <Link href={href} className={`nav__link balises-nav-link${active ? ' active' : ''}`} id="nav-balises-calendar" prefetch={false}>
      <span className="nav__link-label">{translate(i18n.language, 'calendar:navLink')}</span>
    </Link>
  )
}
