'use client'

import { FieldDescription, FieldLabel, useField, useFormFields, useTranslation } from '@payloadcms/ui'
import type { TextFieldClientComponent } from 'payload'

import { formatMoment } from '../../time/formatMoment'
import { translate } from '../../translations'

/**
 * The account's secret, write-only: a password input that starts empty every time (the stored
 * secret never comes back to the browser), and a line saying since when one is saved. Label and
 * description come from their keys: Payload caches a custom field's props per collection, not per
 * language, so `field.label` is in whichever language first rendered the form.
 */
export const SecretField: TextFieldClientComponent = ({ path }) => {
  const { value, setValue } = useField<string>({ path })
  const setAt = useFormFields(([fields]) => fields.secretSetAt?.value as string | null | undefined)
  const { i18n } = useTranslation()
  const t = (key: Parameters<typeof translate>[1], variables?: Record<string, string>) => translate(i18n.language, key, variables)
  const inputId = `field-${path}`
  return (
    <div className="field-type text balises-secret-field">
      <FieldLabel htmlFor={inputId} label={t('channelAccounts:secret')} path={path} />
      <input
        id={inputId}
        name={path}
        type="password"
        autoComplete="new-password"
        spellCheck={false}
        value={value ?? ''}
        onChange={(event) => setValue(event.target.value)}
      />
      <p className="balises-secret-field__stored">
        {setAt ? t('channelAccounts:secretStoredOn', { date: formatMoment(setAt, i18n.language) }) : t('channelAccounts:secretNone')}
      </p>
      <FieldDescription description={t('channelAccounts:secretDescription')} path={path} />
    </div>
  )
}
