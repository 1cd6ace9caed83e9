'use client'

import { useTranslation } from '@payloadcms/ui'
import type { UIFieldClientComponent } from 'payload'

import { translate } from '../../translations'
import { CodeOfConductPrompt } from './CodeOfConductPrompt'
import { useCodeOfConduct } from './useCodeOfConduct'

/**
 * At the top of every content form (posts, images, positions, people, consents): a person who has
 * not accepted the code in force reads it and accepts it here, instead of meeting a refused save.
 */
export const CodeOfConductGate: UIFieldClientComponent = () => {
  const { i18n } = useTranslation()
  const { code, accepted, accept } = useCodeOfConduct()
  if (!code || accepted !== false) return null
  return (
    <div className="field-type" data-testid="code-of-conduct-gate">
      <CodeOfConductPrompt code={code} intro={translate(i18n.language, 'forms:codeMustAccept')} accept={accept} />
    </div>
  )
}
