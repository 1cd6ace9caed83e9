import type { AdminViewServerProps } from 'payload'

import { adminViewShell } from '../../components/adminView'
import { isBalisesUser } from '../../access/isBalisesUser'
import { mayManagePersonalData } from '../../access/mayManagePersonalData'
import type { TranslationKey } from '../../translations'
import { categoryLabel, channelList, dateTime, day, personLabel, t as translateIn } from '../format'
import { loadMeetingDigest } from '../loadMeetingDigest'
import { audienceLine, digestMarkdown, periodLine, rhythmCell } from '../markdown'
import { CONSENT_WINDOW_DAYS, type DigestPost } from '../meetingDigest'
import { DigestActions } from './DigestActions'
import './digest.css'
import { slugsOf } from '../../slugs'

const VIEW_PATH = '/reunion'

/**
 * /admin/reunion (GOV-2): the team meeting's social media item since the last recorded meeting,
 * to print or copy as Markdown. Anonymous visitors are sent to the login page before anything is
 * loaded; consents appear only for the responsible person and administrators (PRIV-4).
 */
export async function DigestView(props: AdminViewServerProps) {
  const { req, user, language, adminRoute, page } = adminViewShell(props, VIEW_PATH)
  const t = (key: TranslationKey, variables?: Record<string, string | number>) => translateIn(language, key, variables)
  if (!isBalisesUser(user)) return page(<p role="alert">{t('digest:noAccess')}</p>)

  const digest = await loadMeetingDigest(req.payload, user)
  const slugs = slugsOf(req)
  const zone = digest.timeZone
  const markdown = digestMarkdown(digest, language)
  const postLink = (post: { id: number | string; title: string }) => (
    <a href={`${adminRoute}/collections/${slugs.posts}/${post.id}`}>{post.title}</a>
  )
  const empty = (key: TranslationKey) => <p className="balises-digest__empty">{t(key)}</p>
  const postTable = (posts: DigestPost[], withStatus: boolean) => (
    <table className="balises-digest__table">
      <thead>
        <tr>
          <th>{t('digest:colDate')}</th>
          <th>{t('digest:colTitle')}</th>
          <th>{t('digest:colCategory')}</th>
          <th>{t('digest:colChannels')}</th>
          {withStatus ? <th>{t('digest:colStatus')}</th> : null}
        </tr>
      </thead>
      <tbody>
        {posts.map((post) => (
          <tr key={post.id}>
            <td>{dateTime(post.at, zone)}</td>
            <td>{postLink(post)}</td>
            <td>{categoryLabel(language, post.category)}</td>
            <td>{channelList(language, post.channels)}</td>
            {withStatus ? <td>{t(`workflow:${post.workflowStatus}`)}</td> : null}
          </tr>
        ))}
      </tbody>
    </table>
  )
  const { consents } = digest

  return page(
    <div className="balises-digest">
      <h1>{t('digest:title')}</h1>
      <p>{t('digest:intro')}</p>
      <p className="balises-digest__period" data-testid="digest-period">
        {periodLine(digest, language, (text) => text)}
      </p>
      {mayManagePersonalData(user) ? (
        <p className="balises-digest__record">
          <a href={`${adminRoute}/collections/${slugs.meetings}/create`} data-testid="digest-record-meeting">
            {t('digest:recordMeeting')}
          </a>
        </p>
      ) : null}
      <DigestActions
        markdown={markdown}
        labels={{
          copy: t('digest:copyMarkdown'),
          copied: t('digest:copied'),
          fallback: t('digest:copyFallback'),
          markdown: t('digest:markdownLabel'),
          print: t('digest:print'),
        }}
      />

      <section data-testid="digest-published">
        <h2>
          {t('digest:publishedTitle')} ({digest.published.length})
        </h2>
        {digest.published.length === 0 ? empty('digest:publishedEmpty') : postTable(digest.published, false)}
      </section>

      <section data-testid="digest-upcoming">
        <h2>
          {t('digest:upcomingTitle')} ({digest.upcoming.posts.length})
        </h2>
        {digest.upcoming.posts.length === 0 ? empty('digest:upcomingEmpty') : postTable(digest.upcoming.posts, true)}
        <p data-testid="digest-undated-approved">{t('digest:undatedApproved', { count: digest.upcoming.undatedApproved })}</p>
      </section>

      <section data-testid="digest-rhythm">
        <h2>{t('digest:rhythmTitle')}</h2>
        {digest.rhythm.summary.length === 0 ? (
          empty('digest:rhythmNoTargets')
        ) : (
          <>
            <p>{t('digest:rhythmIntro', { fromDay: digest.rhythm.fromDay, toDay: digest.rhythm.toDay })}</p>
            <table className="balises-digest__table">
              <thead>
                <tr>
                  <th>{t('digest:rhythmWeek')}</th>
                  {digest.rhythm.summary.map((row) => (
                    <th key={row.channel}>{t(`channels:${row.channel}`)}</th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {digest.rhythm.weeks.map((week) => (
                  <tr key={week.week}>
                    <td>
                      {week.week} ({t(`digest:week_${week.when}`)})
                    </td>
                    {week.channels.map((cell) => (
                      <td key={cell.channel} className={cell.belowTarget ? 'balises-digest__below' : undefined}>
                        {rhythmCell(cell.count, cell.target, cell.belowTarget)}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
            <ul>
              {digest.rhythm.summary.map((row) => (
                <li key={row.channel}>
                  {t('digest:rhythmSummary', {
                    channel: t(`channels:${row.channel}`),
                    below: row.weeksBelowTarget,
                    weeks: row.weeksCounted,
                  })}
                </li>
              ))}
            </ul>
          </>
        )}
      </section>

      <section data-testid="digest-audience">
        <h2>{t('digest:audienceTitle')}</h2>
        {digest.audience.length === 0 ? (
          empty('digest:audienceEmpty')
        ) : (
          <ul>
            {digest.audience.map((row) => (
              <li key={row.channel}>{audienceLine(row, language)}</li>
            ))}
          </ul>
        )}
      </section>

      <section data-testid="digest-moderation">
        <h2>
          {t('digest:moderationTitle')} ({digest.moderation.total})
        </h2>
        {digest.moderation.total === 0 ? (
          empty('digest:moderationEmpty')
        ) : (
          <>
            <ul>
              {digest.moderation.byReason.map((row) => (
                <li key={row.reason}>{t('digest:reasonCount', { reason: t(`moderation:${row.reason}`), count: row.count })}</li>
              ))}
            </ul>
            <table className="balises-digest__table">
              <thead>
                <tr>
                  <th>{t('digest:colDate')}</th>
                  <th>{t('digest:colChannel')}</th>
                  <th>{t('digest:colReason')}</th>
                  <th>{t('digest:colDescription')}</th>
                </tr>
              </thead>
              <tbody>
                {digest.moderation.events.map((event) => (
                  <tr key={event.id}>
                    <td>{dateTime(event.removedAt, zone)}</td>
                    <td>{t(`channels:${event.channel}`)}</td>
                    <td>{t(`moderation:${event.reason}`)}</td>
                    <td>{event.description}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </>
        )}
      </section>

      <section data-testid="digest-overrides">
        <h2>
          {t('digest:overridesTitle')} ({digest.overrides.length})
        </h2>
        {digest.overrides.length === 0 ? (
          empty('digest:overridesEmpty')
        ) : (
          <table className="balises-digest__table">
            <thead>
              <tr>
                <th>{t('digest:colDate')}</th>
                <th>{t('digest:colRule')}</th>
                <th>{t('digest:colTitle')}</th>
                <th>{t('digest:colJustification')}</th>
                <th>{t('digest:colBy')}</th>
              </tr>
            </thead>
            <tbody>
              {digest.overrides.map((override) => (
                <tr key={`${override.postId}-${override.rule}-${override.at}`}>
                  <td>{dateTime(override.at, zone)}</td>
                  <td>{override.rule}</td>
                  <td>{postLink({ id: override.postId, title: override.postTitle })}</td>
                  <td>{override.justification}</td>
                  <td>{personLabel(language, override.byName, override.byId)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      <section data-testid="digest-help-requests">
        <h2>{t('digest:helpRequestsTitle')}</h2>
        <p>{t('digest:helpRequestsCount', { count: digest.helpRequests.count })}</p>
      </section>

      <section data-testid="digest-consents">
        <h2>
          {t('digest:consentsTitle', { days: consents.reserved ? CONSENT_WINDOW_DAYS : consents.windowDays })}
          {consents.reserved ? null : ` (${consents.items.length})`}
        </h2>
        {consents.reserved ? (
          <p className="balises-digest__reserved">{t('digest:consentsReserved')}</p>
        ) : consents.items.length === 0 ? (
          empty('digest:consentsEmpty')
        ) : (
          <table className="balises-digest__table">
            <thead>
              <tr>
                <th>{t('digest:colExpiresAt')}</th>
                <th>{t('digest:colScopes')}</th>
                <th>{t('digest:colPerson')}</th>
              </tr>
            </thead>
            <tbody>
              {consents.items.map((consent) => (
                <tr key={consent.id}>
                  <td>{day(consent.expiresAt, zone)}</td>
                  <td>{channelList(language, consent.scopes)}</td>
                  <td>
                    <a href={`${adminRoute}/collections/${slugs.consents}/${consent.id}`}>{consent.personName || `#${consent.id}`}</a>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </div>,
  )
}
