import path from 'node:path'

import type { Browser, Locator, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { dayKey, fromWallClock } from '../../src/time/zonedTime'
import { startSmtpInbox, type SmtpInbox } from '../helpers/smtpInbox'
import { startApp, type RunningApp } from './helpers/app'
import { launchChromium, SCREENSHOTS } from './helpers/browser'
import { apiAsRole } from './helpers/api'
import { recordToasts } from './helpers/toasts'

const ZONE = 'America/Toronto'
const MINUTE = 60_000

/** What Payload's admin says when a message is not translated, and a 12-hour clock. */
const ENGLISH = /\b(the following|is invalid|are invalid|successfully|updated|error|not allowed|invalid relationships|unauthorized)\b/i
const TWELVE_HOUR = /\b\d{1,2}:\d{2}\s?(AM|PM)\b/i

const VIEWPORTS = [
  { name: '1440', width: 1440, height: 1000, dragAndDrop: true },
  { name: '390', width: 390, height: 844, dragAndDrop: false },
] as const

/** FullCalendar listens to real pointer moves: press, move in steps, release. */
async function drag(page: Page, source: Locator, target: Locator) {
  await source.scrollIntoViewIfNeeded()
  const from = await source.boundingBox()
  const to = await target.boundingBox()
  if (!from || !to) throw new Error('cannot drag: an element is not on screen')
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2)
  await page.mouse.down()
  await page.mouse.move(from.x + from.width / 2 + 10, from.y + from.height / 2 + 10, { steps: 5 })
  await page.mouse.move(to.x + to.width / 2, to.y + to.height / 2, { steps: 20 })
  await page.mouse.up()
}

/** The wall-clock day and HH:mm in the policy's zone a few minutes from now (the job runs every minute). */
function soonInToronto(minutes: number): { day: string; time: string; instant: Date } {
  const instant = new Date(Math.ceil((Date.now() + minutes * MINUTE) / MINUTE) * MINUTE)
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone: ZONE, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(instant)
  return { day: dayKey(instant, ZONE), time: parts, instant }
}

