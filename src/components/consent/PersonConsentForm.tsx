'use client'

import { Button, useConfig } from '@payloadcms/ui'
import { useEffect, useId, useState, type CSSProperties, type ReactNode } from 'react'

import { CHANNELS, type Channel } from '../../channels'
import { defaultRetentionUntil } from '../../privacy/consentRetention'
import { AGE_BAND_VALUES, CONSENT_RELATIONSHIPS, PERSON_KINDS } from '../../privacy/consentVocabulary'
import { DEFAULT_TIME_ZONE, dayKey } from '../../time/zonedTime'
import { translate, type TranslationKey } from '../../translations'
import { useBalisesSlugs } from '../useBalisesSlugs'

export type FormMode = 'new' | 'existing' | 'consentOnly'
export type SavedAnswer = { person: { id: number | string; fullName: string }; consent: { id: number | string }; message: string }

const AGE_BAND_LABELS: Record<(typeof AGE_BAND_VALUES)[number], TranslationKey> = {
  under14: 'people:under14',
  '14to17': 'people:from14to17',
  adult: 'people:adult',
}

/** A day of a date input as the instant Balises stores for a day: noon UTC, the same day in every Québec zone. */
const dayToInstant = (day: string) => (day ? `${day}T12:00:00.000Z` : '')
/** Today in the organisation's zone (the admin's default zone), not in UTC: at 9 p.m. in Québec it is still today. */
const todayKey = (zone: string | undefined) => dayKey(new Date(), zone ?? DEFAULT_TIME_ZONE)

const inputStyle: CSSProperties = { display: 'block', width: '100%', boxSizing: 'border-box', marginTop: '0.25rem', minHeight: '2.25rem' }
const gridStyle: CSSProperties = { display: 'grid', gap: '0.75rem', gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 14rem), 1fr))' }

/**
 * The one form of « Ajouter une personne » (PRIV-1, PRIV-2, PRIV-4): the person (new, or one already
 * known), their consent, the signed form, in a modal; one request (POST /api/people/with-consent),
 * all or nothing. `mediaId` links the person to that image; `personId` (the person's page) adds a consent only.
 */
