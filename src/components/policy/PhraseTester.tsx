'use client'

import { useFormFields, useTranslation } from '@payloadcms/ui'
import { useId, useMemo, useState } from 'react'

import { normalisePhraseList } from '../../policy/phraseList'
import { testPhrase } from '../../policy/testPhrase'
import { translate } from '../../translations'

import './policySettings.css'

/** « Tester une phrase »: the FORBID-1 verdict on a typed sentence, with the lists as currently typed in the form. */
export const PhraseTester = () => {
  const { i18n } = useTranslation()
  const language = i18n.language
  const joiner = language === 'en' ? '”, “' : ' », « '
  const id = useId()
  const [sentence, setSentence] = useState('')
  const forbiddenValue = useFormFields(([fields]) => fields.forbiddenPatterns?.value)
  const allowedValue = useFormFields(([fields]) => fields.allowedPhrases?.value)
  const result = useMemo(() => {
    if (!sentence.trim()) return null
    return testPhrase(sentence, normalisePhraseList(forbiddenValue) ?? [], normalisePhraseList(allowedValue) ?? [])
  }, [sentence, forbiddenValue, allowedValue])

  return (
    <section className="balises-phrase-tester" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{translate(language, 'policySettings:testerTitle')}</h3>
      <p>{translate(language, 'policySettings:testerHint')}</p>
      <div className="field-type text">
        <div className="field-type__wrap">
          <input
            id={`${id}-input`}
            type="text"
            aria-labelledby={`${id}-title`}
            value={sentence}
            placeholder={translate(language, 'policySettings:testerPlaceholder')}
            onChange={(event) => setSentence(event.target.value)}
          />
        </div>
      </div>
      {result && (
        <ul className="balises-phrase-tester__result" aria-live="polite">
          {result.flagged.map((item) => (
            <li className="balises-phrase-tester__flag" key={`f-${item.quote}`}>
              {translate(language, 'policySettings:testerFlagged', { quote: item.quote })}
              {item.patterns.length > 0 &&
                ` — ${translate(language, 'policySettings:testerMatchedBy', { pattern: item.patterns.join(joiner) })}`}
            </li>
          ))}
          {result.excused.map((item) => (
            <li className="balises-phrase-tester__excused" key={`e-${item.quote}`}>
              {translate(language, 'policySettings:testerExcused', { quote: item.quote, phrase: item.phrases.join(joiner) })}
            </li>
          ))}
          {result.flagged.length === 0 && (
            <li className="balises-phrase-tester__clean">{translate(language, 'policySettings:testerClean')}</li>
          )}
        </ul>
      )}
    </section>
  )
}
