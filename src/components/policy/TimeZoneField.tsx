'use client'

import { SelectInput, useField, useTranslation } from '@payloadcms/ui'
import type { TextFieldClientComponent } from 'payload'
import { useMemo } from 'react'

import { timeZoneOptions } from '../../policy/timeZoneOptions'
import { translate } from '../../translations'

import './policySettings.css'

/**
 * The policy's time zone (a text field holding an IANA name) as a searchable select: Canada's
 * zones first, named in the admin's language, each with its offset today. The zones are the
 * browser's Intl list; the server checks the name again (src/policy/schema.ts: 400 on `timeZone`).
 */
export const TimeZoneField: TextFieldClientComponent = ({ field, path: pathFromProps, readOnly }) => {
  const path = pathFromProps ?? field.name
  const { value, setValue, showError } = useField<string | null>({ path })
  const { i18n } = useTranslation()
  const language = i18n.language
  const options = useMemo(
    () => timeZoneOptions(language, new Date(), value).map((option) => ({ value: option.value, label: option.label })),
    [language, value],
  )
  // Label and description functions reach client components resolved once, in one language: the translated texts, from the same keys.
  const label = translate(language, 'policy:timeZone')
  const description = translate(language, 'policy:timeZoneDescription')
  return (
    <div className="balises-time-zone" data-path={path}>
      <SelectInput
        path={path}
        name={path}
        label={label}
        description={description}
        options={options}
        value={value ?? undefined}
        isClearable={false}
        readOnly={readOnly}
        showError={showError}
        placeholder={translate(language, 'policySettings:timeZoneSearch')}
        onChange={(selected) => {
          const next = Array.isArray(selected) ? selected[0] : selected
          const zone = next && typeof next === 'object' && 'value' in next ? String(next.value) : null
          if (zone) setValue(zone)
        }}
      />
    </div>
  )
}