describe.each(VIEWPORTS)('a day of work of each role, in Chromium at $name px (production build, French, real SMTP)', (viewport) => {
  let app: RunningApp
  let browser: Browser
  let inbox: SmtpInbox
  const pages = new Map<string, Page>()
  const toastsByRole = new Map<string, string[]>()
  const toasts = () => [...toastsByRole].flatMap(([role, texts]) => texts.map((text) => ({ role, text })))
  const { api } = apiAsRole(() => app)
  const title = `Atelier parents-enfants sur les émotions (${viewport.name} px)`
  let postId = 0

  beforeAll(async () => {
    inbox = await startSmtpInbox()
    app = await startApp({ SMTP_HOST: '127.0.0.1', SMTP_PORT: String(inbox.port), SMTP_FROM: 'balises@demo.balises.test' })
    browser = await launchChromium()
  }, 300_000)
  afterAll(async () => {
    await browser?.close()
    await app?.stop()
    await inbox?.close()
  })

  async function as(role: string): Promise<Page> {
    const open = pages.get(role)
    if (open) return open
    const account = app.accounts.find((candidate) => candidate.role === role)!
    const context = await browser.newContext({ viewport: { width: viewport.width, height: viewport.height }, timezoneId: ZONE })
    // Every toast the admin shows, on every page of the walk: none may be in English.
    toastsByRole.set(role, await recordToasts(context))
    const page = await context.newPage()
    await page.goto(`${app.url}/admin/login`)
    await page.locator('input[name="email"]').fill(account.email)
    await page.locator('input[name="password"]').fill(account.password)
    await page.getByRole('button', { name: 'Se connecter' }).click()
    await page.getByTestId('balises-dashboard').waitFor({ timeout: 60_000 })
    pages.set(role, page)
    return page
  }

  /** A screenshot of what the person sees, after checking it speaks French with a 24-hour clock. */
  async function look(page: Page, name: string) {
    await page.waitForLoadState('networkidle', { timeout: 15_000 }).catch(() => undefined)
    expect(await page.locator('body').innerText()).not.toMatch(TWELVE_HOUR)
    for (const toast of toasts()) expect(toast.text, toast.role).not.toMatch(ENGLISH)
    await page.screenshot({ path: path.join(SCREENSHOTS, `day-${viewport.name}-${name}.png`), fullPage: true })
  }

  async function choose(page: Page, field: string, option: string) {
    await page.locator(field).locator('button.dropdown-indicator').click()
    const menu = page.locator('.rs__menu')
    await menu.waitFor({ state: 'visible', timeout: 30_000 })
    await menu.locator('.rs__option', { hasText: option }).first().click()
  }

  async function openPost(page: Page, id: number, stage: string) {
    await page.goto(`${app.url}/admin/collections/posts/${id}`)
    await page.getByTestId('workflow-badge').filter({ hasText: stage }).waitFor({ timeout: 60_000 })
  }

  /** One workflow action through its dialog; the badge then shows the new stage without a reload. */
  async function act(page: Page, action: string, stage: string, fill?: (dialog: Locator) => Promise<void>) {
    await page.getByTestId(`workflow-action-${action}`).click()
    const dialog = page.getByTestId('workflow-dialog')
    await dialog.waitFor()
    if (fill) await fill(dialog)
    await dialog.getByTestId('workflow-dialog-confirm').click()
    await dialog.waitFor({ state: 'detached', timeout: 30_000 })
    await page.getByTestId('workflow-badge').filter({ hasText: stage }).waitFor({ timeout: 30_000 })
    // The bar offers what the new stage allows: the action just taken is no longer among them.
    await page.getByTestId(`workflow-action-${action}`).waitFor({ state: 'detached', timeout: 30_000 })
  }

  async function approveWithChecklist(page: Page) {
    await act(page, 'approve', 'Approuvée', async (dialog) => {
      const items = dialog.getByTestId('workflow-checklist-item')
      expect(await items.count()).toBeGreaterThan(0)
      for (const item of await items.all()) await item.check()
    })
  }

  /** The bell's items, opened from the header (the count first: it says there is something new). */
  async function bellItems(page: Page): Promise<string> {
    await page.goto(`${app.url}/admin`)
    await page.getByTestId('balises-dashboard').waitFor({ timeout: 60_000 })
    await expect.poll(() => page.getByTestId('notification-count').count(), { timeout: 30_000 }).toBe(1)
    await page.getByTestId('notification-bell').click()
    await page.getByTestId('notification-item').first().waitFor({ timeout: 30_000 })
    return (await page.getByTestId('notification-item').allTextContents()).join('\n')
  }

  async function markAllRead(page: Page) {
    await page.getByTestId('notification-mark-all-read').click()
    await expect.poll(() => page.getByTestId('notification-count').count(), { timeout: 30_000 }).toBe(0)
  }

  const stage = async (id: number) => (await api('responsable', `/api/posts/${id}?draft=true&depth=0`)).workflowStatus

  it('redaction drafts a post in the form, gets a comment with a mention, fixes it and submits it', { timeout: 300_000 }, async () => {
    const redaction = await as('redaction')
    // Demo notifications exist already: read them, so that the bell speaks of this walk.
    await api('redaction', '/api/notifications?where[readAt][exists]=false', 'PATCH', { readAt: new Date().toISOString() })
    await look(redaction, 'redaction-dashboard')
    await redaction.goto(`${app.url}/admin/collections/posts/create`)
    await redaction.locator('#field-title').fill(title)
    await redaction.getByTestId('category-picker').locator('label', { hasText: 'Informations en lien avec notre mission' }).click()
    await redaction.locator('#field-channels .array-field__add-row').first().click()
    await redaction.locator('#field-channels__0__channel').waitFor({ timeout: 30_000 })
    await choose(redaction, '#field-channels__0__channel', 'Facebook')
    await redaction
      .locator('#field-channels__0__text')
      .fill('Samedi, atelier parents-enfants pour apprendre à nommer les émotions. Inscription gratuite.')
    await redaction.locator('#action-save-draft').click()
    await redaction.waitForURL(/\/admin\/collections\/posts\/\d+/, { timeout: 60_000 })
    postId = Number(/posts\/(\d+)/.exec(redaction.url())![1])
    await redaction.getByTestId('workflow-badge').filter({ hasText: 'Brouillon' }).waitFor({ timeout: 30_000 })
    await look(redaction, 'redaction-draft-saved')

    const responsable = await as('responsable')
    await api('responsable', '/api/notifications?where[readAt][exists]=false', 'PATCH', { readAt: new Date().toISOString() })
    await openPost(responsable, postId, 'Brouillon')
    const panel = responsable.getByTestId('comments-panel')
    await panel.waitFor({ timeout: 60_000 })
    await responsable.getByTestId('comment-input').fill('@Rémi Rédaction pouvez-vous ajouter l’heure de l’atelier ?')
    await responsable.getByTestId('comment-submit').click()
    await expect.poll(() => panel.getByTestId('comment-item').count(), { timeout: 30_000 }).toBe(1)
    await look(responsable, 'responsable-comment')

    expect(await bellItems(redaction)).toContain('vous a mentionné·e dans un commentaire sur « ' + title)
    await look(redaction, 'redaction-bell-mention')
    await markAllRead(redaction)
    await openPost(redaction, postId, 'Brouillon')
    expect(await redaction.getByTestId('comment-item').first().textContent()).toContain('pouvez-vous ajouter l’heure')
    await redaction
      .locator('#field-channels__0__text')
      .fill('Samedi à 10 h, atelier parents-enfants pour apprendre à nommer les émotions. Inscription gratuite.')
    // An existing draft saves itself (autosave): the text is stored without a button.
    await expect
      .poll(async () => (await api('redaction', `/api/posts/${postId}?draft=true&depth=0`)).channels[0].text, { timeout: 30_000 })
      .toContain('Samedi à 10 h')
    await act(redaction, 'submit', 'En révision')
    expect(await stage(postId)).toBe('in_review')
    await look(redaction, 'redaction-submitted')
  })

  it(
    'the responsible person is notified, sends it back once with a comment, then approves it with the checklist',
    { timeout: 300_000 },
    async () => {
      const responsable = await as('responsable')
      expect(await bellItems(responsable)).toContain(`Rémi Rédaction a soumis « ${title} » pour révision.`)
      await look(responsable, 'responsable-bell-submitted')
      await markAllRead(responsable)

      await responsable.goto(`${app.url}/admin`)
      const review = responsable.getByTestId('queue-to-review')
      await review.getByTestId('queue-item').filter({ hasText: title }).waitFor({ timeout: 60_000 })
      await look(responsable, 'responsable-queue')
      await review.getByTestId('queue-item').filter({ hasText: title }).locator('a').first().click()
      await responsable.getByTestId('workflow-badge').filter({ hasText: 'En révision' }).waitFor({ timeout: 60_000 })
      const reason = 'Précisez le lieu de l’atelier avant l’approbation.'
      await act(responsable, 'sendBack', 'Brouillon', (dialog) => dialog.getByTestId('workflow-dialog-reason').fill(reason))
      await look(responsable, 'responsable-sent-back')

      const redaction = await as('redaction')
      expect(await bellItems(redaction)).toContain(`a renvoyé « ${title} » en rédaction`)
      await markAllRead(redaction)
      const sentBack = redaction.getByTestId('queue-sent-back')
      await sentBack.getByTestId('queue-item').filter({ hasText: title }).waitFor({ timeout: 30_000 })
      expect(await sentBack.textContent()).toContain(reason)
      await look(redaction, 'redaction-queue-sent-back')
      await sentBack.getByTestId('queue-item').filter({ hasText: title }).locator('a').first().click()
      await redaction.getByTestId('workflow-badge').filter({ hasText: 'Brouillon' }).waitFor({ timeout: 60_000 })
      await redaction
        .locator('#field-channels__0__text')
        .fill(
          'Samedi à 10 h, à la bibliothèque du quartier : atelier parents-enfants pour apprendre à nommer les émotions. Inscription gratuite.',
        )
      // An existing draft saves itself (autosave): the text is stored without a button.
      await expect
        .poll(async () => (await api('redaction', `/api/posts/${postId}?draft=true&depth=0`)).channels[0].text, { timeout: 30_000 })
        .toContain('bibliothèque')
      await act(redaction, 'submit', 'En révision')

      await openPost(responsable, postId, 'En révision')
      await approveWithChecklist(responsable)
      expect(await stage(postId)).toBe('approved')
      await look(responsable, 'responsable-approved')
    },
  )

  it('the responsible person schedules it a few minutes ahead, at a time she chooses', { timeout: 300_000 }, async () => {
    const responsable = await as('responsable')
    const soon = soonInToronto(3)
    if (viewport.dragAndDrop) {
      await responsable.goto(`${app.url}/admin/calendar?view=dayGridMonth&date=${soon.day}`)
      const item = responsable.locator('.balises-tray__item', { hasText: title })
      await item.waitFor({ timeout: 60_000 })
      await drag(responsable, item, responsable.locator(`td.fc-daygrid-day[data-date="${soon.day}"]`))
      const dialog = responsable.getByTestId('calendar-drop-dialog')
      await dialog.waitFor({ timeout: 20_000 })
      await responsable.getByTestId('calendar-drop-time').fill(soon.time)
      await look(responsable, 'responsable-drop-time')
      await responsable.getByTestId('calendar-drop-confirm').click()
      await responsable
        .locator(`td.fc-daygrid-day[data-date="${soon.day}"] .balises-event`, { hasText: title })
        .waitFor({ timeout: 30_000 })
      // The tray follows at once, without a reload.
      await expect.poll(() => responsable.getByTestId('calendar-tray').textContent(), { timeout: 10_000 }).not.toContain(title)
      await look(responsable, 'responsable-calendar-scheduled')
    } else {
      // On a phone, the same planning goes through « Programmer… » in the edit view.
      await openPost(responsable, postId, 'Approuvée')
      await act(responsable, 'schedule', 'Programmée', async (dialog) => {
        await dialog.getByTestId('workflow-dialog-date').fill(soon.day)
        await dialog.getByTestId('workflow-dialog-time').fill(soon.time)
      })
      await look(responsable, 'responsable-scheduled')
    }
    const scheduled = await api('responsable', `/api/posts/${postId}?draft=true&depth=0`)
    expect(scheduled.workflowStatus).toBe('scheduled')
    expect(scheduled.publishAt).toBe(fromWallClock(`${soon.day}T${soon.time}`, ZONE).toISOString())
  })

  it('a Collective member approves a CAT-10 post from their queue', { timeout: 300_000 }, async () => {
    const category = (await api('redaction', '/api/categories?where[code][equals]=CAT-10&depth=0')).docs[0]
    const position = (await api('redaction', '/api/positions?where[status][equals]=adopted&depth=0&limit=1')).docs[0]
    const positionTitle = `Notre position sur l’éducation à la sexualité, rappelée (${viewport.name} px)`
    const { doc } = await api('redaction', '/api/posts', 'POST', {
      title: positionTitle,
      category: category.id,
      position: position.id,
      channels: [
        {
          channel: 'facebook',
          text: 'Rappel de la position adoptée par la Collective : une éducation à la sexualité adaptée à l’âge protège les enfants.',
        },
      ],
    })
    await api('redaction', `/api/posts/${doc.id}/workflow`, 'POST', { action: 'submit' })

    const collective = await as('collective')
    await collective.goto(`${app.url}/admin`)
    const queue = collective.getByTestId('queue-collective')
    await queue.getByTestId('queue-item').filter({ hasText: positionTitle }).waitFor({ timeout: 60_000 })
    await look(collective, 'collective-queue')
    await queue.getByTestId('queue-item').filter({ hasText: positionTitle }).locator('a').first().click()
    await collective.getByTestId('workflow-badge').filter({ hasText: 'En révision' }).waitFor({ timeout: 60_000 })
    // A Collective member approves; nothing else is offered to change.
    expect(await collective.getByTestId('workflow-action-schedule').count()).toBe(0)
    await approveWithChecklist(collective)
    expect(await stage(doc.id)).toBe('approved')
    await look(collective, 'collective-approved')
  })

  it('the job publishes the scheduled post at its time, and its author is told', { timeout: 480_000 }, async () => {
    try {
      await expect.poll(() => stage(postId), { timeout: 6 * MINUTE, interval: 5_000 }).toBe('published')
    } catch (error) {
      // What the app said while the job should have run: its errors are the only trace of why.
      const post = await api('responsable', `/api/posts/${postId}?draft=true&depth=0`)
      throw new Error(
        `not published: ${post.workflowStatus}, publishAt ${post.publishAt}, now ${new Date().toISOString()}, ` +
          `reason ${post.statusReason ?? '—'}\n--- app output (end) ---\n${app.output().slice(-6000)}`,
        { cause: error },
      )
    }
    const redaction = await as('redaction')
    const items = await bellItems(redaction)
    expect(items).toContain(`« ${title} » a été approuvée par Roxanne Responsable.`)
    expect(items).toContain(`« ${title} » a été publiée.`)
    await look(redaction, 'redaction-bell-published')
    await markAllRead(redaction)
  })

  it('a consent withdrawal notifies the responsible person in the bell and by e-mail', { timeout: 300_000 }, async () => {
    const responsable = await as('responsable')
    const consent = (
      await api('responsable', `/api/consents?where[signatoryName][equals]=${encodeURIComponent('Isabelle Gagnon')}&depth=0`)
    ).docs[0]
    await responsable.goto(`${app.url}/admin/collections/consents/${consent.id}`)
    // The button is drawn by the server: a click before hydration does nothing, so it is tried again.
    const method = responsable.locator('select[name="method"]')
    for (let attempt = 0; attempt < 3 && (await method.count()) === 0; attempt++) {
      await responsable.getByRole('button', { name: 'Retirer ce consentement' }).click()
      await method.waitFor({ timeout: 10_000 }).catch(() => undefined)
    }
    await method.selectOption('phone')
    const reloaded = responsable.waitForEvent('load', { timeout: 60_000 })
    await responsable.getByRole('button', { name: 'Retirer le consentement' }).click()
    await responsable.getByRole('status').filter({ hasText: 'Consentement retiré' }).waitFor({ timeout: 30_000 })
    await reloaded

    expect(await bellItems(responsable)).toContain('Un consentement à l’image a été retiré (PRIV-3)')
    await look(responsable, 'responsable-bell-consent-withdrawn')

    const email = app.accounts.find((account) => account.role === 'responsable')!.email
    // E-mails leave from the jobs queue (every minute), never from inside the save.
    await expect
      .poll(() => inbox.mails.filter((mail) => mail.to.includes(email) && mail.subject.includes('Consentement retiré')).length, {
        timeout: 4 * MINUTE,
        interval: 5_000,
      })
      .toBeGreaterThan(0)
    const mail = inbox.mails.find((candidate) => candidate.to.includes(email) && candidate.subject.includes('Consentement retiré'))!
    expect(mail.text).toContain('Un consentement à l’image a été retiré (PRIV-3)')
    expect(mail.text).not.toContain('Isabelle Gagnon')
  })

  it('no English Payload message and no AM/PM appeared to anyone during the day', async () => {
    expect([...pages.keys()].sort()).toEqual(['collective', 'redaction', 'responsable'])
    // The walk did see toasts (the workflow's French confirmations): the watch works.
    expect(toasts().length).toBeGreaterThan(0)
    for (const toast of toasts()) expect(toast.text, toast.role).not.toMatch(ENGLISH)
    for (const page of pages.values()) await page.context().close()
  })
})
