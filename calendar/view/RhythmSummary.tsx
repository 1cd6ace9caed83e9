'use client'

import { CHANNEL_NAMES } from '../../src/channels'
import { translate } from '../../src/translations'
import type { RhythmData } from './types'

/** FREQ-1 / GOV-1: posts per week and channel against the policy's target, and days over the maximum. */
export function RhythmSummary({ rhythm, language }: { rhythm: RhythmData | null; language: 'fr' | 'en' }) {
  if (!rhythm) return null
  const channels = rhythm.summary.map((row) => row.channel)
  if (channels.length === 0) return <p>{translate(language, 'calendar:noTargets')}</p>
  return (
    <section className="balises-rhythm" data-testid="rhythm-summary" aria-labelledby="balises-rhythm-title">
      <h3 id="balises-rhythm-title">{translate(language, 'calendar:rhythmTitle')}</h3>
      <table>
        <thead>
          <tr>
            <th>{translate(language, 'calendar:week')}</th>
            {channels.map((channel) => (
              <th key={channel}>{CHANNEL_NAMES[channel]}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rhythm.weeks.map((week) => (
            <tr key={week.week} className={week.when === 'current' ? 'is-current' : undefined}>
              <td>{week.week}</td>
              {channels.map((channel) => {
                const cell = week.channels.find((row) => row.channel === channel)
                if (!cell) return <td key={channel}>—</td>
                return (
                  <td
                    key={channel}
                    className={cell.belowTarget ? 'is-below' : 'is-met'}
                    data-week={week.week}
                    data-channel={channel}
                    data-below={cell.belowTarget ? 'true' : 'false'}
                    title={cell.belowTarget ? translate(language, 'calendar:belowTarget') : undefined}
                  >
                    {cell.count} / {cell.target}
                    {cell.belowTarget ? ' ⚠' : ''}
                  </td>
                )
              })}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <td>{translate(language, 'calendar:total')}</td>
            {rhythm.summary.map((row) => (
              <td key={row.channel}>
                {translate(language, 'calendar:summaryCell', {
                  planned: row.planned,
                  scheduled: row.scheduled,
                  published: row.published,
                  below: row.weeksBelowTarget,
                  weeks: row.weeksCounted,
                })}
              </td>
            ))}
          </tr>
        </tfoot>
      </table>
      {rhythm.overloadedDays.length > 0 && (
        <ul className="balises-overloaded" data-testid="overloaded-days">
          {rhythm.overloadedDays.map((day) => (
            <li key={`${day.day}-${day.channel}`}>
              {translate(language, 'calendar:overloaded', {
                day: day.day,
                channel: CHANNEL_NAMES[day.channel],
                count: day.count,
                max: day.max,
              })}
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
