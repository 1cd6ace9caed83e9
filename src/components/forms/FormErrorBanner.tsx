'use client'

import { toast, useAllFormFields, useDocumentInfo, useTranslation } from '@payloadcms/ui'
import type { UIFieldClientComponent } from 'payload'
import { useEffect, useMemo, useRef, useState } from 'react'

import { namesItsRule } from '../../../hooks/rules/messages'
import { translate } from '../../translations'
import { fieldLabelAt } from './fieldLabel'
import './forms.css'

type FieldError = { path: string; message: string }

/** Payload's field ids: `field-channels__0__text`. */
const fieldId = (path: string) => `field-${path.replace(/\./g, '__')}`

/**
 * Payload clears a field's server error at the next form-state round trip (a refused draft is not
 * "submitted"), so the refused fields are marked here, by their ids, as long as the banner stands;
 * and the autosave indicator is hidden meanwhile.
 */
function hideAutosaveAndMark(errors: FieldError[]): string {
  const ids = [...new Set(errors.map(({ path }) => fieldId(path)))].filter((id) => /^[\w-]+$/.test(id))
  const marked = ids.map((id) => `#${id}`).join(', ')
  return `.doc-controls .autosave { display: none; }${
    marked ? ` ${marked} { outline: 2px solid var(--theme-error-500); outline-offset: 2px; background-color: var(--theme-error-50); }` : ''
  }`
}

/**
 * Above the form of posts, images, people and consents: a refused save or autosave stays visible
 * with the server's own messages (rule IDs, what to fix), each linked to its field (highlighted by
 * Payload at its path), until a save succeeds. Payload's toast for the same refusal is dismissed,
 * and the autosave indicator (« Dernière sauvegarde… ») is hidden meanwhile: it would look like success.
 */
export const FormErrorBanner: UIFieldClientComponent = () => {
  const [fields] = useAllFormFields()
  const { lastUpdateTime, docConfig } = useDocumentInfo()
  const { i18n } = useTranslation()
  const language = i18n.language
  const [shown, setShown] = useState<FieldError[] | null>(null)
  const capturedAt = useRef<number | undefined>(undefined)

  const current = useMemo(() => {
    const errors: FieldError[] = []
    for (const [path, state] of Object.entries(fields ?? {})) {
      if (state?.valid === false && typeof state.errorMessage === 'string' && state.errorMessage) {
        errors.push({ path, message: state.errorMessage })
      }
    }
    return errors
  }, [fields])
  const currentKey = JSON.stringify(current)

  useEffect(() => {
    if (current.length === 0) return
    setShown(current)
    capturedAt.current = lastUpdateTime
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [currentKey])

  useEffect(() => {
    // The banner says it all; Payload's toast of each refusal (the same refusal again included) would repeat it.
    if (current.length > 0) toast.dismiss()
  }, [fields, current.length])

  useEffect(() => {
    if (shown && lastUpdateTime !== capturedAt.current && current.length === 0) setShown(null)
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [lastUpdateTime])

  if (!shown || shown.length === 0) return null
  const configFields = (docConfig as { fields?: never[] } | undefined)?.fields
  return (
    <div className="balises-form-error" data-testid="form-error-banner" role="alert">
      <style>{hideAutosaveAndMark(shown)}</style>
      <p className="balises-form-error__title">{translate(language, 'forms:bannerTitle')}</p>
      <ul className="balises-form-error__list">
        {shown.map(({ path, message }) => {
          const label = fieldLabelAt(configFields, path, language)
          const named = namesItsRule(message) || !label
          return (
            <li key={`${path}:${message}`} data-path={path}>
              <a href={`#${fieldId(path)}`}>{named ? message : `${label}${language === 'en' ? ':' : ' :'} ${message}`}</a>
            </li>
          )
        })}
      </ul>
      <p className="balises-form-error__hint">{translate(language, 'forms:bannerHint')}</p>
    </div>
  )
}
