import type { AdminViewServerProps, PayloadRequest } from 'payload'

import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import { redirect } from 'next/navigation'

export type AdminViewShell = {
  req: PayloadRequest
  user: NonNullable<PayloadRequest['user']>
  language: 'fr' | 'en'
  adminRoute: string
  /** The page inside Payload's admin layout (navigation, header), in a gutter. */
  page: (children: React.ReactNode, className?: string) => React.ReactElement
}

/**
 * What every Balises admin view starts with. Custom views are public by default: an anonymous
 * visitor is sent to the login page, back to `returnTo` after signing in.
 */
export function adminViewShell({ initPageResult, params, searchParams }: AdminViewServerProps, returnTo: string): AdminViewShell {
  const { req, visibleEntities, permissions, locale } = initPageResult
  const { payload, i18n, user } = req
  const adminRoute = payload.config.routes.admin
  if (!user) redirect(`${adminRoute}/login?redirect=${encodeURIComponent(`${adminRoute}${returnTo}`)}`)
  return {
    req,
    user,
    language: i18n.language === 'en' ? 'en' : 'fr',
    adminRoute,
    page: (children, className) => (
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
        <Gutter className={className}>{children}</Gutter>
      </DefaultTemplate>
    ),
  }
}

export function singleParam(value: string | string[] | undefined): string {
  return (Array.isArray(value) ? value[0] : value) ?? ''
}
