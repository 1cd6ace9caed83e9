'use client'

import { useDocumentInfo, useTranslation } from '@payloadcms/ui'
import type { UIFieldClientComponent } from 'payload'

import { formatMoment } from '../../time/formatMoment'
import { translate, type TranslationKey } from '../../translations'
import { CodeOfConductPrompt } from './CodeOfConductPrompt'
import { useCodeOfConduct } from './useCodeOfConduct'

/**
 * On an account's page (FORBID-3): on one's own account, the code in force and « J'accepte » until
 * it is accepted, then when and which version; on someone else's (an administrator's view), only
 * whether they accepted — nobody accepts for another person.
 */
export const CodeOfConductAcceptance: UIFieldClientComponent = () => {
  const { id, data } = useDocumentInfo()
  const { i18n } = useTranslation()
  const language = i18n.language
  const t = (key: TranslationKey, variables?: Record<string, string | number>) => translate(language, key, variables)
  const { user, code, accepted, accept } = useCodeOfConduct()
  if (!code || id === undefined || id === null) return null

  const own = user && String(user.id) === String(id)
  const person = (own ? user : data) as { codeOfConductAcceptedAt?: string | null; codeOfConductVersion?: number | null } | undefined
  if (own && !accepted) {
    const intro = person?.codeOfConductAcceptedAt ? t('forms:codeNewVersion', { version: code.version }) : t('forms:codeMustAccept')
    return (
      <div className="field-type" data-testid="code-of-conduct-acceptance">
        <CodeOfConductPrompt code={code} intro={intro} accept={accept} />
      </div>
    )
  }
  return (
    <div className="field-type balises-code balises-code--status" data-testid="code-of-conduct-acceptance">
      <h3 className="balises-code__heading">{t('forms:codeOfConduct')}</h3>
      <p>
        {person?.codeOfConductAcceptedAt && (person.codeOfConductVersion ?? 0) >= code.version
          ? t('forms:codeAcceptedOn', {
              version: person.codeOfConductVersion ?? code.version,
              date: formatMoment(person.codeOfConductAcceptedAt, language),
            })
          : t('forms:codeNotAccepted', { version: code.version })}
      </p>
      {!own && <p className="balises-code__note">{t('forms:codeOtherPerson')}</p>}
    </div>
  )
}
