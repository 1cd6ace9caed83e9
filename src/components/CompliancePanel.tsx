'use client'

import { useAllFormFields, useConfig, useDocumentInfo, useTranslation } from '@payloadcms/ui'
import type { UIFieldClientComponent } from 'payload'
import { useEffect, useMemo, useRef, useState } from 'react'

import type { ComplianceReport } from '../endpoints/checkCompliance'
import { ruleSource } from '../policy/ruleSources'
import { translate, type TranslationKey } from '../translations'
import { complianceRequestBody } from './complianceRequest'
import { useBalisesSlugs } from './useBalisesSlugs'

const DEBOUNCE_MS = 600
/** A check that takes longer than this is abandoned (and tried again). */
const REQUEST_TIMEOUT_MS = 20_000

type State = 'ok' | 'warn' | 'block'
const ICONS: Record<State, string> = { ok: '✓', warn: '⚠', block: '✗' }
const STATE_LABELS: Record<State, TranslationKey> = {
  ok: 'compliancePanel:stateOk',
  warn: 'compliancePanel:stateWarn',
  block: 'compliancePanel:stateBlock',
}

/**
 * Findings carry their rule as data (`finding.rule`, shown by the line) and no prefix, except the
 * withheld one, which names both rules in its text: « PRIV-1/PRIV-2 : … » → « … » on either line.
 */
function withoutRulePrefix(message: string, rule: string): string {
  const prefix = /^([A-Z]+(?:-\d+)?(?:\/[A-Z]+(?:-\d+)?)*) ?: /.exec(message)
  return prefix && prefix[1].split('/').includes(rule) ? message.slice(prefix[0].length) : message
}

/**
 * The post's compliance with the policy, in the edit view's sidebar: every rule with ✓ / ⚠ / ✗ and
 * what to fix, in the reader's language. It asks the server (`POST /api/posts/compliance`, the same
 * rules as a save, nothing written) ~600 ms after the last change, and again after each save.
 */
