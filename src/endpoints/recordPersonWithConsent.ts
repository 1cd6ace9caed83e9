import {
  addDataAndFileToRequest,
  commitTransaction,
  initTransaction,
  killTransaction,
  ValidationError,
  type Endpoint,
  type PayloadRequest,
} from 'payload'
import { z } from 'zod'

import { isUnderParentalConsentAge } from '../../hooks/rules/age'
import { CHANNELS } from '../channels'
import { mayManagePersonalData } from '../access/mayManagePersonalData'
import { loadPolicy } from '../policy/loadPolicy'
import { AGE_BAND_VALUES, CONSENT_RELATIONSHIPS, PERSON_KINDS } from '../privacy/consentVocabulary'
import { slugsOf } from '../slugs'
import { translate, type TranslationKey } from '../translations'

type Id = number | string
type FieldError = { path: string; message: string }

const id = z.union([z.number().int().positive(), z.string().regex(/^[A-Za-z0-9_-]{1,64}$/)])
const instant = z
  .string()
  .max(64)
  .refine((value) => !Number.isNaN(Date.parse(value)))
const optionalInstant = z.union([instant, z.literal(''), z.null()]).optional()
const optionalText = (max: number) => z.union([z.string().max(max), z.null()]).optional()

const personBody = z.object({
  fullName: z.string().trim().min(1).max(200),
  kind: z.enum(PERSON_KINDS),
  birthDate: optionalInstant,
  ageBand: z.union([z.enum(AGE_BAND_VALUES), z.literal(''), z.null()]).optional(),
})

const consentBody = z.object({
  relationship: z.enum(CONSENT_RELATIONSHIPS),
  signatoryName: optionalText(200),
  scopes: z.array(z.enum(CHANNELS)).min(1).max(CHANNELS.length),
  validFrom: optionalInstant,
  expiresAt: optionalInstant,
  retentionUntil: optionalInstant,
  formVersion: optionalText(200),
  evidence: z.union([id, z.null()]).optional(),
  evidenceWaiver: optionalText(500),
})

const body = z
  .object({
    mediaId: id.optional(),
    personId: id.optional(),
    person: personBody.optional(),
    consent: consentBody,
  })
  .strict()

export type RecordPersonWithConsentBody = z.infer<typeof body>

function answer(status: number, errors: { path?: string; message: string }[]): Response {
  return Response.json({ errors }, { status, headers: { 'cache-control': 'no-store' } })
}

const blank = (value: unknown): boolean => value === undefined || value === null || value === ''
const orNull = <T>(value: T | '' | undefined): T | null => (value === '' || value === undefined ? null : value)

/** Zod's issues as field paths with the form's own words (the rule named where one applies). */
function issuesToErrors(issues: z.core.$ZodIssue[], say: (key: TranslationKey) => string): FieldError[] {
  return issues.map((issue) => {
    const path = issue.path.map(String).join('.')
    if (path === 'consent.scopes' || path.startsWith('consent.scopes.'))
      return { path: 'consent.scopes', message: say('consent:scopesRequired') }
    const missing = issue.code === 'invalid_type' && issue.input === undefined
    const empty = issue.code === 'too_small' && path === 'person.fullName'
    return { path, message: say(missing || empty ? 'consent:fieldRequired' : 'consent:fieldInvalid') }
  })
}

/** Payload's field errors (a hook's refusal: PRIV-2, code of conduct…) under the part of the body they concern. */
function validationErrors(error: unknown, prefix: string): FieldError[] | null {
  if (!(error instanceof ValidationError) && (error as { name?: string })?.name !== 'ValidationError') return null
  const errors = ((error as ValidationError).data?.errors ?? []) as { path?: string; message: string }[]
  return errors.map((item) => ({
    path: prefix ? `${prefix}.${item.path ?? ''}`.replace(/\.$/, '') : (item.path ?? ''),
    message: item.message,
  }))
}

