'use client'

import { useConfig, useTranslation } from '@payloadcms/ui'
import type { DefaultCellComponentProps } from 'payload'
import { useSyncExternalStore } from 'react'

import { formatMoment, formatStoredDay } from '../../time/formatMoment'

const subscribe = () => () => {}

/** True once hydrated: the browser's zone is known only there. */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  )
}

const dayOnly = (appearance: unknown) => appearance === 'dayOnly' || appearance === 'monthOnly'

/**
 * A date column in the person's format: « 1 déc. 2026, 16 h 28 » / "Dec 1, 2026, 4:28 PM"; a calendar day
 * (stored at noon UTC) as that day in every zone: « 12 mai 2017 ». Rendered on the server in the
 * organisation's zone, then in the browser's.
 */
export function BalisesDateCell({ cellData, field, rowData }: DefaultCellComponentProps) {
  const { i18n } = useTranslation()
  const { config } = useConfig()
  const hydrated = useHydrated()
  if (typeof cellData !== 'string' || !cellData) return null
  const date = (field as { admin?: { date?: { pickerAppearance?: string } } }).admin?.date
  if (dayOnly(date?.pickerAppearance)) return <span>{formatStoredDay(cellData, i18n.language)}</span>
  const name = (field as { name?: string }).name
  const ownZone = (field as { timezone?: unknown }).timezone && name ? (rowData as Record<string, unknown>)?.[`${name}_tz`] : undefined
  const zone = typeof ownZone === 'string' ? ownZone : hydrated ? undefined : config.admin?.timezones?.defaultTimezone
  return <span>{formatMoment(cellData, i18n.language, zone)}</span>
}
