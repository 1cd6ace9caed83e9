import type { AdminViewServerProps } from 'payload'

import { Button } from '@payloadcms/ui'

import { CHANNEL_NAMES, type Channel } from '../../channels'
import { adminViewShell, singleParam } from '../../components/adminView'
import { isBalisesUser } from '../../access/isBalisesUser'
import { translate, type TranslationKey } from '../../translations'
import { loadActivityReport, readReportPolicy } from '../loadActivityReport'
import { PrintButton } from './PrintButton'
import { ReportCharts } from './ReportCharts'
import { AudienceTable, CategoryMonthTable, ChannelTable, ReportSummary } from './ReportTables'
import { viewPeriod } from './reportPeriod'
import './reports.css'

const VIEW_PATH = '/rapports'

/** The networks' own brand colours, so the chart reads at a glance. */
const CHANNEL_COLORS: Record<Channel, string> = {
  facebook: '#1877f2',
  instagram: '#c13584',
  x: '#111827',
  linkedin: '#0a66c2',
  bluesky: '#0085ff',
  mastodon: '#6364ff',
}

/**
 * /admin/rapports (GOV-3): the activity report over a period — the fiscal year by default —, in the
 * admin's language: summary, charts, tables, CSV export and a print stylesheet for a PDF. The
 * figures come from the same function as GET /api/reports/activity, read with the person's access.
 */
export async function ReportsView(props: AdminViewServerProps) {
  const { req, user, language, page } = adminViewShell(props, VIEW_PATH)
  const { payload } = req
  const t = (key: TranslationKey, vars?: Record<string, string | number>) => translate(language, key, vars)
  const template = (children: React.ReactNode) => page(<div className="balises-report">{children}</div>, 'balises-report-gutter')
  if (!isBalisesUser(user)) return template(<p role="alert">{t('reports:notAllowed')}</p>)

  const reader = { payload, user, req }
  const policy = await readReportPolicy(reader)
  const query = props.searchParams ?? {}
  const period = viewPeriod({ from: singleParam(query.from), until: singleParam(query.until) }, { ...policy, now: new Date(), language })
  const { fromDay, toDay } = period.query
  const report = await loadActivityReport(reader, { from: period.query.from, to: period.query.to, timeZone: policy.timeZone })

  const locale = language === 'en' ? 'en-CA' : 'fr-CA'
  const longDay = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' })
  // « 1er avril » in French, as it is written (Intl gives « 1 avril »).
  const dayLabel = (key: string) => longDay.format(new Date(`${key}T12:00:00Z`)).replace(/^1 /, language === 'fr' ? '1er ' : '1 ')
  const monthFormat = new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' })
  const monthLabels = report.months.map((month) => monthFormat.format(new Date(`${month}-15T12:00:00Z`)))
  const generated = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short', timeZone: policy.timeZone }).format(new Date())
  const csvUrl = `${payload.config.serverURL}${payload.config.routes.api}/reports/activity?${new URLSearchParams({ format: 'csv', lang: language, from: fromDay, to: toDay })}`
  const yearLink = (link: typeof period.current, key: TranslationKey) => (
    <a
      href={`?${new URLSearchParams({ from: link.from, until: link.until })}`}
      className={link.from === fromDay && link.until === period.until ? 'is-active' : undefined}
    >
      {t(key, { label: link.label })}
    </a>
  )

  return template(
    <>
      <header className="balises-report__header">
        <h1>{t('reports:title')}</h1>
        <p className="balises-report__period" data-testid="report-period">
          {period.yearLabel && <strong>{t('reports:fiscalYear', { label: period.yearLabel })} — </strong>}
          {t('reports:periodHeading', { from: dayLabel(fromDay), to: dayLabel(period.until) })}
        </p>
        <p className="balises-report__intro">{t('reports:intro', { zone: policy.timeZone })}</p>
      </header>

      {period.errors.length > 0 && (
        <p role="alert" className="balises-report__error">
          {t('reports:invalidPeriod', { errors: period.errors.join(' ') })}
        </p>
      )}

      <div className="balises-report__toolbar balises-report__no-print">
        <form method="get" className="balises-report__form" aria-label={t('reports:periodLegend')}>
          <label>
            {t('reports:from')}
            <input type="date" name="from" defaultValue={fromDay} required />
          </label>
          <label>
            {t('reports:until')}
            <input type="date" name="until" defaultValue={period.until} required />
          </label>
          <Button type="submit" buttonStyle="secondary" size="medium" margin={false}>
            {t('reports:apply')}
          </Button>
        </form>
        <nav className="balises-report__years">
          {yearLink(period.current, 'reports:currentYear')}
          {yearLink(period.previous, 'reports:previousYear')}
        </nav>
        <div className="balises-report__actions">
          <Button el="anchor" url={csvUrl} buttonStyle="primary" size="medium" margin={false} id="report-csv">
            {t('reports:exportCsv')}
          </Button>
          <PrintButton label={t('reports:print')} />
        </div>
      </div>

      <ReportSummary report={report} language={language} monthLabels={monthLabels} />

      <ReportCharts
        locale={locale}
        monthLabels={monthLabels}
        postsTitle={t('reports:chartPostsTitle')}
        postsAxis={t('reports:chartPostsAxis')}
        posts={report.byCategory
          .filter((row) => row.total > 0)
          .map((row) => {
            const name = language === 'en' ? row.labelEn : row.labelFr
            return { label: row.code ?? name, title: row.code ? `${row.code} ${name}` : name, color: row.color, values: row.months }
          })}
        followersTitle={t('reports:chartFollowersTitle')}
        followersAxis={t('reports:chartFollowersAxis')}
        followers={report.audience
          .filter((row) => row.first)
          .map((row) => ({ label: CHANNEL_NAMES[row.channel], color: CHANNEL_COLORS[row.channel], values: row.monthly }))}
        emptyFollowers={t('reports:noSnapshots')}
      />

      <CategoryMonthTable report={report} language={language} monthLabels={monthLabels} />
      <div className="balises-report__pair">
        <ChannelTable report={report} language={language} monthLabels={monthLabels} />
        <AudienceTable report={report} language={language} monthLabels={monthLabels} />
      </div>
      <p className="balises-report__footer">{t('reports:generatedAt', { date: generated })}</p>
    </>,
  )
}
