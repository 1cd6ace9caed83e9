import type { AdminViewServerProps } from 'payload'

import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import { redirect } from 'next/navigation'

import { hasRole } from '../../src/roles'
import { translate } from '../../src/translations'
import { CalendarClient } from './CalendarClient'
import type { CalendarFilters } from './types'

const VIEWS = ['dayGridMonth', 'timeGridWeek', 'listMonth']

function single(value: string | string[] | undefined): string {
  return (Array.isArray(value) ? value[0] : value) ?? ''
}

/**
 * /admin/calendar: the editorial calendar. Custom views are public by default: this one sends
 * anonymous visitors to the login page and shows nothing to accounts without a Balises role.
 */
export async function CalendarView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req, visibleEntities, permissions, locale } = initPageResult
  const { payload, i18n, user } = req
  const adminRoute = payload.config.routes.admin
  if (!user) redirect(`${adminRoute}/login?redirect=${encodeURIComponent(`${adminRoute}/calendar`)}`)
  const language = i18n.language === 'en' ? 'en' : 'fr'
  const template = (children: React.ReactNode) => (
    <DefaultTemplate
      i18n={i18n}
      locale={locale}
      params={params}
      payload={payload}
      permissions={permissions}
      searchParams={searchParams}
      user={user}
      visibleEntities={visibleEntities}
    >
      <Gutter>{children}</Gutter>
    </DefaultTemplate>
  )
  if (!hasRole(user, 'admin', 'responsable', 'redaction', 'collective')) {
    return template(<p role="alert">{translate(language, 'calendar:noAccess')}</p>)
  }

  const [categories, users, policy] = await Promise.all([
    payload.find({ collection: 'categories', depth: 0, limit: 0, pagination: false, sort: 'order', user, overrideAccess: false }),
    payload.find({ collection: 'users', depth: 0, limit: 200, user, overrideAccess: false }),
    payload.findGlobal({ slug: 'policy', depth: 0, user, overrideAccess: false }),
  ])
  const query = searchParams ?? {}
  const view = single(query.view)
  const date = single(query.date)
  const filters: CalendarFilters = {
    channel: single(query.channel),
    category: single(query.category),
    status: single(query.status),
    author: single(query.author),
  }
  return template(
    <CalendarClient
      language={language}
      timeZone={policy.timeZone || 'America/Toronto'}
      apiRoute={payload.config.routes.api}
      adminRoute={adminRoute}
      categories={categories.docs.map((category) => ({
        id: category.id,
        code: category.code,
        label: language === 'en' ? category.labelEn : category.labelFr,
        color: category.color,
      }))}
      authors={users.docs.map((author) => ({ id: author.id, name: author.name || author.email }))}
      initialView={VIEWS.includes(view) ? view : 'dayGridMonth'}
      initialDate={/^\d{4}-\d{2}-\d{2}$/.test(date) ? date : null}
      initialFilters={filters}
    />,
  )
}
