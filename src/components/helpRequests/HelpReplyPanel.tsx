import type { BeforeListServerProps } from 'payload'

import { Gutter } from '@payloadcms/ui'

import { redirectionReply } from '../../policy/redirectionReply'
import { loadPolicy } from '../../policy/loadPolicy'
import { reportingYear } from '../../reports/reportingYear'
import { translate } from '../../translations'
import { CopyReplyButton } from './CopyReplyButton'
import { slugsOf } from '../../slugs'

/**
 * Above the help requests (FORBID-2): the redirection reply from the policy settings in French and
 * English, each copied in one click, and how many requests were counted this reporting year.
 */
export async function HelpReplyPanel({ payload, user, i18n }: BeforeListServerProps) {
  if (!user) return null
  const language = i18n.language === 'en' ? 'en' : 'fr'
  const t = (key: Parameters<typeof translate>[1], variables?: Record<string, string | number>) => translate(language, key, variables)
  const policy = await loadPolicy({ payload }, { as: user })
  const year = reportingYear(new Date(), policy.reportingYearStartMonth ?? 4, policy.timeZone)
  const [thisYear, total] = await Promise.all([
    payload.count({
      collection: slugsOf(payload).helpRequests,
      user,
      overrideAccess: false,
      where: {
        and: [{ receivedAt: { greater_than_equal: year.from.toISOString() } }, { receivedAt: { less_than: year.to.toISOString() } }],
      },
    }),
    payload.count({ collection: slugsOf(payload).helpRequests, user, overrideAccess: false }),
  ])
  const replies = (['fr', 'en'] as const).map((replyLanguage) => ({
    replyLanguage,
    text: redirectionReply(policy.redirection, replyLanguage),
  }))
  return (
    <Gutter>
      <section className="balises-help-reply" data-testid="help-reply-panel" style={{ margin: '1.5rem 0' }}>
        <h2>{t('helpRequests:replyTitle')}</h2>
        <p>{t('helpRequests:replyIntro')}</p>
        {replies.map(({ replyLanguage, text }) => (
          <figure key={replyLanguage} style={{ margin: '0 0 1rem' }}>
            <figcaption>
              <strong>{t(`helpRequests:${replyLanguage}`)}</strong>
            </figcaption>
            <blockquote
              data-testid={`help-reply-${replyLanguage}`}
              style={{ margin: '0.25rem 0 0.5rem', padding: '0.5rem 0.75rem', background: 'var(--theme-elevation-50)' }}
            >
              {text}
            </blockquote>
            <CopyReplyButton
              text={text}
              label={t('helpRequests:copy')}
              copiedLabel={t('helpRequests:copied')}
              testId={`copy-help-reply-${replyLanguage}`}
            />
          </figure>
        ))}
        <p data-testid="help-request-count">
          {t('helpRequests:counted', { count: thisYear.totalDocs, total: total.totalDocs, from: year.label })}
        </p>
      </section>
    </Gutter>
  )
}
