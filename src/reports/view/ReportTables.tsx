import { CHANNEL_NAMES } from '../../channels'
import { translate, type TranslationKey } from '../../translations'
import type { ActivityReport } from '../activityReport'

type Props = { report: ActivityReport; language: 'fr' | 'en'; monthLabels: string[] }

function formatters(language: 'fr' | 'en') {
  const locale = language === 'en' ? 'en-CA' : 'fr-CA'
  const number = new Intl.NumberFormat(locale)
  const signed = new Intl.NumberFormat(locale, { signDisplay: 'exceptZero' })
  const percent = new Intl.NumberFormat(locale, {
    style: 'percent',
    signDisplay: 'exceptZero',
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  })
  const day = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' })
  return {
    number: (value: number) => number.format(value),
    signed: (value: number) => signed.format(value),
    percent: (value: number) => percent.format(value / 100),
    day: (key: string) => day.format(new Date(`${key}T12:00:00Z`)),
    t: (key: TranslationKey, vars?: Record<string, string | number>) => translate(language, key, vars),
  }
}

/** « En bref »: the figures a reader looks for first. */
export function ReportSummary({ report, language }: Props) {
  const { number, signed, t } = formatters(language)
  const used = report.byCategory.filter((row) => row.code !== null && row.total > 0).length
  const known = report.byCategory.filter((row) => row.code !== null).length
  const changes = report.audience.filter((row) => row.change !== null)
  const gained = changes.reduce((sum, row) => sum + (row.change ?? 0), 0)
  const card = (id: string, value: string, label: TranslationKey, help?: TranslationKey) => (
    <div className="balises-report__card" data-testid={id}>
      <span className="balises-report__figure">{value}</span>
      <span className="balises-report__label">{t(label)}</span>
      {help && <span className="balises-report__help">{t(help)}</span>}
    </div>
  )
  return (
    <section className="balises-report__section" aria-labelledby="report-summary">
      <h2 id="report-summary">{t('reports:summaryTitle')}</h2>
      <div className="balises-report__cards">
        {card('report-total-posts', number(report.totals.posts), 'reports:summaryPosts')}
        {card(
          'report-total-publications',
          number(report.totals.publications),
          'reports:summaryPublications',
          'reports:summaryPublicationsHelp',
        )}
        {card('report-categories-used', `${used} / ${known}`, 'reports:summaryCategories')}
        {changes.length > 0 &&
          card('report-followers-gained', signed(gained), 'reports:summaryFollowersChange', 'reports:summaryFollowersChangeHelp')}
      </div>
    </section>
  )
}

/** The category × month table, with totals per month and per category. */
export function CategoryMonthTable({ report, language, monthLabels }: Props) {
  const { number, t } = formatters(language)
  return (
    <section className="balises-report__section" aria-labelledby="report-by-category">
      <h2 id="report-by-category">{t('reports:byCategoryTitle')}</h2>
      {report.totals.posts === 0 && <p>{t('reports:noPosts')}</p>}
      <div className="balises-report__scroll">
        <table className="balises-table balises-report__table balises-report__table--months" data-testid="report-by-category">
          <thead>
            <tr>
              <th scope="col">{t('reports:category')}</th>
              {monthLabels.map((label, index) => (
                <th scope="col" key={report.months[index]} className="is-number">
                  {label}
                </th>
              ))}
              <th scope="col" className="is-number">
                {t('reports:total')}
              </th>
            </tr>
          </thead>
          <tbody>
            {report.byCategory.map((row) => (
              <tr key={row.code ?? 'none'} className={row.total === 0 ? 'is-zero' : undefined}>
                <th scope="row">
                  <span className="balises-report__swatch" style={{ background: row.color }} aria-hidden="true" />
                  {row.code && <span className="balises-report__code">{row.code}</span>} {language === 'en' ? row.labelEn : row.labelFr}
                </th>
                {row.months.map((count, index) => (
                  <td key={report.months[index]} className="is-number">
                    {count === 0 ? <span className="balises-report__zero">0</span> : number(count)}
                  </td>
                ))}
                <td className="is-number is-total">{number(row.total)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t('reports:total')}</th>
              {report.byMonth.map((count, index) => (
                <td key={report.months[index]} className="is-number is-total">
                  {number(count)}
                </td>
              ))}
              <td className="is-number is-total" data-testid="report-table-total">
                {number(report.totals.posts)}
              </td>
            </tr>
          </tfoot>
        </table>
      </div>
    </section>
  )
}

/** Publications per network, with each network's share. */
export function ChannelTable({ report, language }: Props) {
  const { number, t } = formatters(language)
  const share = new Intl.NumberFormat(language === 'en' ? 'en-CA' : 'fr-CA', { style: 'percent', maximumFractionDigits: 0 })
  return (
    <section className="balises-report__section" aria-labelledby="report-by-channel">
      <h2 id="report-by-channel">{t('reports:byChannelTitle')}</h2>
      <p className="balises-report__help">{t('reports:summaryPublicationsHelp')}</p>
      <table className="balises-table balises-report__table" data-testid="report-by-channel">
        <thead>
          <tr>
            <th scope="col">{t('reports:channel')}</th>
            <th scope="col" className="is-number">
              {t('reports:publications')}
            </th>
            <th scope="col" className="is-number">
              {t('reports:share')}
            </th>
          </tr>
        </thead>
        <tbody>
          {report.byChannel.map((row) => (
            <tr key={row.channel} className={row.publications === 0 ? 'is-zero' : undefined}>
              <th scope="row">{CHANNEL_NAMES[row.channel]}</th>
              <td className="is-number">{number(row.publications)}</td>
              <td className="is-number">
                {report.totals.publications > 0 ? share.format(row.publications / report.totals.publications) : '—'}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  )
}

/** First and last snapshot of each network that has any, and the change between them. */
export function AudienceTable({ report, language }: Props) {
  const { number, signed, percent, day, t } = formatters(language)
  const rows = report.audience.filter((row) => row.first)
  return (
    <section className="balises-report__section" aria-labelledby="report-audience">
      <h2 id="report-audience">{t('reports:audienceTitle')}</h2>
      {rows.length === 0 ? (
        <p>{t('reports:noSnapshots')}</p>
      ) : (
        <table className="balises-table balises-report__table" data-testid="report-audience">
          <thead>
            <tr>
              <th scope="col">{t('reports:channel')}</th>
              <th scope="col">{t('reports:firstSnapshot')}</th>
              <th scope="col">{t('reports:lastSnapshot')}</th>
              <th scope="col" className="is-number">
                {t('reports:change')}
              </th>
              <th scope="col" className="is-number">
                {t('reports:changePercent')}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.channel}>
                <th scope="row">{CHANNEL_NAMES[row.channel]}</th>
                <td>
                  {number(row.first!.followers)} <span className="balises-report__help">({day(row.first!.day)})</span>
                </td>
                <td>
                  {number(row.last!.followers)} <span className="balises-report__help">({day(row.last!.day)})</span>
                </td>
                <td className="is-number">
                  {row.change === null ? <em className="balises-report__help">{t('reports:noBaseline')}</em> : signed(row.change)}
                </td>
                <td className="is-number">{row.changePercent === null ? '—' : percent(row.changePercent)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  )
}
