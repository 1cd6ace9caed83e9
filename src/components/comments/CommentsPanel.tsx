'use client'

import { useAuth, useConfig, useDocumentInfo, useFormFields, useTranslation } from '@payloadcms/ui'
import type { UIFieldClientComponent } from 'payload'
import { useCallback, useEffect, useState } from 'react'

import { isManager } from '../../access/isManager'
import { translate, type TranslationKey } from '../../translations'
import { errorMessages, formatStamp } from '../apiErrors'
import './comments.css'
import { useBalisesSlugs } from '../useBalisesSlugs'

type Comment = {
  id: number | string
  body: string
  author?: number | string | null
  authorName?: string | null
  resolved?: boolean | null
  resolvedAt?: string | null
  createdAt: string
}

const idOf = (value: unknown) => (value && typeof value === 'object' ? (value as { id: unknown }).id : value)

/**
 * The post's internal comments in the edit view's sidebar: the thread, a box to add one (« @Nom »
 * mentions a team member, who is notified), resolve and reopen. Comments are their own documents:
 * they never save the post, so they work at every stage, after approval too.
 */
export const CommentsPanel: UIFieldClientComponent = () => {
  const { id } = useDocumentInfo()
  const { user } = useAuth()
  const { i18n } = useTranslation()
  const { config } = useConfig()
  const slugs = useBalisesSlugs()
  const postAuthor = useFormFields(([fields]) => idOf(fields.author?.value))
  const language = i18n.language
  const t = (key: TranslationKey, variables?: Record<string, string | number>) => translate(language, key, variables)
  const api = `${config.serverURL}${config.routes.api}`

  const [comments, setComments] = useState<Comment[] | null>(null)
  const [draft, setDraft] = useState('')
  const [sending, setSending] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [showResolved, setShowResolved] = useState(false)

  const load = useCallback(async () => {
    if (id === undefined || id === null) return
    const response = await fetch(
      `${api}/${slugs.comments}?where[post][equals]=${encodeURIComponent(String(id))}&sort=createdAt&limit=200&depth=0`,
      { credentials: 'include' },
    )
    if (!response.ok) {
      setError(t('notify:panelLoadError'))
      return
    }
    setComments(((await response.json()) as { docs: Comment[] }).docs)
  }, [api, id]) // eslint-disable-line react-hooks/exhaustive-deps

  useEffect(() => {
    void load()
  }, [load])

  if (id === undefined || id === null) {
    return (
      <div className="balises-comments" data-testid="comments-panel">
        <h4 className="balises-comments__title">{t('notify:panelTitle')}</h4>
        <p className="balises-comments__hint">{t('notify:panelSaveFirst')}</p>
      </div>
    )
  }

  const write = async (url: string, method: 'POST' | 'PATCH', body: Record<string, unknown>) => {
    setError(null)
    const response = await fetch(url, {
      method,
      credentials: 'include',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    })
    if (!response.ok) {
      const messages = errorMessages(await response.json().catch(() => null))
      setError(t('notify:panelError', { message: messages.join(' · ') || String(response.status) }))
      return false
    }
    await load()
    return true
  }

  const submit = async () => {
    if (!draft.trim()) {
      setError(t('notify:commentEmpty'))
      return
    }
    setSending(true)
    if (await write(`${api}/${slugs.comments}`, 'POST', { post: id, body: draft })) setDraft('')
    setSending(false)
  }

  const me = user?.id
  const mayResolve = (comment: Comment) =>
    isManager(user) || String(idOf(comment.author)) === String(me) || (postAuthor !== undefined && String(postAuthor) === String(me))

  const open = (comments ?? []).filter((comment) => !comment.resolved)
  const resolved = (comments ?? []).filter((comment) => comment.resolved)
  const shown = showResolved ? [...open, ...resolved] : open

  return (
    <div className="balises-comments" data-testid="comments-panel">
      <h4 className="balises-comments__title">
        {t('notify:panelTitle')} {open.length > 0 ? <span className="balises-comments__count">{open.length}</span> : null}
      </h4>
      <p className="balises-comments__hint">{t('notify:panelHint')}</p>
      {comments !== null && comments.length === 0 ? <p className="balises-comments__empty">{t('notify:panelEmpty')}</p> : null}
      <ul className="balises-comments__list">
        {shown.map((comment) => (
          <li key={comment.id} className={`balises-comments__item${comment.resolved ? ' is-resolved' : ''}`} data-testid="comment-item">
            <div className="balises-comments__meta">
              <strong>{comment.authorName}</strong> · <time dateTime={comment.createdAt}>{formatStamp(comment.createdAt, language)}</time>
              {comment.resolved ? <span className="balises-comments__badge">{t('notify:panelResolvedBy')}</span> : null}
            </div>
            <p className="balises-comments__body">{comment.body}</p>
            {mayResolve(comment) ? (
              comment.resolved ? (
                <button
                  type="button"
                  className="balises-comments__action"
                  data-testid="comment-reopen"
                  onClick={() => void write(`${api}/${slugs.comments}/${comment.id}`, 'PATCH', { resolved: false })}
                >
                  {t('notify:panelReopen')}
                </button>
              ) : (
                <button
                  type="button"
                  className="balises-comments__action"
                  data-testid="comment-resolve"
                  onClick={() => void write(`${api}/${slugs.comments}/${comment.id}`, 'PATCH', { resolved: true })}
                >
                  {t('notify:panelResolve')}
                </button>
              )
            ) : null}
          </li>
        ))}
      </ul>
      {resolved.length > 0 ? (
        <button type="button" className="balises-comments__toggle" onClick={() => setShowResolved(!showResolved)}>
          {showResolved ? t('notify:panelHideResolved') : t('notify:panelShowResolved', { count: resolved.length })}
        </button>
      ) : null}
      <label className="balises-comments__label" htmlFor="balises-comment-input">
        {t('notify:commentBody')}
      </label>
      <textarea
        id="balises-comment-input"
        className="balises-comments__input"
        data-testid="comment-input"
        rows={3}
        maxLength={5000}
        value={draft}
        placeholder={t('notify:panelPlaceholder')}
        onChange={(event) => setDraft(event.target.value)}
      />
      {error ? (
        <p className="balises-comments__error" role="alert">
          {error}
        </p>
      ) : null}
      <button
        type="button"
        className="btn btn--style-secondary btn--size-small balises-comments__submit"
        data-testid="comment-submit"
        disabled={sending}
        onClick={() => void submit()}
      >
        {sending ? t('notify:panelSending') : t('notify:panelSubmit')}
      </button>
    </div>
  )
}
