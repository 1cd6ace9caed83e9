import path from 'node:path'

import type { Browser, Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'

import { addDays } from '../../src/time/days'
import { dayKey, fromWallClock } from '../../src/time/zonedTime'
import type { RunningApp } from './helpers/app'
import { SCREENSHOTS } from './helpers/browser'
import { apiAsRole } from './helpers/api'
import { setUpAppAndBrowser, signIn } from './helpers/session'

const ZONE = 'America/Toronto'

describe('workflow actions in the post edit view and the list (production build, Chromium)', () => {
  let app: RunningApp
  let browser: Browser
  setUpAppAndBrowser((started, launched) => {
    app = started
    browser = launched
  })

  const { api } = apiAsRole(() => app)
  async function draft(title: string): Promise<number> {
    const category = (await api('redaction', '/api/categories?where[code][equals]=CAT-2&depth=0')).docs[0]
    const { doc } = await api('redaction', '/api/posts', 'POST', {
      title,
      category: category.id,
      channels: [{ channel: 'facebook', text: 'Nos animatrices offrent des ateliers de prévention dans les écoles du quartier.' }],
    })
    return doc.id
  }
  const stage = async (id: number) => (await api('responsable', `/api/posts/${id}?draft=true&depth=0`)).workflowStatus
  async function shot(page: Page, name: string) {
    // Relationship labels and the compliance panel load after the page: wait for them.
    await page.waitForLoadState('networkidle', { timeout: 15_000 }).catch(() => undefined)
    await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: false })
  }

  /** The list's menu button is rendered by the server: a click before hydration does nothing, so it is tried again. */
  async function openRowMenu(page: Page, button: ReturnType<Page['getByTestId']>) {
    await button.waitFor({ timeout: 60_000 })
    await page.waitForLoadState('networkidle', { timeout: 15_000 }).catch(() => undefined)
    for (let attempt = 0; attempt < 3; attempt++) {
      if ((await page.getByTestId('workflow-row-actions').count()) === 0) await button.click()
      const opened = await page
        .getByTestId('workflow-row-actions')
        .getByRole('button')
        .first()
        .waitFor({ timeout: 10_000 })
        .then(
          () => true,
          () => false,
        )
      if (opened) return
    }
    throw new Error('the row menu did not open')
  }
  async function openPost(page: Page, id: number, expectedStage: string) {
    await page.goto(`${app.url}/admin/collections/posts/${id}`)
    await page.getByTestId('workflow-badge').filter({ hasText: expectedStage }).waitFor({ timeout: 60_000 })
  }
  /** One action through its dialog; the badge shows the new stage without a reload. */
  async function act(page: Page, action: string, newStage: string, fill?: (dialog: ReturnType<Page['getByTestId']>) => Promise<void>) {
    await page.getByTestId(`workflow-action-${action}`).click()
    const dialog = page.getByTestId('workflow-dialog')
    await dialog.waitFor()
    if (fill) await fill(dialog)
    await dialog.getByTestId('workflow-dialog-confirm').click()
    await dialog.waitFor({ state: 'detached', timeout: 30_000 })
    await page.getByTestId('workflow-badge').filter({ hasText: newStage }).waitFor({ timeout: 30_000 })
    await page.getByText('C’est fait : la publication est maintenant').first().waitFor({ timeout: 10_000 })
  }

  it(
    'redaction submits, the responsible person sends back with a comment, redaction re-submits, it is approved with the checklist, scheduled at a time; another post is published now',
    { timeout: 300_000 },
    async () => {
      const id = await draft('Atelier de prévention — parcours du flux')
      const redaction = await signIn(browser, app, 'redaction')
      await openPost(redaction, id, 'Brouillon')
      // One status only: Payload's « Statut » and its publish button are gone.
      expect(
        await redaction
          .locator('.doc-controls')
          .getByText(/^Statut/)
          .count(),
      ).toBe(0)
      expect(await redaction.getByRole('button', { name: 'Publier les modifications' }).count()).toBe(0)
      expect(await redaction.getByTestId('workflow-action-approve').count()).toBe(0)
      await act(redaction, 'submit', 'En révision')
      expect(await stage(id)).toBe('in_review')
      expect(await redaction.getByTestId('workflow-action-withdraw').count()).toBe(1)

      const responsable = await signIn(browser, app, 'responsable')
      await openPost(responsable, id, 'En révision')
      // Without the comment: the server's French message, naming its rule, at the field.
      await responsable.getByTestId('workflow-action-sendBack').click()
      const dialog = responsable.getByTestId('workflow-dialog')
      await dialog.getByTestId('workflow-dialog-confirm').click()
      await dialog.getByText('GOV-4 : renvoyer une publication en rédaction demande un commentaire').waitFor({ timeout: 30_000 })
      expect(await dialog.getByTestId('workflow-dialog-reason').getAttribute('aria-invalid')).toBe('true')
      await shot(responsable, 'workflow-sendback-refused-fr-1440')
      await dialog.getByTestId('workflow-dialog-cancel').click()
      await act(responsable, 'sendBack', 'Brouillon', (open) =>
        open.getByTestId('workflow-dialog-reason').fill('Ajoutez le numéro de téléphone de l’organisme.'),
      )
      const history = (await api('responsable', `/api/posts/${id}?draft=true&depth=0`)).history
      expect(history.at(-1)).toMatchObject({ from: 'in_review', to: 'draft', reason: 'Ajoutez le numéro de téléphone de l’organisme.' })

      await openPost(redaction, id, 'Brouillon')
      await act(redaction, 'submit', 'En révision')

      await openPost(responsable, id, 'En révision')
      await responsable.getByTestId('workflow-action-approve').click()
      const approval = responsable.getByTestId('workflow-dialog')
      const items = approval.getByTestId('workflow-checklist-item')
      expect(await items.count()).toBe(3)
      await items.nth(0).check()
      await items.nth(1).check()
      await approval.getByTestId('workflow-dialog-confirm').click()
      await approval.getByText('GOV-6').first().waitFor({ timeout: 30_000 })
      expect(await stage(id)).toBe('in_review')
      await items.nth(2).check()
      await approval.getByTestId('workflow-dialog-confirm').click()
      await approval.waitFor({ state: 'detached', timeout: 30_000 })
      await responsable.getByTestId('workflow-badge').filter({ hasText: 'Approuvée' }).waitFor({ timeout: 30_000 })

      const day = addDays(dayKey(new Date(), ZONE), 3)
      await act(responsable, 'schedule', 'Programmée', async (open) => {
        await open.getByTestId('workflow-dialog-date').fill(day)
        await open.getByTestId('workflow-dialog-time').fill('14:30')
        expect(await open.getByTestId('workflow-dialog-when').textContent()).toMatch(/^\d{1,2} \S+ \d{4}, 14 h 30$/)
      })
      const scheduled = await api('responsable', `/api/posts/${id}?draft=true&depth=0`)
      expect(scheduled).toMatchObject({ workflowStatus: 'scheduled', publishAt: fromWallClock(`${day}T14:30`, ZONE).toISOString() })

      const other = await draft('Journée portes ouvertes — publiée tout de suite')
      await api('redaction', `/api/posts/${other}/workflow`, 'POST', { action: 'submit' })
      await api('responsable', `/api/posts/${other}/workflow`, 'POST', { action: 'approve', valuesConfirmed: true })
      await openPost(responsable, other, 'Approuvée')
      await act(responsable, 'publishNow', 'Publiée')
      expect(await stage(other)).toBe('published')
      const anonymous = await fetch(`${app.url}/api/posts/${other}?depth=0`)
      expect(anonymous.status).toBe(200)
    },
  )

  it(
    'FORBID-1: the responsible person approves with a written override, after the server refused without it',
    { timeout: 240_000 },
    async () => {
      const category = (await api('redaction', '/api/categories?where[code][equals]=CAT-2&depth=0')).docs[0]
      const { doc } = await api('redaction', '/api/posts', 'POST', {
        title: 'Souligner les 20 ans de service de Julie',
        category: category.id,
        channels: [{ channel: 'facebook', text: 'Joyeux anniversaire à notre coordonnatrice Julie !' }],
      })
      await api('redaction', `/api/posts/${doc.id}/workflow`, 'POST', { action: 'submit' })
      const page = await signIn(browser, app, 'responsable')
      await openPost(page, doc.id, 'En révision')
      await page.getByTestId('workflow-action-approve').click()
      const dialog = page.getByTestId('workflow-dialog')
      for (const item of await dialog.getByTestId('workflow-checklist-item').all()) await item.check()
      await dialog.getByTestId('workflow-dialog-confirm').click()
      await dialog.getByTestId('workflow-dialog-errors').getByText('FORBID-1').first().waitFor({ timeout: 30_000 })
      await dialog.getByTestId('workflow-dialog-override').fill('Julie a donné son accord écrit pour souligner ses 20 ans de service.')
      await shot(page, 'workflow-dialog-approve-override-fr-1440')
      await dialog.getByTestId('workflow-dialog-confirm').click()
      await dialog.waitFor({ state: 'detached', timeout: 30_000 })
      await page.getByTestId('workflow-badge').filter({ hasText: 'Approuvée' }).waitFor({ timeout: 30_000 })
      const saved = await api('responsable', `/api/posts/${doc.id}?draft=true&depth=0`)
      expect(saved.overrides).toEqual([expect.objectContaining({ rule: 'FORBID-1', justification: expect.stringContaining('20 ans') })])
    },
  )

  it('the list shows the stage as a badge with the same actions in a row menu, and no bulk publish', async () => {
    const id = await draft('Atelier — depuis la liste')
    const page = await signIn(browser, app, 'redaction')
    await page.goto(`${app.url}/admin/collections/posts?where[id][equals]=${id}`)
    const row = page.locator('tr', { hasText: 'Atelier — depuis la liste' })
    await row.getByTestId('workflow-badge').filter({ hasText: 'Brouillon' }).waitFor({ timeout: 60_000 })
    await openRowMenu(page, row.getByTestId('workflow-row-menu'))
    await page.getByTestId('workflow-row-actions').getByTestId('workflow-action-submit').click()
    await page.getByTestId('workflow-dialog-confirm').click()
    await row.getByTestId('workflow-badge').filter({ hasText: 'En révision' }).waitFor({ timeout: 30_000 })
    expect(await stage(id)).toBe('in_review')
    await page.locator('tr input[type="checkbox"]').first().check()
    expect(await page.getByText('Publier', { exact: true }).count()).toBe(0)
    expect(await page.getByText('Dépublier', { exact: true }).count()).toBe(0)
  })

  it('screenshots of the action bar and of each dialog, in French and English, at 1440 and 390 px', { timeout: 480_000 }, async () => {
    const review = await draft('Capsule sur le consentement des enfants — révision')
    await api('redaction', `/api/posts/${review}/workflow`, 'POST', { action: 'submit' })
    const approved = await draft('Capsule sur les limites corporelles — approuvée')
    await api('redaction', `/api/posts/${approved}/workflow`, 'POST', { action: 'submit' })
    await api('responsable', `/api/posts/${approved}/workflow`, 'POST', { action: 'approve', valuesConfirmed: true })
    const page = await signIn(browser, app, 'responsable')
    const dialogs: [number, string[]][] = [
      [review, ['sendBack', 'approve', 'archive']],
      [approved, ['schedule', 'publishNow']],
    ]
    for (const language of ['fr', 'en']) {
      await page.context().addCookies([{ name: 'payload-lng', value: language, url: app.url }])
      for (const [width, height] of [
        [1440, 1000],
        [390, 844],
      ] as const) {
        await page.setViewportSize({ width, height })
        for (const [id, actions] of dialogs) {
          await page.goto(`${app.url}/admin/collections/posts/${id}`)
          await page.getByTestId('workflow-badge').waitFor({ timeout: 60_000 })
          await page.getByTestId(`workflow-action-${actions[0]}`).waitFor({ timeout: 30_000 })
          await shot(page, `workflow-edit-${id === review ? 'in-review' : 'approved'}-${language}-${width}`)
          for (const action of actions) {
            await page.getByTestId(`workflow-action-${action}`).click()
            await page.getByTestId('workflow-dialog').waitFor()
            await shot(page, `workflow-dialog-${action}-${language}-${width}`)
            await page.getByTestId('workflow-dialog-cancel').click()
          }
        }
        await page.goto(`${app.url}/admin/collections/posts?where[id][in]=${review},${approved}`)
        await openRowMenu(page, page.getByTestId('workflow-row-menu').first())
        await shot(page, `workflow-list-menu-${language}-${width}`)
      }
    }
    const text = (await page.locator('body').textContent()) ?? ''
    expect(text).not.toMatch(/\b(AM|PM)\b/)
  })
})
