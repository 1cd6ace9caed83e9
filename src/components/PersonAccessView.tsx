import type { AdminViewServerProps } from 'payload'

import { adminViewShell, singleParam } from './adminView'
import { collectPersonRecord } from '../privacy/personRecord'
import { REVOCATION_METHOD_LABELS, type RevocationMethod } from '../revocationMethods'
import { mayManagePersonalData } from '../access/mayManagePersonalData'
import { translate, type TranslationKey } from '../translations'
import { auditActorLabel } from './rowLabels/format'
import './personAccess.css'
import { slugsOf } from '../slugs'
import { loadPolicy } from '../policy/loadPolicy'

const VIEW_PATH = '/acces-personne'
const AGE_BAND_KEYS: Record<string, TranslationKey> = { under14: 'people:under14', '14to17': 'people:from14to17', adult: 'people:adult' }

/**
 * /admin/acces-personne?person=<id>: the right of access (Law 25) as a page. The same record as
 * the JSON export, read with the viewer's own access, laid out to be read or printed. Responsible
 * person and administrators only; anonymous visitors go to the login page.
 */
export async function PersonAccessView(props: AdminViewServerProps) {
  const personId = singleParam(props.searchParams?.person)
  const { req, user, language, adminRoute, page } = adminViewShell(
    props,
    `${VIEW_PATH}${personId ? `?person=${encodeURIComponent(personId)}` : ''}`,
  )
  const { payload } = req
  const t = (key: TranslationKey, variables?: Record<string, string | number>) => translate(language, key, variables)
  const template = (children: React.ReactNode) =>
    page(
      <>
        <h1>{t('personExport:title')}</h1>
        {children}
      </>,
      'balises-person-access',
    )
  if (!mayManagePersonalData(user)) return template(<p role="alert">{t('personExport:notAllowed')}</p>)
  if (!personId) return template(<p role="alert">{t('personExport:missingPerson')}</p>)
  const record = await collectPersonRecord(req, personId)
  if (!record) return template(<p role="alert">{t('personExport:notFound')}</p>)

  const slugs = slugsOf(payload)
  const { timeZone } = await loadPolicy({ payload }, { as: user })
  const intl = language === 'en' ? 'en-CA' : 'fr-CA'
  // Day-only fields hold a calendar day (stored at midnight or noon UTC): read in UTC, never shifted a day back.
  const dayFormat = new Intl.DateTimeFormat(intl, { dateStyle: 'long', timeZone: 'UTC' })
  const timeFormat = new Intl.DateTimeFormat(intl, { dateStyle: 'medium', timeStyle: 'short', timeZone })
  const day = (value: string | null) => (value ? dayFormat.format(new Date(value)) : '—')
  const moment = (value: string | null) => (value ? timeFormat.format(new Date(value)) : '—')
  const text = (value: string | null) => value || '—'
  const link = (collection: string, id: number | string, label: React.ReactNode) => (
    <a href={`${adminRoute}/collections/${collection}/${id}`}>{label}</a>
  )
  const section = (id: string, title: string, rows: unknown[], table: () => React.ReactNode) => (
    <section data-testid={id}>
      <h2>
        {title} ({rows.length})
      </h2>
      {rows.length === 0 ? <p>{t('personExport:none')}</p> : table()}
    </section>
  )
  const { person } = record

  return template(
    <>
      <p>{t('personExport:intro')}</p>
      <p className="balises-person-access__actions">
        <a href={`${payload.config.routes.api}/${slugs.people}/${person.id}/export`} download>
          {t('personExport:downloadJson')}
        </a>
        {link(slugs.people, person.id, t('personExport:backToPerson'))}
      </p>
      <p className="balises-person-access__meta">{t('personExport:generatedAt', { date: moment(record.generatedAt) })}</p>

      <section data-testid="person-access-person">
        <h2>{t('people:singular')}</h2>
        <dl>
          <dt>{t('personExport:identifier')}</dt>
          <dd>{person.id}</dd>
          <dt>{t('people:fullName')}</dt>
          <dd>{person.fullName}</dd>
          <dt>{t('people:kind')}</dt>
          <dd>{t(`people:${person.kind}` as TranslationKey)}</dd>
          <dt>{t('people:birthDate')}</dt>
          <dd>{day(person.birthDate)}</dd>
          <dt>{t('people:ageBand')}</dt>
          <dd>{person.ageBand && AGE_BAND_KEYS[person.ageBand] ? t(AGE_BAND_KEYS[person.ageBand]) : '—'}</dd>
          <dt>{t('people:notes')}</dt>
          <dd>{text(person.notes)}</dd>
          <dt>{t('people:retentionUntil')}</dt>
          <dd>{day(person.retentionUntil)}</dd>
        </dl>
      </section>

      {section('person-access-consents', t('consents:plural'), record.consents, () => (
        <table>
          <thead>
            <tr>
              <th>{t('personExport:identifier')}</th>
              <th>{t('consents:relationship')}</th>
              <th>{t('consents:signatoryName')}</th>
              <th>{t('consents:scopes')}</th>
              <th>{t('consents:validFrom')}</th>
              <th>{t('consents:expiresAt')}</th>
              <th>{t('consents:revokedAt')}</th>
              <th>{t('consents:retentionUntil')}</th>
              <th>{t('consents:evidence')}</th>
            </tr>
          </thead>
          <tbody>
            {record.consents.map((consent) => (
              <tr key={consent.id}>
                <td>{link(slugs.consents, consent.id, consent.id)}</td>
                <td>{t(`consents:${consent.relationship}` as TranslationKey)}</td>
                <td>{text(consent.signatoryName)}</td>
                <td>{consent.scopes.map((scope) => t(`channels:${scope}` as TranslationKey)).join(', ')}</td>
                <td>{day(consent.validFrom)}</td>
                <td>{day(consent.expiresAt)}</td>
                <td>
                  {consent.revokedAt ? moment(consent.revokedAt) : '—'}
                  {consent.revocationMethod && REVOCATION_METHOD_LABELS[consent.revocationMethod as RevocationMethod]
                    ? ` (${t(REVOCATION_METHOD_LABELS[consent.revocationMethod as RevocationMethod])})`
                    : ''}
                </td>
                <td>{day(consent.retentionUntil)}</td>
                <td>
                  {consent.evidence
                    ? t('personExport:fileNotIncluded', { filename: consent.evidence.filename ?? String(consent.evidence.id) })
                    : t('personExport:noForm')}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ))}

      {section('person-access-images', t('personExport:imagesTitle'), record.images, () => (
        <table>
          <thead>
            <tr>
              <th>{t('personExport:identifier')}</th>
              <th>{t('media:singular')}</th>
              <th>{t('media:alt')}</th>
            </tr>
          </thead>
          <tbody>
            {record.images.map((image) => (
              <tr key={image.id}>
                <td>{image.id}</td>
                <td>{link(slugs.media, image.id, image.filename ?? image.id)}</td>
                <td>{text(image.alt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ))}

      {section('person-access-posts', t('personExport:postsTitle'), record.posts, () => (
        <table>
          <thead>
            <tr>
              <th>{t('posts:title')}</th>
              <th>{t('posts:workflowStatus')}</th>
              <th>{t('posts:publishAt')}</th>
            </tr>
          </thead>
          <tbody>
            {record.posts.map((post) => (
              <tr key={post.id}>
                <td>{link(slugs.posts, post.id, post.title)}</td>
                <td>{t(`workflow:${post.workflowStatus}` as TranslationKey)}</td>
                <td>{moment(post.publishAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ))}

      {section('person-access-tasks', t('personExport:tasksTitle'), record.privacyTasks, () => (
        <table>
          <thead>
            <tr>
              <th>{t('privacyTasks:kind')}</th>
              <th>{t('privacyTasks:cause')}</th>
              <th>{t('privacyTasks:summary')}</th>
              <th>{t('privacyTasks:doneAt')}</th>
            </tr>
          </thead>
          <tbody>
            {record.privacyTasks.map((task) => (
              <tr key={task.id}>
                <td>{link(slugs.privacyTasks, task.id, t(`privacyTasks:${task.kind}` as TranslationKey))}</td>
                <td>{t(`privacyTasks:${task.cause}` as TranslationKey)}</td>
                <td>{text(task.summary)}</td>
                <td>{moment(task.doneAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ))}

      {section('person-access-audit', t('personExport:auditTitle'), record.auditLog, () => (
        <table>
          <thead>
            <tr>
              <th>{t('auditLog:at')}</th>
              <th>{t('auditLog:actor')}</th>
              <th>{t('auditLog:operation')}</th>
              <th>{t('auditLog:targetId')}</th>
              <th>{t('auditLog:summary')}</th>
            </tr>
          </thead>
          <tbody>
            {record.auditLog.map((entry) => (
              <tr key={entry.id}>
                <td>{moment(entry.at)}</td>
                <td>{auditActorLabel(entry.actorName, language)}</td>
                <td>{t(`auditLog:${entry.operation}` as TranslationKey)}</td>
                <td>
                  {t(entry.targetCollection === slugs.people ? 'people:singular' : 'consents:singular')} {entry.targetId}
                </td>
                <td>{text(entry.summary)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ))}
    </>,
  )
}
