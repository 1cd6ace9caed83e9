import type { ServerProps } from 'payload'

import { ROLES } from '../roles'
import { translate } from '../translations'
import { QueueSections } from './queues/QueueSections'

/** Greets the signed-in person on the dashboard, in their language, with their roles, then shows what waits for them. */
export function BalisesDashboard({ i18n, user, payload }: ServerProps) {
  const language = i18n?.language
  const roles = ((user as { roles?: string[] } | undefined)?.roles ?? []).filter((role) =>
    (ROLES as readonly string[]).includes(role),
  ) as (typeof ROLES)[number][]
  const needsCodeOfConduct = !(user as { codeOfConductAcceptedAt?: string } | undefined)?.codeOfConductAcceptedAt

  return (
    <section className="balises-dashboard" data-testid="balises-dashboard" style={{ marginBottom: 'calc(var(--base) * 2)' }}>
      <h2>{translate(language, 'dashboard:welcome')}</h2>
      <p>{translate(language, 'dashboard:intro')}</p>
      <p>
        <strong>{translate(language, 'dashboard:yourRoles')}</strong>{' '}
        {roles.length > 0
          ? roles.map((role) => translate(language, `roles:${role}`)).join(', ')
          : translate(language, 'dashboard:noRole')}
      </p>
      {needsCodeOfConduct && (
        <p role="alert" style={{ color: 'var(--theme-warning-750)' }}>
          {translate(language, 'dashboard:codeOfConductMissing')}
        </p>
      )}
      {user && payload && <QueueSections payload={payload} user={user as never} language={language === 'en' ? 'en' : 'fr'} />}
    </section>
  )
}
