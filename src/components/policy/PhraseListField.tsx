'use client'

import { FieldError, TextareaInput, useField, useTranslation } from '@payloadcms/ui'
import type { TextFieldClientComponent } from 'payload'
import { useEffect, useMemo, useRef, useState, type ChangeEvent } from 'react'

import { parsePhraseList, phraseListText, phraseProblem } from '../../policy/phraseList'
import { translate, type TranslationKey } from '../../translations'

import './policySettings.css'

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((item, index) => item === b[index])

/**
 * A FORBID-1 phrase list (a `text` field with `hasMany`, stored as string[]) edited as one text
 * area, one phrase a line, with the live count, the duplicates that saving will merge and the
 * lines the server would refuse (the same checks: src/policy/phraseList.ts).
 */
export const PhraseListField: TextFieldClientComponent = ({ field, path: pathFromProps, readOnly }) => {
  const path = pathFromProps ?? field.name
  const { value, setValue, showError } = useField<string[] | null>({ path })
  const { i18n } = useTranslation()
  const language = i18n.language
  const stored = useMemo(() => (Array.isArray(value) ? value.filter((item) => typeof item === 'string') : []), [value])
  const [text, setText] = useState(() => phraseListText(stored))
  const lastSent = useRef<string[]>(stored)

  // A value that changed elsewhere (the form reset, the saved document came back): show it.
  useEffect(() => {
    if (!sameList(stored, lastSent.current)) {
      lastSent.current = stored
      setText(phraseListText(stored))
    }
  }, [stored])

  const parsed = useMemo(() => parsePhraseList(text), [text])
  const problems = parsed.phrases
    .map((phrase, index) => ({ phrase, line: parsed.lines[index], problem: phraseProblem(phrase) }))
    .filter((item) => item.problem !== null)

  const onChange = (event: ChangeEvent<HTMLTextAreaElement>) => {
    const next = event.target.value
    setText(next)
    const phrases = parsePhraseList(next).phrases
    if (!sameList(phrases, lastSent.current)) {
      lastSent.current = phrases
      setValue(phrases)
    }
  }

  const count = parsed.phrases.length
  // From the keys, not from `field`: Payload caches a custom field's props per collection and not per
  // language (so `field.label` is in the first language that rendered it), and drops label functions.
  const allowed = path === 'allowedPhrases'
  const label = translate(language, allowed ? 'policy:allowedPhrases' : 'policy:forbiddenPatterns')
  const description = translate(language, allowed ? 'policy:allowedPhrasesDescription' : 'policy:forbiddenPatternsDescription')
  return (
    <div className="balises-phrase-list" data-path={path}>
      <TextareaInput
        path={path}
        label={label}
        description={description}
        value={text}
        onChange={onChange}
        rows={12}
        readOnly={readOnly}
        showError={showError}
        Error={<FieldError path={path} showError={showError} />}
        AfterInput={
          <div className="balises-phrase-list__status" aria-live="polite">
            <strong className="balises-phrase-list__count" data-count={count}>
              {count === 1 ? translate(language, 'policySettings:countOne') : translate(language, 'policySettings:countOther', { count })}
            </strong>
            {parsed.duplicates.map((duplicate) =>
              duplicate.lines.slice(1).map((line) => (
                <span className="balises-phrase-list__note" key={`d${line}`}>
                  {translate(language, 'policySettings:duplicate', { line, phrase: duplicate.phrase, first: duplicate.lines[0] })}
                </span>
              )),
            )}
            {problems.map((item) => (
              <span className="balises-phrase-list__problem" key={`p${item.line}`}>
                {translate(language, `policySettings:phrase_${item.problem}` as TranslationKey, {
                  rule: 'FORBID-1',
                  line: item.line,
                  phrase: item.phrase,
                })}
              </span>
            ))}
          </div>
        }
      />
    </div>
  )
}
