import { createLocalReq, type Payload } from 'payload'
import { describe, expect, it } from 'vitest'

import { up as migratePolicyData } from '../../dev/migrations/20261202_141638_policy_data'
import { down as restoreFormerLists, up as migrateDefaultLists } from '../../dev/migrations/20261203_181000_forbid1_default_lists'
import { checkCompliance, type ComplianceReport } from '../../src/endpoints/checkCompliance'
import { DEFAULT_ALLOWED_PHRASES, DEFAULT_FORBIDDEN_PATTERNS } from '../../src/policy/defaults'
import { FORMER_DEFAULT_ALLOWED_PHRASES, FORMER_DEFAULT_FORBIDDEN_PATTERNS } from '../../src/policy/formerDefaults'
import { loadPolicy } from '../../src/policy/loadPolicy'
import { type Team, type TestUser, setUpTeam } from '../helpers/fixtures'

type FieldErrors = { status?: number; data?: { errors?: { path: string; message: string }[] } }

describe('policy settings: phrase lists, time zone, GOV-1 answers (Local API, overrideAccess: false)', () => {
  let payload: Payload
  let team: Team
  setUpTeam((started, members) => {
    payload = started
    team = members
  })

  const save = (user: TestUser, data: Record<string, unknown>) =>
    payload.updateGlobal({ slug: 'policy', data: data as never, user, overrideAccess: false })
  const refusal = (user: TestUser, data: Record<string, unknown>) =>
    save(user, data).then(
      () => null,
      (error: unknown) => error as FieldErrors,
    )
  const stored = () => payload.findGlobal({ slug: 'policy', depth: 0 })

  it('starts from the default lists, stored as one phrase an item', async () => {
    const policy = await stored()
    expect(policy.forbiddenPatterns).toEqual(DEFAULT_FORBIDDEN_PATTERNS)
    expect(policy.allowedPhrases).toEqual(DEFAULT_ALLOWED_PHRASES)
  })

  it('lets the responsible person save the lists; blank entries are dropped and duplicates merged', async () => {
    const saved = await save(team.responsable, {
      forbiddenPatterns: ['bonne fête', '  ', 'décès', 'Bonne Fete', ' retraite* '],
      allowedPhrases: ['fête nationale', '', 'régime de retraite'],
    })
    expect(saved.forbiddenPatterns).toEqual(['bonne fête', 'décès', 'retraite*'])
    const policy = await stored()
    expect(policy.forbiddenPatterns).toEqual(['bonne fête', 'décès', 'retraite*'])
    expect(policy.allowedPhrases).toEqual(['fête nationale', 'régime de retraite'])
  })

  it('FORBID-1 reads the saved lists', async () => {
    const req = await createLocalReq({ user: team.redaction as never }, payload)
    const answer = await checkCompliance(req, {
      data: { title: 'Nouvelles', channels: [{ channel: 'facebook', text: 'Marie part à la retraite ce vendredi.' }] },
    })
    expect(answer.status).toBe(200)
    const findings = (answer.body as ComplianceReport).findings.filter((finding) => finding.rule === 'FORBID-1')
    expect(findings).toHaveLength(1)
    const excused = await checkCompliance(req, {
      data: { title: 'Nouvelles', channels: [{ channel: 'facebook', text: 'Notre régime de retraite change.' }] },
    })
    expect((excused.body as ComplianceReport).findings.filter((finding) => finding.rule === 'FORBID-1')).toEqual([])
  })

  it('lets an admin save them too, and reads rows of the former shape as text', async () => {
    const saved = await save(team.admin, { forbiddenPatterns: [{ pattern: 'décès' }, { pattern: 'naissance' }] })
    expect(saved.forbiddenPatterns).toEqual(['décès', 'naissance'])
  })

  it('refuses redaction and collective with 403; nothing is written', async () => {
    for (const user of [team.redaction, team.collective]) {
      const error = await refusal(user, { forbiddenPatterns: ['rien'], timeZone: 'America/Vancouver' })
      expect(error).toMatchObject({ status: 403 })
    }
    const policy = await stored()
    expect(policy.forbiddenPatterns).toEqual(['décès', 'naissance'])
    expect(policy.timeZone).toBe('America/Toronto')
  })

  it('refuses a bad phrase with a 400 on the list path naming the line and FORBID-1; nothing is written', async () => {
    const error = await refusal(team.responsable, { forbiddenPatterns: ['bonne fête', 'x', 'décès'], weeklyHours: 9 })
    expect(error).toMatchObject({ status: 400 })
    expect(error?.data?.errors).toEqual([
      { path: 'forbiddenPatterns', message: 'FORBID-1, ligne 2 : une expression compte au moins 2 caractères (« x »).' },
    ])
    const policy = await stored()
    expect(policy.forbiddenPatterns).toEqual(['décès', 'naissance'])
    expect(policy.weeklyHours).not.toBe(9)
  })

  it('refuses an unknown time zone with a 400 on timeZone; accepts an IANA one', async () => {
    const error = await refusal(team.responsable, { timeZone: 'Montréal/Québec' })
    expect(error).toMatchObject({ status: 400 })
    expect(error?.data?.errors?.map((item) => item.path)).toEqual(['timeZone'])
    expect((await stored()).timeZone).toBe('America/Toronto')
    expect((await save(team.responsable, { timeZone: 'America/Halifax' })).timeZone).toBe('America/Halifax')
    await save(team.responsable, { timeZone: 'America/Toronto' })
  })

  it('records the GOV-1 answers; the PRIV-4 retention defaults to 24 months through loadPolicy()', async () => {
    expect((await loadPolicy({ payload })).consentRetentionMonths).toBe(24)
    const saved = await save(team.responsable, {
      whatWeCommunicate: 'Nos ateliers de prévention et nos positions.',
      whoCommunicates: 'L’équipe des communications.',
      teamMeetingPlace: 'Un point à chaque réunion du lundi.',
      discussionInvited: 'someSubjects',
      discussionNote: 'Sur nos activités, pas sur les situations personnelles.',
      consentRetentionMonths: 36,
    })
    expect(saved).toMatchObject({ discussionInvited: 'someSubjects', consentRetentionMonths: 36 })
    expect((await loadPolicy({ payload })).consentRetentionMonths).toBe(36)
    const error = await refusal(team.responsable, { discussionInvited: 'peut-être', consentRetentionMonths: 0 })
    expect(error).toMatchObject({ status: 400 })
    expect(error?.data?.errors?.map((item) => item.path).sort()).toEqual(['consentRetentionMonths', 'discussionInvited'])
  })

  it('the data migration moves a policy stored as rows (the former array tables) into the lists', async () => {
    await payload.updateGlobal({
      slug: 'policy',
      data: {
        forbiddenPatterns: [],
        allowedPhrases: [],
        legacyForbiddenPatterns: [{ pattern: 'condoléances' }, { pattern: 'bébé' }, { pattern: 'Bébé' }],
        legacyAllowedPhrases: [{ phrase: 'date de naissance' }],
      } as never,
    })
    const req = await createLocalReq({}, payload)
    await migratePolicyData({ payload, req } as never)
    const policy = (await payload.findGlobal({ slug: 'policy', depth: 0 })) as unknown as Record<string, unknown>
    expect(policy.forbiddenPatterns).toEqual(['condoléances', 'bébé'])
    expect(policy.allowedPhrases).toEqual(['date de naissance'])
    expect(policy.legacyForbiddenPatterns).toEqual([])
    expect(policy.legacyAllowedPhrases).toEqual([])
    // A second run changes nothing.
    await migratePolicyData({ payload, req } as never)
    expect((await payload.findGlobal({ slug: 'policy', depth: 0 })).forbiddenPatterns).toEqual(['condoléances', 'bébé'])
  })

  it('the data migration gives the new FORBID-1 defaults to lists never edited, and keeps edited ones', async () => {
    const req = await createLocalReq({}, payload)
    const edited = [...FORMER_DEFAULT_ALLOWED_PHRASES, 'fête des grands-parents']
    await payload.updateGlobal({
      slug: 'policy',
      data: { forbiddenPatterns: [...FORMER_DEFAULT_FORBIDDEN_PATTERNS], allowedPhrases: edited } as never,
    })
    await migrateDefaultLists({ payload, req } as never)
    let policy = await stored()
    expect(policy.forbiddenPatterns).toEqual(DEFAULT_FORBIDDEN_PATTERNS)
    expect(policy.allowedPhrases).toEqual(edited)
    // A second run changes nothing; down gives the former defaults back.
    await migrateDefaultLists({ payload, req } as never)
    expect((await stored()).forbiddenPatterns).toEqual(DEFAULT_FORBIDDEN_PATTERNS)
    await restoreFormerLists({ payload, req } as never)
    policy = await stored()
    expect(policy.forbiddenPatterns).toEqual(FORMER_DEFAULT_FORBIDDEN_PATTERNS)
    expect(policy.allowedPhrases).toEqual(edited)
  })
})
