import { CHANNEL_NAMES, CHANNELS } from '../../src/channels'
import { translate } from '../../src/translations'
import { CHANNEL_SHORT } from './channelShort'
import { HOURGLASS, MARK_SYMBOLS, type MarkKind } from './deliveryMarks'

type Props = {
  language: 'fr' | 'en'
  categories: { id: number | string; code: string; label: string; color: string }[]
}

const DELIVERY_LEGEND: [MarkKind, Parameters<typeof translate>[1]][] = [
  ['posted', 'calendarDrop:legendPosted'],
  ['pending', 'calendarDrop:legendPending'],
  ['failed', 'calendarDrop:legendFailed'],
  ['manual', 'deliveries:state_manual'],
  ['ended', 'calendarDrop:legendEnded'],
]

/** « FB Facebook · IG Instagram · X · … »: the short names of the events' lines. */
const NETWORK_NAMES = CHANNELS.map((channel) =>
  CHANNEL_SHORT[channel] === CHANNEL_NAMES[channel] ? CHANNEL_NAMES[channel] : `${CHANNEL_SHORT[channel]} ${CHANNEL_NAMES[channel]}`,
).join(' · ')

/** What the colours, strokes and marks of the calendar mean. */
export function Legend({ language, categories }: Props) {
  const t = (key: Parameters<typeof translate>[1], variables?: Record<string, string>) => translate(language, key, variables)
  return (
    <section className="balises-legend" data-testid="calendar-legend" aria-labelledby="balises-legend-title">
      <h3 id="balises-legend-title">{t('calendarDrop:legendTitle')}</h3>
      <p className="balises-legend__caption">{t('calendarDrop:legendCategory')}</p>
      <ul className="balises-legend__categories">
        {categories.map((category) => (
          <li key={category.id}>
            <span className="balises-legend__swatch" style={{ background: category.color }} aria-hidden="true" />
            {category.code} — {category.label}
          </li>
        ))}
      </ul>
      <ul className="balises-legend__marks">
        <li>
          <span className="balises-legend__mark is-planned" aria-hidden="true" />
          {t('calendarDrop:legendPlanned')}
        </li>
        <li>
          <span className="balises-legend__mark is-scheduled" aria-hidden="true" />
          {t('calendarDrop:legendScheduled')}
        </li>
        <li>
          <span className="balises-legend__mark is-unscheduled" aria-hidden="true" />
          {t('calendarDrop:legendUnscheduled')}
        </li>
        <li>
          <span className="balises-legend__mark is-key-date" aria-hidden="true" />
          {t('calendarDrop:legendKeyDate')}
        </li>
        <li>
          <span className="balises-legend__mark is-overloaded" aria-hidden="true" />
          {t('calendarDrop:legendOverloaded')}
        </li>
        <li>{t('calendarDrop:legendHandle')}</li>
      </ul>
      <p className="balises-legend__caption">{t('calendarDrop:legendDeliveries')}</p>
      <ul className="balises-legend__deliveries" data-testid="calendar-legend-deliveries">
        {DELIVERY_LEGEND.map(([kind, key]) => (
          <li key={kind}>
            <span className={`balises-legend__symbol is-${kind}`} aria-hidden="true">
              {kind === 'pending' ? (
                <svg className="balises-hourglass" viewBox={HOURGLASS.viewBox} focusable="false">
                  <path d={HOURGLASS.path} />
                </svg>
              ) : (
                MARK_SYMBOLS[kind]
              )}
            </span>
            {t(key)}
          </li>
        ))}
        <li className="balises-legend__networks">{t('calendarDrop:legendNetworks', { list: NETWORK_NAMES })}</li>
      </ul>
    </section>
  )
}
