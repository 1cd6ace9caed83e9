import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { type Team, createConsent, createImage, createPerson, draftPost, movePost, setUpTeam } from '../helpers/fixtures'
import { rest, restLogin } from '../helpers/rest'
import { startSmtpInbox, type SmtpInbox } from '../helpers/smtpInbox'

describe('notification e-mails, end to end through a real SMTP server (smtp-server, in the test)', () => {
  let inbox: SmtpInbox
  let payload: Payload
  let team: Team

  beforeAll(async () => {
    inbox = await startSmtpInbox()
    // payload.config.ts reads SMTP_* when it is first imported (by setUpTeam, next).
    process.env.SMTP_HOST = '127.0.0.1'
    process.env.SMTP_PORT = String(inbox.port)
    process.env.SMTP_FROM = 'balises@organisme.test'
  })
  setUpTeam((started, members) => {
    payload = started
    team = members
  })
  afterAll(async () => {
    delete process.env.SMTP_HOST
    delete process.env.SMTP_PORT
    delete process.env.SMTP_FROM
    await inbox.close()
  })

  const runQueue = () => payload.jobs.run({ queue: 'balises' })
  const mailsTo = (email: string) => inbox.mails.filter((mail) => mail.to.includes(email))

  it('a consent withdrawal e-mails the responsible person (after the save, from the jobs queue), in their language', async () => {
    // The policy's responsible person reads in English; the `responsable` account in French (the default).
    await payload.update({
      collection: 'users',
      id: team.admin.id,
      data: { notificationLanguage: 'en' },
      user: team.admin,
      overrideAccess: false,
    })
    await payload.updateGlobal({ slug: 'policy', data: { responsiblePerson: team.admin.id } })
    const child = await createPerson(payload, { fullName: 'Nina Confidentielle', birthDate: '2016-05-01T00:00:00.000Z' })
    const consent = await createConsent(payload, child.id)
    const photo = await createImage(payload, { people: [child.id] })
    const post = await draftPost(payload, team.redaction, {
      title: 'Fête de quartier',
      media: [photo.id],
      publishAt: '2026-12-21T15:00:00.000Z',
    })
    await movePost(payload, team.redaction, post.id, { workflowStatus: 'in_review' })
    await movePost(payload, team.responsable, post.id, { workflowStatus: 'approved', valuesConfirmed: true })

    const token = await restLogin(payload, team.responsable.email, team.responsable.password)
    const answer = await rest(payload, 'POST', `/api/consents/${consent.id}/withdraw`, { token, body: { method: 'phone' } })
    expect(answer.status).toBe(200)
    // Nothing is sent while the save runs: only the queue sends.
    expect(mailsTo(team.responsable.email)).toHaveLength(0)
    await runQueue()

    const [french] = mailsTo(team.responsable.email).filter((mail) => mail.subject.includes('Consentement retiré'))
    expect(french.from).toBe('balises@organisme.test')
    expect(french.subject).toBe('[Balises] Consentement retiré')
    expect(french.text).toContain(
      'Un consentement à l’image a été retiré (PRIV-3) : 1 publication(s) retirée(s) du calendrier, 0 déjà diffusée(s) à retirer des réseaux. Voyez « À traiter ».',
    )
    expect(french.text).not.toContain('Nina')
    const [english] = mailsTo(team.admin.email).filter((mail) => mail.subject.includes('Consent withdrawn'))
    expect(english.subject).toBe('[Balises] Consent withdrawn')
    expect(english.text).toContain('An image consent was withdrawn (PRIV-3): 1 post(s) taken out of the calendar')
    // The author is told the post left the plan (cascadeUnscheduled is e-mailed by default).
    const [author] = mailsTo(team.redaction.email)
    expect(author.subject).toBe('[Balises] Publication retirée du calendrier')
    expect(author.text).toContain('« Fête de quartier » a été retirée du calendrier.')
  })

  it('each person chooses which kinds come by e-mail', async () => {
    const before = mailsTo(team.redaction.email).length
    const post = await draftPost(payload, team.redaction, { title: 'Approuvée sans courriel', publishAt: '2026-12-22T15:00:00.000Z' })
    await movePost(payload, team.redaction, post.id, { workflowStatus: 'in_review' })
    await movePost(payload, team.responsable, post.id, { workflowStatus: 'approved', valuesConfirmed: true })
    await runQueue()
    // « approved » is not among the defaults: in the bell only.
    expect(mailsTo(team.redaction.email)).toHaveLength(before)

    await payload.update({
      collection: 'users',
      id: team.redaction.id,
      data: { emailNotificationKinds: ['approved'] },
      user: team.redaction,
      overrideAccess: false,
    })
    const second = await draftPost(payload, team.redaction, { title: 'Approuvée avec courriel', publishAt: '2026-12-22T15:00:00.000Z' })
    await movePost(payload, team.redaction, second.id, { workflowStatus: 'in_review' })
    await movePost(payload, team.responsable, second.id, { workflowStatus: 'approved', valuesConfirmed: true })
    await runQueue()
    const [mail] = mailsTo(team.redaction.email).slice(before)
    expect(mail.subject).toBe('[Balises] Publication approuvée')
    expect(mail.text).toContain(`« Approuvée avec courriel » a été approuvée par ${team.responsable.name}.`)
  })

  it('a mail server that refuses never fails the save: the comment and its notification are kept, the failure is logged', async () => {
    inbox.refuse(team.collective.email)
    const post = await draftPost(payload, team.redaction, { title: 'Mention refusée par le serveur' })
    const comment = await payload.create({
      collection: 'comments',
      data: { post: post.id, body: `@${team.collective.name} pouvez-vous relire ?` },
      user: team.redaction,
      overrideAccess: false,
    })
    expect(comment.id).toBeDefined()
    const warnings: unknown[] = []
    const warn = payload.logger.warn.bind(payload.logger)
    payload.logger.warn = ((...args: unknown[]) => {
      warnings.push(args[0])
      return (warn as (...a: unknown[]) => void)(...args)
    }) as typeof payload.logger.warn
    try {
      await runQueue()
    } finally {
      payload.logger.warn = warn
    }
    expect(mailsTo(team.collective.email)).toHaveLength(0)
    expect(JSON.stringify(warnings)).toContain('notification e-mail not sent')
    const notices = await payload.find({
      collection: 'notifications',
      where: { kind: { equals: 'mention' } },
      user: team.collective,
      overrideAccess: false,
    })
    expect(notices.docs).toHaveLength(1)
  })
})
