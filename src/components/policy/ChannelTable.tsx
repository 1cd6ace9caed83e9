'use client'

import { useField, useForm, useFormFields, useTranslation } from '@payloadcms/ui'
import type { ArrayFieldClientComponent } from 'payload'

import { CHANNELS, DEFAULT_CHANNEL_LIMITS, type Channel } from '../../channels'
import { translate } from '../../translations'

import './policySettings.css'

type Rows = Partial<Record<Channel, number>>

/** Where each channel's row is in an array field of the form (`channelLimits`, `frequency`), by its `channel` sub-field. */
function useRowIndexes(path: string): Rows {
  const key = useFormFields(([fields]) => {
    const count = Number(fields[path]?.value ?? fields[path]?.rows?.length ?? 0)
    const channels: string[] = []
    for (let index = 0; index < count; index++) channels.push(String(fields[`${path}.${index}.channel`]?.value ?? ''))
    return channels.join('|')
  })
  const indexes: Rows = {}
  key.split('|').forEach((channel, index) => {
    if ((CHANNELS as readonly string[]).includes(channel) && indexes[channel as Channel] === undefined) indexes[channel as Channel] = index
  })
  return indexes
}

const numberOf = (text: string): number | null => (text.trim() === '' ? null : Number(text))

/** A whole number of the table (empty: no value), labelled for screen readers by its network and column. */
function NumberInput({
  label,
  value,
  invalid,
  onNumber,
}: {
  label: string
  value: number | null
  invalid?: boolean
  onNumber: (value: number | null) => void
}) {
  return (
    <input
      type="number"
      inputMode="numeric"
      min={0}
      step={1}
      aria-label={label}
      aria-invalid={invalid || undefined}
      value={value ?? ''}
      placeholder={value === null ? '—' : undefined}
      onChange={(event) => onNumber(numberOf(event.target.value))}
    />
  )
}

/** One number of an existing row, bound to its own form field (its errors show under it). */
function Cell({ path, label }: { path: string; label: string }) {
  const { value, setValue, showError, errorMessage } = useField<number | null>({ path })
  return (
    <td>
      <NumberInput label={label} value={typeof value === 'number' ? value : null} invalid={showError} onNumber={setValue} />
      {showError && errorMessage && <span className="balises-channel-table__error">{errorMessage}</span>}
    </td>
  )
}

/** A number for a channel that has no row yet: typing one adds the row (with the other values of a valid row). */
function AddCell({ label, onNumber }: { label: string; onNumber: (value: number) => void }) {
  return (
    <td>
      <NumberInput label={label} value={null} onNumber={(value) => value !== null && Number.isFinite(value) && onNumber(value)} />
    </td>
  )
}

/**
 * CHAN-1 limits and the FREQ-1 / GOV-1 rhythm as one small table: a line per network, columns
 * limit / target per week / maximum per day. The data stays the two arrays the rules read
 * (`channelLimits`, `frequency`): this is the custom Field of `channelLimits`, `frequency` is
 * hidden and edited from here; a channel without a row gets one when a number is typed.
 */
export const ChannelTable: ArrayFieldClientComponent = () => {
  const { i18n } = useTranslation()
  const language = i18n.language
  const { addFieldRow } = useForm()
  const limits = useRowIndexes('channelLimits')
  const frequency = useRowIndexes('frequency')
  const head = {
    channel: translate(language, 'posts:channel'),
    limit: translate(language, 'policy:limit'),
    target: translate(language, 'policy:targetPerWeek'),
    max: translate(language, 'policy:maxPerDay'),
  }
  const cellLabel = (channelName: string, column: string) => `${channelName} — ${column}`
  const state = (value: unknown) => ({ initialValue: undefined, value, valid: true })

  return (
    <div className="field-type balises-channel-table">
      <h3 className="balises-channel-table__title">{translate(language, 'policySettings:networksTable')}</h3>
      <p className="balises-channel-table__hint">{translate(language, 'policySettings:networksTableHint')}</p>
      <table>
        <thead>
          <tr>
            <th scope="col">{head.channel}</th>
            <th scope="col">{head.limit}</th>
            <th scope="col">{head.target}</th>
            <th scope="col">{head.max}</th>
          </tr>
        </thead>
        <tbody>
          {CHANNELS.map((channel) => {
            const name = translate(language, `channels:${channel}`)
            const limitRow = limits[channel]
            const frequencyRow = frequency[channel]
            return (
              <tr key={channel} data-channel={channel}>
                <th scope="row">{name}</th>
                {limitRow !== undefined ? (
                  <Cell path={`channelLimits.${limitRow}.limit`} label={cellLabel(name, head.limit)} />
                ) : (
                  <AddCell
                    label={cellLabel(name, head.limit)}
                    onNumber={(limit) =>
                      addFieldRow({
                        path: 'channelLimits',
                        schemaPath: 'channelLimits',
                        subFieldState: { channel: state(channel), limit: state(limit) },
                      })
                    }
                  />
                )}
                {frequencyRow !== undefined ? (
                  <>
                    <Cell path={`frequency.${frequencyRow}.targetPerWeek`} label={cellLabel(name, head.target)} />
                    <Cell path={`frequency.${frequencyRow}.maxPerDay`} label={cellLabel(name, head.max)} />
                  </>
                ) : (
                  <>
                    <AddCell
                      label={cellLabel(name, head.target)}
                      onNumber={(target) =>
                        addFieldRow({
                          path: 'frequency',
                          schemaPath: 'frequency',
                          subFieldState: {
                            channel: state(channel),
                            targetPerWeek: state(target),
                            maxPerDay: state(Math.max(1, Math.ceil(target / 7))),
                          },
                        })
                      }
                    />
                    <AddCell
                      label={cellLabel(name, head.max)}
                      onNumber={(max) =>
                        addFieldRow({
                          path: 'frequency',
                          schemaPath: 'frequency',
                          subFieldState: { channel: state(channel), targetPerWeek: state(0), maxPerDay: state(max) },
                        })
                      }
                    />
                  </>
                )}
              </tr>
            )
          })}
        </tbody>
      </table>
      <p className="balises-channel-table__hint">
        {translate(language, 'policySettings:networksDefaultLimits', {
          limits: CHANNELS.map((channel) => `${translate(language, `channels:${channel}`)} ${DEFAULT_CHANNEL_LIMITS[channel]}`).join(', '),
        })}
      </p>
    </div>
  )
}