export function PersonConsentForm(props: {
  mode: FormMode
  language: string
  mediaId?: number | string
  personId?: number | string
  excludePeople?: (number | string)[]
  onClose: () => void
  onSaved: (answer: SavedAnswer) => void
}) {
  const { mode, language, onClose, onSaved } = props
  const t = (key: TranslationKey, variables?: Record<string, string | number>) => translate(language, key, variables)
  const {
    config: {
      serverURL,
      routes: { api },
      admin,
    },
  } = useConfig()
  const slugs = useBalisesSlugs()
  const titleId = useId()
  const zone = admin?.timezones?.defaultTimezone

  const [fullName, setFullName] = useState('')
  const [kind, setKind] = useState<(typeof PERSON_KINDS)[number]>('child')
  const [birthDate, setBirthDate] = useState('')
  const [ageBand, setAgeBand] = useState('')
  const [personId, setPersonId] = useState<string>(props.personId !== undefined ? String(props.personId) : '')
  const [people, setPeople] = useState<{ id: number | string; fullName: string }[]>([])
  const [relationship, setRelationship] = useState<(typeof CONSENT_RELATIONSHIPS)[number]>('parent')
  const [signatoryName, setSignatoryName] = useState('')
  const [scopes, setScopes] = useState<Channel[]>(['facebook', 'instagram'])
  const [validFrom, setValidFrom] = useState(() => todayKey(zone))
  const [expiresAt, setExpiresAt] = useState('')
  const [retentionUntil, setRetentionUntil] = useState('')
  const [retentionTouched, setRetentionTouched] = useState(false)
  const [months, setMonths] = useState<unknown>(undefined)
  const [file, setFile] = useState<File | null>(null)
  const [evidenceWaiver, setEvidenceWaiver] = useState('')
  const [sending, setSending] = useState(false)
  const [errors, setErrors] = useState<{ path?: string; message: string }[]>([])

  useEffect(() => {
    // The policy's retention period, read defensively: absent or odd, 24 months.
    fetch(`${serverURL}${api}/globals/${slugs.policy}?depth=0`, { credentials: 'include' })
      .then((response) => (response.ok ? response.json() : null))
      .then((policy) => setMonths(policy?.consentRetentionMonths))
      .catch(() => undefined)
  }, [serverURL, api, slugs.policy])

  useEffect(() => {
    if (mode !== 'existing') return
    const query = `limit=200&depth=0&sort=fullName&select[fullName]=true`
    fetch(`${serverURL}${api}/${slugs.people}?${query}`, { credentials: 'include' })
      .then((response) => (response.ok ? response.json() : { docs: [] }))
      .then((found: { docs?: { id: number | string; fullName: string }[] }) => {
        const excluded = new Set((props.excludePeople ?? []).map(String))
        setPeople((found.docs ?? []).filter((person) => !excluded.has(String(person.id))))
      })
      .catch(() => undefined)
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [mode, serverURL, api, slugs.people])

  useEffect(() => {
    if (retentionTouched) return
    const end = expiresAt ? dayToInstant(expiresAt) : null
    setRetentionUntil((defaultRetentionUntil({ expiresAt: end }, months) ?? '').slice(0, 10))
  }, [expiresAt, months, retentionTouched])

  const errorFor = (...paths: string[]) => errors.filter((error) => error.path && paths.includes(error.path))
  const general = errors.filter((error) => !error.path || !KNOWN_PATHS.has(error.path))

  async function save() {
    setSending(true)
    setErrors([])
    const body: Record<string, unknown> = {
      consent: {
        relationship,
        signatoryName: signatoryName.trim() || null,
        scopes,
        validFrom: dayToInstant(validFrom) || null,
        expiresAt: dayToInstant(expiresAt) || null,
        retentionUntil: dayToInstant(retentionUntil) || null,
        evidenceWaiver: evidenceWaiver.trim() || null,
      },
    }
    if (props.mediaId !== undefined) body.mediaId = props.mediaId
    if (mode === 'new') body.person = { fullName, kind, birthDate: dayToInstant(birthDate) || null, ageBand: ageBand || null }
    else if (personId) body.personId = /^\d+$/.test(personId) ? Number(personId) : personId
    const form = new FormData()
    form.append('_payload', JSON.stringify(body))
    if (file) form.append('file', file)
    try {
      const response = await fetch(`${serverURL}${api}/${slugs.people}/with-consent`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'accept-language': language },
        body: form,
      })
      const answer = (await response.json().catch(() => ({}))) as Partial<SavedAnswer> & { errors?: { path?: string; message: string }[] }
      if (!response.ok) {
        setErrors(answer.errors?.length ? answer.errors : [{ message: t('consent:saveFailed', { reason: String(response.status) }) }])
        return
      }
      onSaved(answer as SavedAnswer)
    } catch (error) {
      setErrors([{ message: t('consent:saveFailed', { reason: (error as Error).message }) }])
    } finally {
      setSending(false)
    }
  }

  const field = (label: string, paths: string[], control: ReactNode, hint?: string) => (
    <label style={{ display: 'block' }}>
      <span style={{ fontWeight: 600 }}>{label}</span>
      {control}
      {hint ? <span style={{ display: 'block', fontSize: '0.8rem', color: 'var(--theme-elevation-600)' }}>{hint}</span> : null}
      {errorFor(...paths).map((error) => (
        <span key={error.message} role="alert" style={{ display: 'block', color: 'var(--theme-error-600)', fontSize: '0.85rem' }}>
          {error.message}
        </span>
      ))}
    </label>
  )

  const title = mode === 'new' ? t('consent:addPerson') : mode === 'existing' ? t('consent:choosePerson') : t('consent:addConsent')
  return (
    <div
      className="balises-consent-modal"
      style={{
        position: 'fixed',
        inset: 0,
        zIndex: 100,
        background: 'rgba(0, 0, 0, 0.45)',
        overflowY: 'auto',
        padding: '1rem 0.5rem',
        boxSizing: 'border-box',
      }}
    >
      <div
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        style={{
          background: 'var(--theme-bg)',
          color: 'var(--theme-text)',
          maxWidth: 680,
          width: '100%',
          margin: '0 auto',
          padding: '1rem',
          borderRadius: 8,
          boxSizing: 'border-box',
          display: 'grid',
          gap: '1rem',
        }}
      >
        <h2 id={titleId} style={{ margin: 0, fontSize: '1.4rem' }}>
          {title}
        </h2>
        {mode === 'new' ? (
          <fieldset style={{ border: '1px solid var(--theme-elevation-150)', borderRadius: 4, padding: '0.75rem', margin: 0, minWidth: 0 }}>
            <legend>{t('consent:personSection')}</legend>
            <div style={gridStyle}>
              {field(
                t('people:fullName'),
                ['person.fullName', 'person'],
                <input name="fullName" value={fullName} onChange={(event) => setFullName(event.target.value)} style={inputStyle} />,
              )}
              {field(
                t('people:kind'),
                ['person.kind'],
                <select name="kind" value={kind} onChange={(event) => setKind(event.target.value as typeof kind)} style={inputStyle}>
                  {PERSON_KINDS.map((value) => (
                    <option key={value} value={value}>
                      {t(`people:${value}`)}
                    </option>
                  ))}
                </select>,
              )}
              {field(
                t('people:birthDate'),
                ['person.birthDate'],
                <input
                  type="date"
                  name="birthDate"
                  value={birthDate}
                  max={todayKey(zone)}
                  onChange={(event) => setBirthDate(event.target.value)}
                  style={inputStyle}
                />,
              )}
              {field(
                t('people:ageBand'),
                ['person.ageBand'],
                <select name="ageBand" value={ageBand} onChange={(event) => setAgeBand(event.target.value)} style={inputStyle}>
                  <option value="">—</option>
                  {AGE_BAND_VALUES.map((value) => (
                    <option key={value} value={value}>
                      {t(AGE_BAND_LABELS[value])}
                    </option>
                  ))}
                </select>,
              )}
            </div>
            <p style={{ fontSize: '0.8rem', margin: '0.5rem 0 0' }}>{t('people:birthDateDescription')}</p>
          </fieldset>
        ) : mode === 'existing' ? (
          field(
            t('consent:existingPerson'),
            ['personId', 'person'],
            <select name="personId" value={personId} onChange={(event) => setPersonId(event.target.value)} style={inputStyle}>
              <option value="">{t('consent:pickPerson')}</option>
              {people.map((person) => (
                <option key={String(person.id)} value={String(person.id)}>
                  {person.fullName}
                </option>
              ))}
            </select>,
          )
        ) : null}

        <fieldset style={{ border: '1px solid var(--theme-elevation-150)', borderRadius: 4, padding: '0.75rem', margin: 0, minWidth: 0 }}>
          <legend>{t('consent:consentSection')}</legend>
          <div style={gridStyle}>
            {field(
              t('consents:relationship'),
              ['consent.relationship'],
              <select
                name="relationship"
                value={relationship}
                onChange={(event) => setRelationship(event.target.value as typeof relationship)}
                style={inputStyle}
              >
                {CONSENT_RELATIONSHIPS.map((value) => (
                  <option key={value} value={value}>
                    {t(`consents:${value}`)}
                  </option>
                ))}
              </select>,
            )}
            {field(
              t('consents:signatoryName'),
              ['consent.signatoryName'],
              <input
                name="signatoryName"
                value={signatoryName}
                onChange={(event) => setSignatoryName(event.target.value)}
                style={inputStyle}
              />,
            )}
          </div>
          <div style={{ marginTop: '0.75rem' }}>
            <span style={{ fontWeight: 600 }}>{t('consents:scopes')}</span>
            <div style={{ display: 'flex', flexWrap: 'wrap', gap: '0.5rem 1rem', marginTop: '0.25rem' }}>
              {CHANNELS.map((channel) => (
                <label key={channel} style={{ display: 'inline-flex', gap: '0.35rem', alignItems: 'center' }}>
                  <input
                    type="checkbox"
                    name="scopes"
                    value={channel}
                    checked={scopes.includes(channel)}
                    onChange={(event) =>
                      setScopes((current) => (event.target.checked ? [...current, channel] : current.filter((value) => value !== channel)))
                    }
                  />
                  {t(`channels:${channel}`)}
                </label>
              ))}
            </div>
            {errorFor('consent.scopes').map((error) => (
              <span key={error.message} role="alert" style={{ display: 'block', color: 'var(--theme-error-600)', fontSize: '0.85rem' }}>
                {error.message}
              </span>
            ))}
          </div>
          <div style={{ ...gridStyle, marginTop: '0.75rem' }}>
            {field(
              t('consents:validFrom'),
              ['consent.validFrom'],
              <input
                type="date"
                name="validFrom"
                value={validFrom}
                onChange={(event) => setValidFrom(event.target.value)}
                style={inputStyle}
              />,
            )}
            {field(
              t('consents:expiresAt'),
              ['consent.expiresAt'],
              <input
                type="date"
                name="expiresAt"
                value={expiresAt}
                onChange={(event) => setExpiresAt(event.target.value)}
                style={inputStyle}
              />,
            )}
          </div>
          <div style={{ display: 'grid', gap: '0.75rem', marginTop: '0.75rem' }}>
            {field(
              t('consent:signedFormFile'),
              ['consent.evidence', 'file'],
              <input
                type="file"
                name="file"
                accept="application/pdf,image/*"
                onChange={(event) => setFile(event.target.files?.[0] ?? null)}
                style={inputStyle}
              />,
              t('consent:evidenceDescription'),
            )}
            {field(
              t('consent:evidenceWaiver'),
              ['consent.evidenceWaiver'],
              <textarea
                name="evidenceWaiver"
                rows={2}
                maxLength={500}
                value={evidenceWaiver}
                onChange={(event) => setEvidenceWaiver(event.target.value)}
                style={inputStyle}
              />,
              t('consent:evidenceWaiverDescription'),
            )}
            {field(
              t('consents:retentionUntil'),
              ['consent.retentionUntil'],
              <input
                type="date"
                name="retentionUntil"
                value={retentionUntil}
                onChange={(event) => {
                  setRetentionTouched(true)
                  setRetentionUntil(event.target.value)
                }}
                style={inputStyle}
              />,
              t('consent:retentionDescription'),
            )}
          </div>
        </fieldset>

        {general.map((error) => (
          <p key={error.message} role="alert" style={{ color: 'var(--theme-error-600)', margin: 0 }}>
            {error.message}
          </p>
        ))}
        <div style={{ display: 'flex', flexWrap: 'wrap', gap: '0.5rem' }}>
          <Button buttonStyle="primary" size="medium" disabled={sending} onClick={save} margin={false}>
            {sending ? t('consent:saving') : t('consent:save')}
          </Button>
          <Button buttonStyle="secondary" size="medium" disabled={sending} onClick={onClose} margin={false}>
            {t('consent:cancel')}
          </Button>
        </div>
      </div>
    </div>
  )
}

const KNOWN_PATHS = new Set([
  'person',
  'personId',
  'person.fullName',
  'person.kind',
  'person.birthDate',
  'person.ageBand',
  'consent.relationship',
  'consent.signatoryName',
  'consent.scopes',
  'consent.validFrom',
  'consent.expiresAt',
  'consent.evidence',
  'file',
  'consent.evidenceWaiver',
  'consent.retentionUntil',
])
