import type { AdminViewServerProps } from 'payload'

import type { PostDoc, PrivacyTaskDoc } from '../../types'
import { isManager } from '../../access/isManager'
import { adminViewShell } from '../adminView'
import { translate, type TranslationKey } from '../../translations'
import { loadToHandle, personName, postOf } from './loadToHandle'
import { MarkTaskDone } from './MarkTaskDone'
import './toHandle.css'
import { slugsOf } from '../../slugs'
import { loadPolicy } from '../../policy/loadPolicy'

const VIEW_PATH = '/a-traiter'

/**
 * /admin/a-traiter (PRIV-3): posts a withdrawn or expired consent took out of the plan, published
 * posts to take down from the networks, and consents expiring within 30 days. Personal data: only
 * the responsible person and administrators see it.
 */
export async function ToHandleView(props: AdminViewServerProps) {
  const { req, user, language, adminRoute, page } = adminViewShell(props, VIEW_PATH)
  const { payload } = req
  const t = (key: TranslationKey, variables?: Record<string, string | number>) => translate(language, key, variables)
  const template = (children: React.ReactNode) =>
    page(
      <>
        <h1>{t('toHandle:title')}</h1>
        {children}
      </>,
    )
  if (!isManager(user)) return template(<p role="alert">{t('toHandle:notAllowed')}</p>)

  const data = await loadToHandle(payload, user)
  const slugs = slugsOf(payload)
  const { timeZone } = await loadPolicy({ payload }, { as: user })
  const dateTime = new Intl.DateTimeFormat(language === 'en' ? 'en-CA' : 'fr-CA', { dateStyle: 'medium', timeStyle: 'short', timeZone })
  const day = new Intl.DateTimeFormat(language === 'en' ? 'en-CA' : 'fr-CA', { dateStyle: 'long', timeZone })
  const when = (value?: string | null, format = dateTime) => (value ? format.format(new Date(value)) : '—')
  const postLink = (post: PostDoc | null) =>
    post ? <a href={`${adminRoute}/collections/${slugs.posts}/${post.id}`}>{post.title}</a> : <em>{t('toHandle:post')} ?</em>
  const channels = (post: PostDoc | null) => (post?.channels ?? []).map((row) => t(`channels:${row.channel}`)).join(', ')
  // Where the takedown stands on each network (« Bluesky : retrait en cours »), else the post's networks.
  const takedownChannels = (post: PostDoc | null) => {
    const rows = post ? data.progress.get(String(post.id)) : undefined
    if (!rows?.length) return channels(post)
    return rows
      .map((row) =>
        t('toHandle:networkState', {
          network: t(`channels:${row.network}` as TranslationKey),
          state: t(`deliveries:state_${row.state}` as TranslationKey).toLowerCase(),
        }),
      )
      .join(' · ')
  }

  const section = (id: string, title: TranslationKey, empty: TranslationKey, rows: PrivacyTaskDoc[], table: () => React.ReactNode) => (
    <section data-testid={id} style={{ marginBottom: '2rem' }}>
      <h2>
        {t(title)} ({rows.length})
      </h2>
      {rows.length === 0 ? <p>{t(empty)}</p> : table()}
    </section>
  )

  return template(
    <>
      <p>{t('toHandle:intro')}</p>
      {section('to-handle-replan', 'toHandle:replanTitle', 'toHandle:replanEmpty', data.replan, () => (
        <table className="balises-table">
          <thead>
            <tr>
              <th>{t('toHandle:post')}</th>
              <th>{t('toHandle:person')}</th>
              <th>{t('toHandle:reason')}</th>
              <th>{t('toHandle:since')}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {data.replan.map((task) => (
              <tr key={task.id}>
                <td>{postLink(postOf(task))}</td>
                <td>{personName(task.person)}</td>
                <td>{task.reason}</td>
                <td>{when(task.createdAt)}</td>
                <td>
                  <MarkTaskDone id={task.id} label="toHandle:markDone" />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ))}
      {section('to-handle-takedown', 'toHandle:takedownTitle', 'toHandle:takedownEmpty', data.takedown, () => (
        <table className="balises-table">
          <thead>
            <tr>
              <th>{t('toHandle:post')}</th>
              <th>{t('toHandle:channels')}</th>
              <th>{t('toHandle:person')}</th>
              <th>{t('toHandle:since')}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {data.takedown.map((task) => (
              <tr key={task.id}>
                <td>{postLink(postOf(task))}</td>
                <td>{takedownChannels(postOf(task))}</td>
                <td>{personName(task.person)}</td>
                <td>{when(task.createdAt)}</td>
                <td>
                  <MarkTaskDone id={task.id} label="toHandle:markTakenDown" />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ))}
      <section data-testid="to-handle-expiring" style={{ marginBottom: '2rem' }}>
        <h2>
          {t('toHandle:expiringTitle')} ({data.expiring.length})
        </h2>
        {data.expiring.length === 0 ? (
          <p>{t('toHandle:expiringEmpty')}</p>
        ) : (
          <table className="balises-table">
            <thead>
              <tr>
                <th>{t('toHandle:person')}</th>
                <th>{t('toHandle:channels')}</th>
                <th>{t('toHandle:expiresAt')}</th>
              </tr>
            </thead>
            <tbody>
              {data.expiring.map((consent) => (
                <tr key={consent.id}>
                  <td>
                    <a href={`${adminRoute}/collections/${slugs.consents}/${consent.id}`}>
                      {personName(consent.person) || `#${consent.id}`}
                    </a>
                  </td>
                  <td>{(consent.scopes ?? []).map((scope) => t(`channels:${scope}`)).join(', ')}</td>
                  <td>{when(consent.expiresAt, day)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      {section('to-handle-done', 'toHandle:doneTitle', 'toHandle:doneEmpty', data.done, () => (
        <ul>
          {data.done.map((task) => (
            <li key={task.id}>
              {postLink(postOf(task))} — {t(`privacyTasks:${task.kind}`)} — {t('toHandle:takenDownAt', { date: when(task.doneAt) })}
            </li>
          ))}
        </ul>
      ))}
    </>,
  )
}
