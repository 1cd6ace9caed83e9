'use client'

import { Button, useAuth, useConfig, useDocumentInfo, useField, useTranslation } from '@payloadcms/ui'
import type { UIFieldClientComponent } from 'payload'
import { useCallback, useEffect, useRef, useState } from 'react'

import { mayManagePersonalData } from '../../access/mayManagePersonalData'
import { bestConsentState } from '../../privacy/consentStatus'
import { translate, type TranslationKey } from '../../translations'
import { useBalisesSlugs } from '../useBalisesSlugs'
import { StateBadges } from './ConsentBadges'
import { PersonConsentForm, type FormMode } from './PersonConsentForm'

type Id = number | string
type PersonRow = { id: Id; fullName: string }
type ConsentRow = {
  id: Id
  person: Id | { id: Id }
  validFrom?: string | null
  expiresAt?: string | null
  revokedAt?: string | null
  evidence?: unknown
  evidenceWaiver?: string | null
}

const idOf = (value: unknown): Id | null =>
  value && typeof value === 'object' ? ((value as { id?: Id }).id ?? null) : ((value as Id | null | undefined) ?? null)

/** Loads the people of an image and their consents (as the signed-in person: PRIV-4 access applies). */
export function usePeopleWithConsents(ids: Id[]) {
  const {
    config: {
      serverURL,
      routes: { api },
    },
  } = useConfig()
  const slugs = useBalisesSlugs()
  const [rows, setRows] = useState<{ person: PersonRow; consents: ConsentRow[] }[] | null>(null)
  const key = ids.map(String).join(',')
  // Only the latest load may set the rows: a reload started just before the list of ids changed
  // (a person added) would otherwise answer last and put back the list without that person.
  const latest = useRef(0)
  const load = useCallback(async () => {
    const request = ++latest.current
    if (!key) {
      setRows([])
      return
    }
    const where = key
      .split(',')
      .map((id, index) => `where[id][in][${index}]=${encodeURIComponent(id)}`)
      .join('&')
    const byPerson = key
      .split(',')
      .map((id, index) => `where[person][in][${index}]=${encodeURIComponent(id)}`)
      .join('&')
    const [people, consents] = await Promise.all([
      fetch(`${serverURL}${api}/${slugs.people}?${where}&depth=0&limit=100&select[fullName]=true`, { credentials: 'include' }).then((r) =>
        r.ok ? r.json() : { docs: [] },
      ),
      fetch(`${serverURL}${api}/${slugs.consents}?${byPerson}&depth=0&limit=500&sort=-validFrom`, { credentials: 'include' }).then((r) =>
        r.ok ? r.json() : { docs: [] },
      ),
    ])
    if (request !== latest.current) return
    const order = key.split(',')
    const found = new Map(((people.docs ?? []) as PersonRow[]).map((person) => [String(person.id), person]))
    setRows(
      order
        .filter((id) => found.has(id))
        .map((id) => ({
          person: found.get(id)!,
          consents: ((consents.docs ?? []) as ConsentRow[]).filter((consent) => String(idOf(consent.person)) === id),
        })),
    )
  }, [key, serverURL, api, slugs.people, slugs.consents])
  useEffect(() => {
    load().catch(() => setRows([]))
  }, [load])
  return { rows, reload: load }
}

/**
 * On an image (PRIV-1): the people it shows with the state of their consent, « Ajouter une personne »
 * (the person and their consent in one form) and « Choisir une personne existante ». The list and the
 * image's `people` field follow each save without reloading the page. Responsible person and
 * administrators only (PRIV-4); nothing for anyone else.
 */
export const MediaPeopleConsents: UIFieldClientComponent = () => {
  const { id } = useDocumentInfo()
  const { user } = useAuth()
  const { i18n } = useTranslation()
  const { admin } = useConfig().config.routes
  const slugs = useBalisesSlugs()
  const { value, setValue } = useField<Id[] | null>({ path: 'people' })
  const noIdentifiable = useField<boolean>({ path: 'noIdentifiablePerson' })
  const ids = (Array.isArray(value) ? value : []).map((item) => idOf(item)).filter((item): item is Id => item !== null)
  const { rows, reload } = usePeopleWithConsents(ids)
  const [mode, setMode] = useState<FormMode | null>(null)
  const [notice, setNotice] = useState('')
  const t = (key: TranslationKey) => translate(i18n.language, key)

  if (!mayManagePersonalData(user as never)) return null
  return (
    <div className="field-type balises-media-people" data-testid="media-people-consents" style={{ marginBottom: '1.5rem' }}>
      <h3 style={{ fontSize: '1.05rem', margin: '0 0 0.5rem' }}>{t('consent:peopleShown')}</h3>
      {!id ? (
        <p>{t('consent:saveImageFirst')}</p>
      ) : (
        <>
          {rows && rows.length === 0 ? <p>{t('consent:nobodyListed')}</p> : null}
          <ul style={{ listStyle: 'none', padding: 0, margin: '0 0 0.75rem', display: 'grid', gap: '0.4rem' }}>
            {(rows ?? []).map(({ person, consents }) => (
              <li
                key={String(person.id)}
                data-testid="media-person"
                style={{ display: 'flex', flexWrap: 'wrap', gap: '0.5rem', alignItems: 'center' }}
              >
                <a href={`${admin}/collections/${slugs.people}/${person.id}`}>{person.fullName}</a>
                <StateBadges state={bestConsentState(consents)} language={i18n.language} />
              </li>
            ))}
          </ul>
          <div style={{ display: 'flex', flexWrap: 'wrap', gap: '0.5rem' }}>
            <Button buttonStyle="secondary" size="small" margin={false} onClick={() => setMode('new')}>
              {t('consent:addPerson')}
            </Button>
            <Button buttonStyle="secondary" size="small" margin={false} onClick={() => setMode('existing')}>
              {t('consent:choosePerson')}
            </Button>
          </div>
          {notice ? (
            <p role="status" style={{ marginTop: '0.5rem' }}>
              {notice}
            </p>
          ) : null}
        </>
      )}
      {mode && id ? (
        <PersonConsentForm
          mode={mode}
          language={i18n.language}
          mediaId={id}
          excludePeople={ids}
          onClose={() => setMode(null)}
          onSaved={(answer) => {
            setMode(null)
            setNotice(answer.message)
            // The image was saved with this person by the endpoint: the form follows without becoming « modified ».
            setValue([...ids, answer.person.id], true)
            noIdentifiable.setValue(false, true)
            reload().catch(() => undefined)
          }}
        />
      ) : null}
    </div>
  )
}
