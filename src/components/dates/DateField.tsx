'use client'

import { DateTimeField, useFormFields, useTranslation } from '@payloadcms/ui'
import { enUS } from 'date-fns/locale/en-US'
import { fr } from 'date-fns/locale/fr'
import type { DateFieldClientProps } from 'payload'
import { useMemo } from 'react'

import { TYPED_DAY_PATTERNS, datePatternsOf } from '../../../collections/dateDisplay'
import { translate, type TranslationKey } from '../../translations'
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
    // Keys set by withDateFields (collections/dateDisplay.ts): the texts Payload handed over may be in another language.
    const custom = props.field.admin?.custom as { labelKey?: TranslationKey; descriptionKey?: TranslationKey } | undefined
    return {
      ...props.field,
      ...(custom?.labelKey ? { label: translate(i18n.language, custom.labelKey) } : {}),
      admin: {
        ...props.field.admin,
        ...(custom?.descriptionKey ? { description: translate(i18n.language, custom.descriptionKey) } : {}),
        date: {
          ...date,
          displayFormat,
          timeFormat: patterns.time,
          timeIntervals: date?.timeIntervals ?? 15,
          overrides: {
            ...date?.overrides,
            dateFormat: isDay && displayFormat ? [displayFormat, ...TYPED_DAY_PATTERNS] : displayFormat,
            timeCaption: translate(i18n.language, 'dates:time'),
            // Payload loads its date-fns locale asynchronously and registers it with the picker in an
            // effect: until then a French input shows « 12 May 2017 ». Balises' two languages are here.
            locale: i18n.language === 'en' ? enUS : fr,
            ...(selected ? { selected } : {}),
          },
        },
      },
    } as DateFieldClientProps['field']
  }, [props.field, date, appearance, isDay, patterns, value, i18n.language])
  return <DateTimeField {...props} field={field} />
}
