import { translate } from '../../src/translations'

type Props = {
  language: 'fr' | 'en'
  categories: { id: number | string; code: string; label: string; color: string }[]
}

/** What the colours and strokes of the calendar mean. */
export function Legend({ language, categories }: Props) {
  const t = (key: Parameters<typeof translate>[1]) => translate(language, key)
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
    </section>
  )
}
