import type { ServerProps } from 'payload'

import { codeVersionOf, hasAcceptedCurrentCode, type Acceptance } from '../codeOfConduct/acceptance'
import { loadPolicy } from '../policy/loadPolicy'
import { rolesOf, ROLES } from '../roles'
import { translate } from '../translations'
import { QueueSections } from './queues/QueueSections'

/** Greets the signed-in person on the dashboard, in their language, with their roles, then shows what waits for them. */
export async function BalisesDashboard({ i18n, user, payload }: ServerProps) {
  const language = i18n?.language
  const roles = rolesOf(user ?? null).filter((role) => (ROLES as readonly string[]).includes(role)) as (typeof ROLES)[number][]
  const policy = payload ? await loadPolicy({ payload }).catch(() => null) : null
  const needsCodeOfConduct = !hasAcceptedCurrentCode(user as Acceptance | undefined, codeVersionOf(policy as never))

  return (
    <section className="balises-dashboard" data-testid="balises-dashboard" style={{ marginBottom: 'calc(var(--base) * 2)' }}>
      <h2>{translate(language, 'dashboard:welcome')}</h2>
      <p>{translate(language, 'dashboard:intro')}</p>
      <p>
        <strong>{translate(language, 'dashboard:yourRoles')}</strong>{' '}
        {roles.length > 0 ? roles.map((role) => translate(language, `roles:${role}`)).join(', ') : translate(language, 'dashboard:noRole')}
      </p>
      {needsCodeOfConduct && (
        <p role="alert" data-testid="dashboard-code-of-conduct" style={{ color: 'var(--theme-warning-750)' }}>
          <a href={`${payload?.config.routes.admin ?? '/admin'}/account`}>{translate(language, 'dashboard:codeOfConductMissing')}</a>
        </p>
      )}
      {user && payload && <QueueSections payload={payload} user={user as never} language={language === 'en' ? 'en' : 'fr'} />}
    </section>
  )
}
