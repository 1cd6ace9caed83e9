import type { AdminViewServerProps } from 'payload'

import { adminViewShell, singleParam } from '../../src/components/adminView'
import { mayDatePosts, mayPlanPosts } from '../../src/access/calendarAbilities'
import { isBalisesUser } from '../../src/access/isBalisesUser'
import { translate } from '../../src/translations'
import { CalendarClient } from './CalendarClient'
import type { CalendarFilters } from './types'
import { slugsOf } from '../../src/slugs'
import { loadPolicy } from '../../src/policy/loadPolicy'

const VIEWS = ['dayGridMonth', 'timeGridWeek', 'listMonth']

/**
 * /admin/calendar: the editorial calendar. Custom views are public by default: this one sends
 * anonymous visitors to the login page and shows nothing to accounts without a Balises role.
 */
export async function CalendarView(props: AdminViewServerProps) {
  const { req, user, language, adminRoute, page: template } = adminViewShell(props, '/calendar')
  const { payload } = req
  const searchParams = props.searchParams
  if (!isBalisesUser(user)) {
    return template(<p role="alert">{translate(language, 'calendar:noAccess')}</p>)
  }

  const [categories, users, policy] = await Promise.all([
    payload.find({
      collection: slugsOf(payload).categories,
      depth: 0,
      limit: 0,
      pagination: false,
      sort: 'order',
      user,
      overrideAccess: false,
    }),
    payload.find({ collection: slugsOf(payload).users, depth: 0, limit: 200, user, overrideAccess: false }),
    loadPolicy({ payload }, { as: user }),
  ])
  const query = searchParams ?? {}
  const view = singleParam(query.view)
  const date = singleParam(query.date)
  const filters: CalendarFilters = {
    channel: singleParam(query.channel),
    category: singleParam(query.category),
    status: singleParam(query.status),
    author: singleParam(query.author),
  }
  return template(
    <CalendarClient
      language={language}
      timeZone={policy.timeZone}
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
      viewChosen={VIEWS.includes(view)}
      initialDate={/^\d{4}-\d{2}-\d{2}$/.test(date) ? date : null}
      initialFilters={filters}
      canPlan={mayPlanPosts(user)}
      canDate={mayDatePosts(user)}
    />,
  )
}
