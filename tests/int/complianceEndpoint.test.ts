import { createLocalReq, getLocalI18n, type Payload, type PayloadRequest } from 'payload'
import { describe, expect, it } from 'vitest'

import { checkCompliance, UNREADABLE_BODY, type ComplianceReport } from '../../src/endpoints/checkCompliance'
import { RULE_IDS } from '../../hooks/rules'
import { type Team, type TestUser, categoryId, draftPost, movePost, setUpTeam, stored } from '../helpers/fixtures'
import { createUser } from '../helpers/testPayload'

const OVER_280 = `${'Nous cherchons une personne animatrice pour nos ateliers de prévention. '.repeat(5)}`.slice(0, 300)

describe('checkCompliance (the compliance endpoint without HTTP), with real users', () => {
  let payload: Payload
  let team: Team
  setUpTeam((started, members) => {
    payload = started
    team = members
  })

  async function requestAs(user: TestUser | null, language?: 'en' | 'fr'): Promise<PayloadRequest> {
    const i18n = language ? await getLocalI18n({ config: payload.config, language }) : undefined
    return createLocalReq({ user: (user ?? undefined) as never, req: i18n ? { i18n } : {} }, payload)
  }
  async function check(user: TestUser | null, body: unknown, language?: 'en' | 'fr') {
    return checkCompliance(await requestAs(user, language), body)
  }
  async function report(user: TestUser, body: unknown): Promise<ComplianceReport> {
    const answer = await check(user, body)
    if (answer.status !== 200) throw new Error(`expected 200, got ${answer.status}: ${JSON.stringify(answer.body)}`)
    return answer.body
  }
  const summary = (findings: ComplianceReport['findings']) => findings.map((finding) => `${finding.rule}:${finding.level}:${finding.path}`)

  describe('who may ask', () => {
    it('refuses an anonymous request with 401, before reading the body', async () => {
      const answer = await check(null, UNREADABLE_BODY)
      expect(answer.status).toBe(401)
      expect(answer.body).toEqual({ errors: [{ message: expect.stringContaining('Connectez-vous') }] })
    })

    it('refuses an account without any Balises role with 403', async () => {
      const nobody = await createUser(payload, [])
      const answer = await check(nobody, { data: {} })
      expect(answer.status).toBe(403)
      expect(answer.body).toEqual({ errors: [{ message: expect.stringMatching(/aucun rôle/) }] })
    })

    it('answers every role: admin, responsable, redaction, collective', async () => {
      for (const user of [team.admin, team.responsable, team.redaction, team.collective]) {
        const answer = await check(user, { data: { title: 'Essai' } })
        expect(answer.status).toBe(200)
      }
    })
  })

  describe('bad bodies are 400 with a message, never an exception', () => {
    const bad: [string, unknown][] = [
      ['an unreadable body', UNREADABLE_BODY],
      ['no body', undefined],
      ['an array', []],
      ['no data', { id: 1 }],
      ['data that is a string', { data: 'titre' }],
      ['a channel text that is a number', { data: { channels: [{ channel: 'x', text: 42 }] } }],
      ['an unknown channel', { data: { channels: [{ channel: 'myspace', text: 'Bonjour' }] } }],
      ['an unknown stage', { data: { workflowStatus: 'online' } }],
      ['a date that is no date', { data: { publishAt: 'demain matin' } }],
      ['a body that is not Lexical', { data: { body: { root: { children: 'texte' } } } }],
      ['an ID that is no ID', { id: 'abc; drop table posts', data: {} }],
      ['a category that is an object without ID', { data: { category: { code: 'CAT-6' } } }],
    ]
    for (const [what, body] of bad) {
      it(`refuses ${what}`, async () => {
        const answer = await check(team.redaction, body)
        expect(answer.status).toBe(400)
        const errors = (answer.body as { errors: { message: string }[] }).errors
        expect(errors).toHaveLength(1)
        expect(errors[0].message).toMatch(/^Requête invalide : ./)
      })
    }

    it('says it in English to an English request', async () => {
      const answer = await check(team.redaction, { data: 'x' }, 'en')
      expect(answer.status).toBe(400)
      expect((answer.body as { errors: { message: string }[] }).errors[0].message).toMatch(/^Invalid request: /)
      expect((await check(null, {}, 'en')).body).toEqual({ errors: [{ message: "Sign in to check a post's compliance." }] })
    })

    it('answers 404 for a post that does not exist', async () => {
      const answer = await check(team.redaction, { id: 999_999, data: {} })
      expect(answer.status).toBe(404)
    })
  })

  describe('what it reports', () => {
    it('lists every rule with its declared level and both titles', async () => {
      const { rules } = await report(team.redaction, { data: {} })
      expect(rules.map((rule) => rule.id)).toEqual([...RULE_IDS])
      for (const rule of rules) {
        expect(['block', 'gate', 'warn']).toContain(rule.level)
        expect(rule.title.fr.length).toBeGreaterThan(3)
        expect(rule.title.en.length).toBeGreaterThan(3)
      }
    })

    it('checks an unsaved post: CAT-6 without closing date (a draft may wait), CHAN-1 over 280 on X, FORBID-1', async () => {
      const { findings } = await report(team.redaction, {
        data: {
          title: 'Offre de stage',
          category: await categoryId(payload, 'CAT-6'),
          channels: [
            { channel: 'x', text: OVER_280, id: 'row-1' },
            { channel: 'facebook', text: 'Joyeux anniversaire Marc !' },
          ],
          workflowStatus: 'draft',
        },
      })
      expect(OVER_280).toHaveLength(300)
      expect(summary(findings)).toEqual(
        expect.arrayContaining(['CAT-6:gate:closingDate', 'CHAN-1:block:channels.0.text', 'FORBID-1:warn:channels.1.text']),
      )
      const chan1 = findings.find((finding) => finding.rule === 'CHAN-1')!
      // The rule ID is data beside the message (the panel shows it from `rule`), not a prefix in it.
      expect(chan1.message.fr).toMatch(/^le texte X compte 300 caractères, au-delà de la limite de 280/)
      expect(chan1.message.en).toMatch(/^the X text counts 300 characters/)
      expect(findings.every((finding) => finding.overridden === false)).toBe(true)
    })

    it('holds CAT-6 as a block once the post is being submitted', async () => {
      const { findings } = await report(team.redaction, {
        data: { title: 'Offre', category: await categoryId(payload, 'CAT-6'), workflowStatus: 'in_review' },
      })
      expect(summary(findings)).toContain('CAT-6:block:closingDate')
    })

    it('reports FORBID-3 for an account that has not accepted the code of conduct', async () => {
      const { findings } = await report(team.newcomer, { data: { title: 'Essai' } })
      expect(summary(findings)).toContain('FORBID-3:block:title')
      const { findings: accepted } = await report(team.redaction, { data: { title: 'Essai' } })
      expect(summary(accepted).some((line) => line.startsWith('FORBID-3'))).toBe(false)
    })

    it('merges the form over the stored post, and writes nothing', async () => {
      const post = await draftPost(payload, team.redaction)
      const before = await stored(payload, post.id)
      const posts = (await payload.count({ collection: 'posts' })).totalDocs
      const versions = (await payload.countVersions({ collection: 'posts' })).totalDocs

      // Stored as is: a complete CAT-2 draft, nothing to report.
      expect((await report(team.redaction, { id: post.id, data: {} })).findings).toEqual([])
      // The form's X text replaces the stored channels; the stored category still counts.
      const { findings } = await report(team.redaction, { id: String(post.id), data: { channels: [{ channel: 'x', text: OVER_280 }] } })
      expect(summary(findings)).toEqual(['CHAN-1:block:channels.0.text'])
      // An emptied category in the form wins over the stored one (CAT, held as a gate on a draft).
      const { findings: noCategory } = await report(team.redaction, { id: post.id, data: { category: null } })
      expect(summary(noCategory)).toEqual(['CAT:gate:category'])

      expect((await payload.count({ collection: 'posts' })).totalDocs).toBe(posts)
      expect((await payload.countVersions({ collection: 'posts' })).totalDocs).toBe(versions)
      const after = await stored(payload, post.id)
      expect(after.updatedAt).toBe(before.updatedAt)
      expect(after.channels).toEqual(before.channels)
      expect(after.compliance).toEqual(before.compliance)
    })

    it('sees the stage move of the form: approving asks for GOV-6', async () => {
      const post = await draftPost(payload, team.redaction)
      await movePost(payload, team.redaction, post.id, { workflowStatus: 'in_review' })
      const { findings } = await report(team.responsable, { id: post.id, data: { workflowStatus: 'approved' } })
      expect(summary(findings)).toEqual(['GOV-6:warn:valuesConfirmed'])
      const { findings: ticked } = await report(team.responsable, {
        id: post.id,
        data: { workflowStatus: 'approved', valuesConfirmed: true },
      })
      expect(ticked).toEqual([])
      // No move, no GOV-6.
      expect((await report(team.responsable, { id: post.id, data: {} })).findings).toEqual([])
    })

    it('shows a FORBID-1 warning overridden by the responsible person as overridden', async () => {
      const post = await draftPost(payload, team.redaction, {
        channels: [{ channel: 'facebook', text: 'Joyeux anniversaire Marc !' }],
      } as never)
      const fresh = await report(team.redaction, { id: post.id, data: {} })
      expect(fresh.findings).toEqual([
        expect.objectContaining({ rule: 'FORBID-1', level: 'warn', path: 'channels.0.text', overridden: false }),
      ])
      await payload.update({
        collection: 'posts',
        id: post.id,
        data: { overrides: [{ rule: 'FORBID-1', justification: 'Marc a demandé que ses collègues le soulignent publiquement.' }] } as never,
        user: team.responsable,
        overrideAccess: false,
      })
      const overridden = await report(team.redaction, { id: post.id, data: {} })
      expect(overridden.findings).toEqual([
        expect.objectContaining({ rule: 'FORBID-1', level: 'warn', path: 'channels.0.text', overridden: true }),
      ])
      // The form cannot override by itself: only the stored overrides count.
      const other = await draftPost(payload, team.redaction, {
        channels: [{ channel: 'facebook', text: 'Joyeux anniversaire Marc !' }],
      } as never)
      const attempt = await report(team.redaction, {
        id: other.id,
        data: { overrides: [{ rule: 'FORBID-1', justification: 'Je passe outre moi-même, merci.' }] },
      })
      expect(attempt.findings[0]).toMatchObject({ rule: 'FORBID-1', overridden: false })
    })
  })
})