export const CompliancePanel: UIFieldClientComponent = () => {
  const [fields] = useAllFormFields()
  const { id, data: savedData } = useDocumentInfo()
  const { i18n } = useTranslation()
  const {
    config: {
      serverURL,
      routes: { api },
    },
  } = useConfig()
  const slugs = useBalisesSlugs()
  const language = i18n.language
  const t = (key: TranslationKey, variables?: Record<string, string | number>) => translate(language, key, variables)

  const [report, setReport] = useState<ComplianceReport | null>(null)
  const [failure, setFailure] = useState<string | null>(null)
  const [checking, setChecking] = useState(false)
  const checkedOnce = useRef(false)
  // A check that failed on the server's or the network's side is tried again, less and less often.
  const [attempt, setAttempt] = useState(0)
  const failures = useRef(0)

  // The form as the rules should see it; a string, so that an unchanged form asks nothing.
  const request = useMemo(() => complianceRequestBody(fields, id), [fields, id])
  const savedAt = typeof savedData?.updatedAt === 'string' ? savedData.updatedAt : ''

  useEffect(() => {
    const controller = new AbortController()
    const delay = checkedOnce.current ? DEBOUNCE_MS : 0
    let retry: ReturnType<typeof setTimeout> | undefined
    let timedOut = false
    let deadline: ReturnType<typeof setTimeout> | undefined
    const timer = setTimeout(async () => {
      let retryable = true
      setChecking(true)
      deadline = setTimeout(() => {
        timedOut = true
        controller.abort()
      }, REQUEST_TIMEOUT_MS)
      try {
        const response = await fetch(`${serverURL}${api}/${slugs.posts}/compliance`, {
          method: 'POST',
          credentials: 'include',
          headers: { 'Content-Type': 'application/json' },
          body: request,
          signal: controller.signal,
        })
        const body = (await response.json().catch(() => null)) as (ComplianceReport & { errors?: { message?: string }[] }) | null
        if (!response.ok || !body || !Array.isArray(body.rules)) {
          // A refusal (signed out, no role, a form the server does not accept) will not change by itself.
          retryable = response.status >= 500 || response.status === 408 || response.status === 429
          throw new Error(body?.errors?.[0]?.message || `HTTP ${response.status}`)
        }
        checkedOnce.current = true
        failures.current = 0
        setReport(body)
        setFailure(null)
      } catch (error) {
        if (controller.signal.aborted && !timedOut) return
        setFailure(timedOut ? `> ${REQUEST_TIMEOUT_MS / 1000} s` : error instanceof Error ? error.message : String(error))
        if (retryable) {
          const wait = Math.min(30_000, 2_000 * 2 ** failures.current)
          failures.current += 1
          retry = setTimeout(() => setAttempt((count) => count + 1), wait)
        }
      } finally {
        clearTimeout(deadline)
        if (!controller.signal.aborted || timedOut) setChecking(false)
      }
    }, delay)
    return () => {
      clearTimeout(timer)
      clearTimeout(deadline)
      clearTimeout(retry)
      controller.abort()
    }
  }, [request, savedAt, serverURL, api, attempt])

  const lines = (report?.rules ?? []).map((rule) => {
    const findings = report!.findings.filter((finding) => finding.rule === rule.id)
    const state: State = findings.some((finding) => finding.level === 'block') ? 'block' : findings.length > 0 ? 'warn' : 'ok'
    return { rule, findings, state }
  })
  const blocking = lines.filter((line) => line.state === 'block').length
  const warning = lines.filter((line) => line.state === 'warn').length
  const missing = report?.missing ?? []

  return (
    <section
      className="field-type balises-compliance"
      data-testid="compliance-panel"
      data-checking={checking ? 'true' : 'false'}
      aria-busy={checking}
      aria-labelledby="balises-compliance-heading"
    >
      <h3 className="balises-compliance__heading" id="balises-compliance-heading">
        {t('compliancePanel:heading')}
      </h3>
      <p className="balises-compliance__legend">{t('compliancePanel:legend')}</p>
      {failure && (
        <p className="balises-compliance__failure" role="alert">
          {t('compliancePanel:failed', { reason: failure })}
        </p>
      )}
      {!report && !failure && <p className="balises-compliance__status">{t('compliancePanel:checking')}</p>}
      {report && (
        <p className="balises-compliance__summary" role="status">
          {blocking + warning > 0
            ? t('compliancePanel:summary', { block: blocking, warn: warning })
            : missing.length > 0
              ? t('forms:missingHeading')
              : t('compliancePanel:summaryOk')}
          {checking && <span className="balises-compliance__checking"> · {t('compliancePanel:checking')}</span>}
        </p>
      )}
      {report && missing.length > 0 && (
        <ul className="balises-compliance__missing" data-testid="compliance-missing">
          {missing.map((item) => (
            <li key={item.path || 'empty'} data-path={item.path}>
              {language === 'en' ? item.message.en : item.message.fr}
            </li>
          ))}
        </ul>
      )}
      {report && (
        <ul className="balises-compliance__rules">
          {lines.map(({ rule, findings, state }) => (
            <li
              key={rule.id}
              className={`balises-compliance__rule balises-compliance__rule--${state}`}
              data-rule={rule.id}
              data-state={state}
            >
              <span className="balises-compliance__icon" role="img" aria-label={t(STATE_LABELS[state])} title={t(STATE_LABELS[state])}>
                {ICONS[state]}
              </span>
              <div className="balises-compliance__text">
                <div>
                  <strong className="balises-compliance__id">{rule.id}</strong>{' '}
                  <span className="balises-compliance__title">{language === 'en' ? rule.title.en : rule.title.fr}</span>
                </div>
                <RuleWhy ruleId={rule.id} language={language} />
                {findings.map((finding, index) => (
                  <p
                    key={`${finding.path}-${index}`}
                    className={`balises-compliance__message balises-compliance__message--${finding.level}`}
                    data-level={finding.level}
                    data-overridden={finding.overridden ? 'true' : undefined}
                  >
                    <span className="balises-compliance__level">
                      {t(`levels:${finding.level}`)}
                      {finding.overridden && ` — ${t('compliancePanel:overridden')}`}
                    </span>{' '}
                    {withoutRulePrefix(language === 'en' ? finding.message.en : finding.message.fr, rule.id)}
                  </p>
                ))}
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}

/** « Pourquoi ? »: the guide's own sentence that the rule enforces, and where it is; in English, with our translation. */
function RuleWhy({ ruleId, language }: { ruleId: string; language: string }) {
  const source = ruleSource(ruleId)
  if (!source) return null
  const original = translate('fr', source.quote)
  return (
    <details className="balises-compliance__why">
      <summary>{translate(language, 'ruleSources:why')}</summary>
      <blockquote lang="fr">{original}</blockquote>
      {language !== 'fr' && (
        <p className="balises-compliance__why-translation">
          <span>{translate(language, 'ruleSources:translationLabel')}:</span> {translate(language, source.quote)}
        </p>
      )}
      <p className="balises-compliance__why-source">
        {translate(language, 'ruleSources:source', { section: translate(language, source.section) })}
      </p>
    </details>
  )
}
