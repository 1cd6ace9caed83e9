import { createLocalReq, type Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { createMoveEndpoint } from '../../calendar/endpoints/moveEndpoint'
import type { Media, Post } from '../../dev/payload-types'
import type { Channel } from '../../src/channels'
import { checkCompliance } from '../../src/endpoints/checkCompliance'
import { WITHHELD_PREFIX } from '../../hooks/engine/disclosure'
import { callEndpoint } from '../helpers/endpoints'
import { rest, restLogin } from '../helpers/rest'
import {
  type Team,
  type TestUser,
  categoryId,
  createConsent,
  createImage,
  createPerson,
  createPosition,
  draftPost,
  movePost,
  refusal,
  setUpTeam,
  stored,
} from '../helpers/fixtures'

/**
 * The attack of issue 10: someone who may not read people or consents (redaction, collective)
 * chooses the publication date and the channels of a post showing a child, and reads what the
 * rules answer. With exact findings, 14 probes of a binary search give the child's birth date (the
 * day PRIV-2 stops asking for a parent's consent) and the consent's expiry; per-channel probes give
 * its scopes; the messages count the people shown. Every answer such a role gets must be the same
 * for every probe; the responsible person still gets the exact findings.
 */

const BIRTH_DATE = '2016-06-15T00:00:00.000Z' // 14 on 2030-06-15
const CHILD_CONSENT_EXPIRY = '2032-03-01T00:00:00.000Z'
const ADULT_CONSENT_EXPIRY = '2031-09-01T00:00:00.000Z'
const FIRST = Date.parse('2026-06-01T14:00:00.000Z')
// Moves before the probed range: a drop on a past day is refused for that reason alone, whatever the consents.
const moveEndpoint = createMoveEndpoint({ now: () => new Date(FIRST - 86_400_000) })
const LAST = Date.parse('2040-01-01T14:00:00.000Z')
const DAY = 24 * 3600_000
const CHANNEL_PROBES: Channel[][] = [['facebook'], ['instagram'], ['facebook', 'instagram'], ['x'], ['linkedin'], []]

const channelRows = (channels: Channel[]) =>
  channels.map((channel) => ({ channel, text: 'Retour en images sur notre atelier de prévention.' }))
const dayOf = (time: number) => new Date(time).toISOString().slice(0, 10)

/**
 * Binary search of the instant at which `differs(probe)` starts being true, as an attacker runs it:
 * the first probe is the reference, each next one compares its answer to that reference.
 */
async function binarySearch(probe: (instant: string) => Promise<string>): Promise<{ answers: Set<string>; found: number; probes: number }> {
  const reference = await probe(new Date(FIRST).toISOString())
  const answers = new Set([reference])
  let low = FIRST
  let high = LAST
  let probes = 1
  while (high - low > DAY) {
    const middle = Math.floor((low + high) / 2 / 60_000) * 60_000
    const answer = await probe(new Date(middle).toISOString())
    answers.add(answer)
    probes++
    if (answer === reference) low = middle
    else high = middle
  }
  return { answers, found: high, probes }
}

describe('no oracle on personal data through the rules’ answers (PRIV-1, PRIV-2, PRIV-4)', () => {
  let payload: Payload
  let team: Team
  let photo: Media
  let landscape: Media
  setUpTeam((started, members) => {
    payload = started
    team = members
  })

  beforeAll(async () => {
    const child = await createPerson(payload, { birthDate: BIRTH_DATE })
    // The child's own consent: enough from 14 on (PRIV-2), on Facebook only (PRIV-1 scopes).
    await createConsent(payload, child.id, {
      relationship: 'self',
      signatoryName: 'Enfant',
      scopes: ['facebook'],
      expiresAt: CHILD_CONSENT_EXPIRY,
    })
    const adult = await createPerson(payload, { fullName: 'Bénévole Test', kind: 'volunteer', ageBand: 'adult' })
    await createConsent(payload, adult.id, {
      relationship: 'self',
      signatoryName: 'Bénévole',
      scopes: ['facebook', 'instagram'],
      expiresAt: ADULT_CONSENT_EXPIRY,
    })
    photo = await createImage(payload, { people: [child.id, adult.id] })
    landscape = await createImage(payload, { noIdentifiablePerson: true })
  })

  const complianceAs = async (user: TestUser, body: unknown) => {
    const answer = await checkCompliance(await createLocalReq({ user: user as never }, payload), body)
    if (answer.status !== 200) throw new Error(`expected 200, got ${answer.status}: ${JSON.stringify(answer.body)}`)
    return answer.body.findings
  }
  const privacyFindings = (findings: Awaited<ReturnType<typeof complianceAs>>) =>
    JSON.stringify(findings.filter((finding) => finding.rule.startsWith('PRIV')))
  const draftWithPhoto = (data: Partial<Post> = {}) =>
    draftPost(payload, team.redaction, { media: [photo.id, landscape.id], publishAt: new Date(FIRST).toISOString(), ...data })
  async function approvedWithPhoto(): Promise<Post> {
    // Planned while every consent holds (before the adult's expiry, Facebook only, the child's own consent at 14+).
    const post = await draftWithPhoto({ publishAt: '2031-01-10T15:00:00.000Z' })
    await movePost(payload, team.redaction, post.id, { workflowStatus: 'in_review' })
    return movePost(payload, team.responsable, post.id, { workflowStatus: 'approved', valuesConfirmed: true })
  }

  describe('the compliance endpoint (the panel of the edit view)', () => {
    for (const role of ['redaction', 'collective'] as const) {
      it(`as ${role}: a binary search over the publication date gets one same answer for every probe`, async () => {
        const post = await draftWithPhoto()
        const search = await binarySearch(async (publishAt) =>
          JSON.stringify(await complianceAs(team[role], { id: post.id, data: { publishAt, channels: channelRows(['facebook']) } })),
        )
        expect(search.probes).toBeGreaterThanOrEqual(12)
        expect(search.answers.size).toBe(1)
        const findings = JSON.parse([...search.answers][0]) as Awaited<ReturnType<typeof complianceAs>>
        // The coarse outcome, under both rules, for the image that lists people (media.0), and nothing else.
        expect(findings.filter((finding) => finding.rule.startsWith('PRIV'))).toEqual([
          {
            rule: 'PRIV-1',
            level: 'gate',
            path: 'media.0',
            message: expect.objectContaining({ fr: expect.stringMatching(`^${WITHHELD_PREFIX} : `) }),
            overridden: false,
          },
          {
            rule: 'PRIV-2',
            level: 'gate',
            path: 'media.0',
            message: expect.objectContaining({ en: expect.stringMatching(`^${WITHHELD_PREFIX}: `) }),
            overridden: false,
          },
        ])
        expect(findings.find((finding) => finding.rule === 'PRIV-1')?.message.en).toContain("need the responsible person's check")
      })

      it(`as ${role}: per-channel probes get one same answer about the people shown`, async () => {
        const answers = new Set<string>()
        for (const channels of CHANNEL_PROBES) {
          for (const publishAt of ['2027-01-10T15:00:00.000Z', '2030-07-01T14:00:00.000Z', '2033-01-10T15:00:00.000Z']) {
            answers.add(
              privacyFindings(
                await complianceAs(team[role], { data: { media: [photo.id, landscape.id], publishAt, channels: channelRows(channels) } }),
              ),
            )
          }
        }
        expect(answers.size).toBe(1)
        const [answer] = [...answers]
        // Nothing that counts the people shown, dates them or names channels.
        expect(answer).not.toMatch(/\b2 (personnes|people)\b|\b\d{4}\b.*(janvier|juin|June|January)|Facebook|Instagram/)
      })
    }

    it('the responsible person still gets the exact findings (and the same search finds the birthday)', async () => {
      const post = await draftWithPhoto()
      const search = await binarySearch(async (publishAt) => {
        const findings = await complianceAs(team.responsable, { id: post.id, data: { publishAt, channels: channelRows(['facebook']) } })
        return JSON.stringify(findings.filter((finding) => finding.rule === 'PRIV-2'))
      })
      // This is the leak the other roles no longer get: the day the child turns 14.
      expect(dayOf(search.found)).toBe('2030-06-15')

      const before = await complianceAs(team.responsable, {
        id: post.id,
        data: { publishAt: '2033-01-10T15:00:00.000Z', channels: channelRows(['facebook', 'instagram']) },
      })
      const priv1 = before.find((finding) => finding.rule === 'PRIV-1')!
      expect(priv1.message.fr).toMatch(
        /^image « .* » : pour 2 personnes montrées, le consentement a pris fin le .+ 2031 et .+ 2032, avant la publication du 10 janvier 2033\./,
      )
    })

    it('an image marked or left untagged still gets its exact, date-free PRIV-1 advice', async () => {
      const untagged = await createImage(payload)
      const findings = await complianceAs(team.redaction, { data: { media: [untagged.id], channels: channelRows(['facebook']) } })
      expect(findings.filter((finding) => finding.rule.startsWith('PRIV'))).toEqual([
        expect.objectContaining({
          rule: 'PRIV-1',
          path: 'media.0',
          message: expect.objectContaining({ fr: expect.stringContaining('Aucune personne identifiable') }),
        }),
      ])
    })
  })

  describe('save refusals', () => {
    it('as redaction: asking for approval at any date or on any channels is refused with one same list of reasons', async () => {
      const post = await draftWithPhoto()
      const probe = async (publishAt: string, channels: Channel[] = ['facebook']) => {
        const refused = await refusal(
          payload.update({
            collection: 'posts',
            id: post.id,
            data: { publishAt, channels: channelRows(channels), workflowStatus: 'approved', valuesConfirmed: true } as never,
            user: team.redaction,
            overrideAccess: false,
          }),
        )
        expect(refused.status).toBe(400)
        return JSON.stringify(refused.errors)
      }
      const search = await binarySearch((publishAt) => probe(publishAt))
      expect(search.answers.size).toBe(1)
      const answers = new Set(search.answers)
      for (const channels of CHANNEL_PROBES.filter((channels) => channels.length > 0))
        answers.add(await probe('2033-01-10T15:00:00.000Z', channels))
      expect(answers.size).toBe(1)
      const errors = JSON.parse([...answers][0]) as { path: string; message: string }[]
      expect(errors.filter((error) => error.path.startsWith('media'))).toEqual([
        { path: 'media.0', message: expect.stringMatching(`^${WITHHELD_PREFIX} : `) },
      ])
      expect((await stored(payload, post.id)).workflowStatus).toBe('draft')
    })

    it('as redaction: the findings stored on drafts saved at chosen dates are the same for every probe', async () => {
      const post = await draftWithPhoto()
      const search = await binarySearch(async (publishAt) => {
        await payload.update({
          collection: 'posts',
          id: post.id,
          data: { publishAt } as never,
          user: team.redaction,
          overrideAccess: false,
        })
        const read = await payload.findByID({
          collection: 'posts',
          id: post.id,
          draft: true,
          depth: 0,
          user: team.redaction,
          overrideAccess: false,
        })
        return JSON.stringify(read.compliance?.filter((row) => row.rule?.startsWith('PRIV')).map(({ id: _id, ...row }) => row))
      })
      expect(search.answers.size).toBe(1)
      expect(JSON.parse([...search.answers][0])).toHaveLength(2)
    })

    it('the responsible person’s refused approval gives the exact reasons; what is stored stays neutral', async () => {
      const post = await draftWithPhoto({ publishAt: '2033-01-10T15:00:00.000Z' })
      await movePost(payload, team.redaction, post.id, { workflowStatus: 'in_review' })
      const refused = await refusal(movePost(payload, team.responsable, post.id, { workflowStatus: 'approved', valuesConfirmed: true }))
      expect(refused.errors.map((error) => error.message).join(' ')).toContain('avant la publication du 10 janvier 2033')
      const read = await payload.findByID({
        collection: 'posts',
        id: post.id,
        draft: true,
        depth: 0,
        user: team.redaction,
        overrideAccess: false,
      })
      expect(JSON.stringify(read.compliance)).not.toContain('2033')
      expect(read.compliance?.map((row) => `${row.rule} ${row.path}`)).toEqual(expect.arrayContaining(['PRIV-1 media.0', 'PRIV-2 media.0']))
    })

    it('findings stored before the fix that date a consent are kept from redaction and collective, in the post and its versions', async () => {
      const post = await draftWithPhoto()
      const legacy = [
        {
          rule: 'PRIV-1',
          level: 'gate',
          path: 'media.0',
          messageFr: 'PRIV-1 : image « x » : 2 personnes montrées n’ont pas de consentement valide le 10 janvier 2033 pour Instagram.',
          messageEn: 'PRIV-1: …',
          overridden: false,
        },
        {
          rule: 'PRIV-2',
          level: 'gate',
          path: 'media.0',
          messageFr: 'PRIV-2 : image « x » : 1 personne de moins de 14 ans n’a pas…',
          messageEn: 'PRIV-2: …',
          overridden: false,
        },
        {
          rule: 'PRIV-1',
          level: 'gate',
          path: 'media.1',
          messageFr: 'PRIV-1 : image « y » : cochez « Aucune personne identifiable »…',
          messageEn: 'PRIV-1: …',
          overridden: false,
        },
      ]
      // As an older version of Balises stored them: straight to the database, no hook.
      const withIds = (prefix: string) => legacy.map((row, index) => ({ ...row, id: `${prefix}-${index}` }))
      await payload.db.updateOne({ collection: 'posts', id: post.id, data: { compliance: withIds('doc') }, returning: false })
      const { docs: versions } = await payload.findVersions({
        collection: 'posts',
        where: { parent: { equals: post.id } },
        limit: 1,
        sort: '-updatedAt',
        depth: 0,
      })
      await payload.db.updateVersion({
        collection: 'posts',
        id: versions[0].id,
        versionData: { version: { ...versions[0].version, compliance: withIds('version') } } as never,
        returning: false,
      })

      const rows = async (user: TestUser) => {
        const read = await payload.findByID({ collection: 'posts', id: post.id, depth: 0, user, overrideAccess: false })
        const version = await payload.findVersionByID({ collection: 'posts', id: versions[0].id, depth: 0, user, overrideAccess: false })
        return [read.compliance, version.version.compliance].map((list) => (list ?? []).map((row) => `${row.rule} ${row.path}`))
      }
      for (const role of ['redaction', 'collective'] as const)
        expect(await rows(team[role])).toEqual([['PRIV-1 media.1'], ['PRIV-1 media.1']])
      expect((await rows(team.responsable))[0]).toEqual(['PRIV-1 media.0', 'PRIV-2 media.0', 'PRIV-1 media.1'])
    })

    it('as collective: a collective member approves a CAT-10 post with the rules unchanged (refused only when the consents fail), told only the coarse reason', async () => {
      const cat10 = await categoryId(payload, 'CAT-10')
      const position = (await createPosition(payload)).id
      const failing = await draftWithPhoto({ category: cat10, position, publishAt: '2033-01-10T15:00:00.000Z' })
      await movePost(payload, team.redaction, failing.id, { workflowStatus: 'in_review' })
      const refused = await refusal(movePost(payload, team.collective, failing.id, { workflowStatus: 'approved', valuesConfirmed: true }))
      expect(refused.errors).toEqual([{ path: 'media.0', message: expect.stringMatching(`^${WITHHELD_PREFIX} : `) }])

      const holding = await draftWithPhoto({ category: cat10, position, publishAt: '2031-01-10T15:00:00.000Z' })
      await movePost(payload, team.redaction, holding.id, { workflowStatus: 'in_review' })
      expect(
        (await movePost(payload, team.collective, holding.id, { workflowStatus: 'approved', valuesConfirmed: true })).workflowStatus,
      ).toBe('approved')
    })
  })

  describe('over REST, as the admin and an attacker call it', () => {
    for (const role of ['redaction', 'collective'] as const) {
      it(`as ${role}: POST /api/posts/compliance and PATCH /api/posts/:id answer the same for every probe`, async () => {
        const token = await restLogin(payload, team[role].email, team[role].password)
        const post = await draftWithPhoto()
        const compliance = new Set<string>()
        const saves = new Set<string>()
        for (const publishAt of [
          '2026-09-01T14:00:00.000Z',
          '2030-06-14T14:00:00.000Z',
          '2030-06-16T14:00:00.000Z',
          '2031-10-01T14:00:00.000Z',
          '2033-01-10T15:00:00.000Z',
        ]) {
          for (const channels of [['facebook'], ['instagram']] as Channel[][]) {
            const data = { publishAt, channels: channelRows(channels), workflowStatus: 'approved', valuesConfirmed: true }
            const checked = await rest(payload, 'POST', '/api/posts/compliance', { token, body: { id: post.id, data } })
            expect(checked.status).toBe(200)
            compliance.add(JSON.stringify(checked.json.findings))
            const saved = await rest(payload, 'PATCH', `/api/posts/${post.id}`, { token, body: data })
            expect(saved.status).toBe(400)
            saves.add(JSON.stringify(saved.json.errors))
          }
        }
        expect(compliance.size).toBe(1)
        expect(saves.size).toBe(1)
        expect([...saves][0]).toContain(WITHHELD_PREFIX)
        expect([...saves][0]).not.toMatch(/Facebook|Instagram|personnes montrées|moins de 14 ans/)
      })
    }
  })

  describe('calendar move refusals', () => {
    for (const role of ['redaction', 'collective'] as const) {
      it(`as ${role}: dropping an approved post on any day gets one same refusal`, async () => {
        const post = await approvedWithPhoto()
        const search = await binarySearch(async (instant) => {
          const response = await callEndpoint(payload, moveEndpoint, {
            user: team[role],
            url: '/api/calendar/move',
            body: { id: post.id, day: instant.slice(0, 10) },
          })
          expect(response.status).toBe(400)
          return JSON.stringify(response.json)
        })
        expect(search.answers.size).toBe(1)
        expect([...search.answers][0]).toContain(WITHHELD_PREFIX)
        expect((await stored(payload, post.id)).publishAt).toBe('2031-01-10T15:00:00.000Z')
      })
    }

    it('the responsible person’s drop on a day the consents fail names the exact reason', async () => {
      const post = await approvedWithPhoto()
      const response = await callEndpoint(payload, moveEndpoint, {
        user: team.responsable,
        url: '/api/calendar/move',
        body: { id: post.id, day: '2033-01-10' },
      })
      expect(response.status).toBe(400)
      expect(JSON.stringify(response.json)).toContain('10 janvier 2033')
    })
  })
})
