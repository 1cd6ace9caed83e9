'use client'

import { DateTimeField, useFormFields, useTranslation } from '@payloadcms/ui'
import type { DateFieldClientProps } from 'payload'
import { useMemo } from 'react'

import { TYPED_DAY_PATTERNS, datePatternsOf } from '../../../collections/dateDisplay'
import { translate } from '../../translations'
import { pickerDayOf } from './pickerDay'

type PickerConfig = {
  pickerAppearance?: string
  displayFormat?: string
  timeIntervals?: number
  overrides?: Record<string, unknown>
}

/**
 * Payload's date field with the person's format: French « 1 déc. 2026, 16 h 28 » and a 24 h time
 * list, English "Dec 1, 2026, 4:28 PM". A calendar day (birth date, validity…, stored at noon UTC) shows
 * as that day in every zone (Payload's picker shows the instant in the browser's zone: in Auckland, noon
 * UTC is already the next day), and may be typed 2017-05-12.
 */
export function BalisesDateField(props: DateFieldClientProps) {
  const { i18n } = useTranslation()
  const value = useFormFields(([fields]) => fields?.[props.path]?.value)
  const date = props.field.admin?.date as PickerConfig | undefined
  const appearance = date?.pickerAppearance ?? 'default'
  const isDay = appearance === 'dayOnly' || appearance === 'default'
  const patterns = datePatternsOf(i18n.language)
  const field = useMemo(() => {
    const displayFormat = appearance === 'monthOnly' ? date?.displayFormat : isDay ? patterns.day : patterns.dayAndTime
    const selected = isDay ? pickerDayOf(value) : undefined
    return {
      ...props.field,
      admin: {
        ...props.field.admin,
        date: {
          ...date,
          displayFormat,
          timeFormat: patterns.time,
          timeIntervals: date?.timeIntervals ?? 15,
          overrides: {
            ...date?.overrides,
            dateFormat: isDay && displayFormat ? [displayFormat, ...TYPED_DAY_PATTERNS] : displayFormat,
            timeCaption: translate(i18n.language, 'dates:time'),
            ...(selected ? { selected } : {}),
          },
        },
      },
    } as DateFieldClientProps['field']
  }, [props.field, date, appearance, isDay, patterns, value, i18n.language])
  return <DateTimeField {...props} field={field} />
}