/**
 * POST /api/people/with-consent — the one form of « Ajouter une personne » (PRIV-1, PRIV-2, PRIV-4):
 * the person (new, or `personId` for a person already known), their consent with its signed form
 * (a multipart `file`, or `consent.evidence`, or `consent.evidenceWaiver`), and, with `mediaId`, the
 * person added to that image's people. JSON, or multipart with the JSON in `_payload`.
 *
 * All or nothing: everything is checked before the first write, the writes run as the caller
 * (`overrideAccess: false`) in one transaction, and where the database runs without transactions
 * (SQLite here) what was already written is removed again when a later write fails.
 */
export const recordPersonWithConsentEndpoint: Endpoint = {
  path: '/with-consent',
  method: 'post',
  handler: async (req: PayloadRequest) => {
    const lang = req.i18n?.language
    const say = (key: TranslationKey, variables?: Record<string, string | number>) => translate(lang, key, variables)
    if (!req.user) return answer(401, [{ message: say('withdrawal:notSignedIn') }])
    if (!mayManagePersonalData(req.user)) return answer(403, [{ message: say('consent:notAllowed') }])

    try {
      await addDataAndFileToRequest(req)
    } catch {
      return answer(400, [{ message: say('consent:invalidBody') }])
    }
    const parsed = body.safeParse(req.data)
    if (!parsed.success) {
      const errors = issuesToErrors(parsed.error.issues, say)
      return answer(400, errors.length > 0 ? errors : [{ message: say('consent:invalidBody') }])
    }
    const input = parsed.data
    if ((input.person ? 1 : 0) + (input.personId !== undefined ? 1 : 0) !== 1)
      return answer(400, [{ path: 'person', message: say('consent:invalidBody') }])

    const { payload } = req
    const slugs = slugsOf(payload)
    const as = { user: req.user, overrideAccess: false, req } as const
    const policy = await loadPolicy(req)
    const errors: FieldError[] = []

    // The person: the one named, or the one described.
    let personFacts: { birthDate: string | null; ageBand: 'under14' | '14to17' | 'adult' | null }
    if (input.personId !== undefined) {
      const known = await payload.findByID({ collection: slugs.people, id: input.personId, depth: 0, ...as }).catch(() => null)
      if (!known) return answer(400, [{ path: 'personId', message: say('consent:personNotFound') }])
      personFacts = { birthDate: (known.birthDate as string | null) ?? null, ageBand: (known.ageBand as never) ?? null }
    } else {
      const person = input.person!
      personFacts = { birthDate: orNull(person.birthDate), ageBand: orNull(person.ageBand) }
      if (!personFacts.birthDate && !personFacts.ageBand) errors.push({ path: 'person.birthDate', message: say('consent:ageRequired') })
    }

    const consent = input.consent
    const under14 = isUnderParentalConsentAge({ id: 0, ...personFacts }, new Date(), policy.timeZone)
    if (under14 && consent.relationship === 'self') errors.push({ path: 'consent.relationship', message: say('consent:guardianRequired') })
    if (consent.relationship !== 'self' && blank(consent.signatoryName?.trim())) {
      errors.push({ path: 'consent.signatoryName', message: say('consents:signatoryRequired') })
    }
    if (consent.validFrom && consent.expiresAt && Date.parse(consent.expiresAt) <= Date.parse(consent.validFrom)) {
      errors.push({ path: 'consent.expiresAt', message: say('consent:untilBeforeFrom') })
    }

    let media: { id: Id; people?: unknown } | null = null
    if (input.mediaId !== undefined) {
      media = await payload.findByID({ collection: slugs.media, id: input.mediaId, depth: 0, ...as }).catch(() => null)
      if (!media) errors.push({ path: 'mediaId', message: say('consent:mediaNotFound') })
    }
    if (!blank(consent.evidence)) {
      const form = await payload.findByID({ collection: slugs.consentForms, id: consent.evidence!, depth: 0, ...as }).catch(() => null)
      if (!form) errors.push({ path: 'consent.evidence', message: say('consent:formNotFound') })
    }
    if (errors.length > 0) return answer(400, errors)

    const created: { collection: string; id: Id }[] = []
    const undo = async () => {
      for (const doc of created.reverse()) {
        await payload.delete({ collection: doc.collection as never, id: doc.id, ...as }).catch(() => undefined)
      }
    }
    let step = ''
    const owns = await initTransaction(req)
    try {
      let evidence: Id | null = orNull(consent.evidence ?? undefined)
      if (req.file) {
        step = 'consent.evidence'
        const form = await payload.create({
          collection: slugs.consentForms,
          data: {},
          // The file as parsed (uploads go through temporary files: `tempFilePath`, not `data`).
          file: req.file,
          ...as,
        })
        created.push({ collection: slugs.consentForms, id: form.id })
        evidence = form.id
      }

      let personId: Id
      let fullName: string
      if (input.person) {
        step = 'person'
        const person = await payload.create({
          collection: slugs.people,
          data: {
            fullName: input.person.fullName,
            kind: input.person.kind,
            birthDate: personFacts.birthDate,
            ageBand: personFacts.ageBand,
          },
          ...as,
        })
        created.push({ collection: slugs.people, id: person.id })
        personId = person.id
        fullName = person.fullName as string
      } else {
        personId = input.personId!
        fullName = ''
      }

      step = 'consent'
      const record = await payload.create({
        collection: slugs.consents,
        data: {
          person: personId,
          relationship: consent.relationship,
          signatoryName: orNull(consent.signatoryName?.trim()) || null,
          scopes: consent.scopes,
          validFrom: orNull(consent.validFrom),
          expiresAt: orNull(consent.expiresAt),
          retentionUntil: orNull(consent.retentionUntil),
          formVersion: orNull(consent.formVersion?.trim()) || null,
          evidence,
          evidenceWaiver: orNull(consent.evidenceWaiver?.trim()) || null,
        } as never,
        ...as,
      })
      created.push({ collection: slugs.consents, id: record.id })

      if (media) {
        step = 'mediaId'
        const people = [...new Set([...relationIds(media.people), String(personId)])]
        await payload.update({
          collection: slugs.media,
          id: media.id,
          // Listing a person says the image shows someone identifiable.
          data: {
            people: people.map((value) => (typeof personId === 'number' ? Number(value) : value)),
            noIdentifiablePerson: false,
          } as never,
          ...as,
        })
      }
      if (owns) await commitTransaction(req)
      return Response.json(
        {
          person: { id: personId, fullName },
          consent: { id: record.id },
          mediaId: media?.id ?? null,
          message: say(input.person ? 'consent:saved' : 'consent:consentSaved'),
        },
        { status: 201, headers: { 'cache-control': 'no-store' } },
      )
    } catch (error) {
      if (owns) await killTransaction(req)
      else await undo()
      const prefix = step === 'mediaId' || step === 'consent.evidence' ? '' : step
      const fieldErrors = validationErrors(error, prefix)
      if (fieldErrors) {
        return answer(
          400,
          (fieldErrors.length ? fieldErrors : [{ path: step, message: say('consent:fieldInvalid') }]).map((item) => ({
            ...item,
            path: step === 'mediaId' ? 'mediaId' : step === 'consent.evidence' ? 'consent.evidence' : item.path,
          })),
        )
      }
      payload.logger.error({ err: error }, '[balises] recording a person with their consent failed')
      return answer(500, [{ message: say('consent:saveFailed', { reason: say('consent:fieldInvalid') }) }])
    }
  },
}

function relationIds(value: unknown): string[] {
  if (!Array.isArray(value)) return []
  return value
    .map((item) => (item && typeof item === 'object' ? (item as { id?: unknown }).id : item))
    .filter((item) => item !== null && item !== undefined)
    .map(String)
}
