import path from 'node:path'

import type { Browser } from 'playwright-core'
import { describe, expect, it } from 'vitest'

import type { RunningApp } from './helpers/app'
import { SCREENSHOTS } from './helpers/browser'
import { apiAsRole } from './helpers/api'
import { recordToasts } from './helpers/toasts'
import { setUpAppAndBrowser, signIn } from './helpers/session'

/** FORBID-2 in a title: refused at every stage, so a draft save and an autosave are both refused. */
const FORBID_2_TITLE = 'Écrivez-nous en message privé pour être accompagnée dans vos démarches.'
const WIDTHS = [
  [1440, 1000],
  [390, 844],
] as const

describe('forms that cannot lie, and the code of conduct (production build, Chromium, French)', () => {
  let app: RunningApp
  let browser: Browser
  setUpAppAndBrowser((started, launched) => {
    app = started
    browser = launched
  })

  const { token } = apiAsRole(() => app)
  async function postCount(): Promise<number> {
    const response = await fetch(`${app.url}/api/posts/count?draft=true`, {
      headers: { authorization: `JWT ${await token('responsable')}` },
    })
    return ((await response.json()) as { totalDocs: number }).totalDocs
  }
  async function storedTitle(id: string): Promise<string> {
    const response = await fetch(`${app.url}/api/posts/${id}?draft=true&depth=0`, {
      headers: { authorization: `JWT ${await token('responsable')}` },
    })
    return ((await response.json()) as { title: string }).title
  }

  it('« Créer » opens an unsaved form: leaving it without typing writes no post', async () => {
    const before = await postCount()
    const page = await signIn(browser, app, 'redaction')
    await page.goto(`${app.url}/admin/collections/posts/create`)
    await page.locator('#field-title').waitFor({ timeout: 60_000 })
    expect(page.url()).toMatch(/\/collections\/posts\/create$/)
    await page.locator('#action-save-draft').waitFor({ timeout: 30_000 })
    expect(await page.locator('#action-save-draft').textContent()).toContain('Enregistrer le brouillon')
    await page.goto(`${app.url}/admin`)
    await page.getByTestId('balises-dashboard').waitFor({ timeout: 60_000 })
    expect(await postCount()).toBe(before)
    await page.context().close()
  })

  it('a refused save and a refused autosave show the banner with the French rule message, at the field, until a save succeeds; no English toast', async () => {
    const page = await signIn(browser, app, 'redaction')
    const shown = await recordToasts(page.context())
    const before = await postCount()
    await page.goto(`${app.url}/admin/collections/posts/create`)
    const title = page.locator('#field-title')
    await title.waitFor({ timeout: 60_000 })
    const banner = page.getByTestId('form-error-banner')

    // 1. An explicit save of a new post, refused: nothing written.
    await title.fill(FORBID_2_TITLE)
    await page.locator('#action-save-draft').click()
    await banner.waitFor({ timeout: 60_000 })
    expect(await banner.textContent()).toContain('FORBID-2 : ')
    expect(await banner.textContent()).toContain('rien n’a été enregistré')
    expect(await postCount()).toBe(before)
    for (const [width, height] of WIDTHS) {
      await page.setViewportSize({ width, height })
      await page.evaluate(() => window.scrollTo(0, 0))
      await page.screenshot({ path: path.join(SCREENSHOTS, `form-error-banner-create-fr-${width}.png`), fullPage: true })
    }
    // The title is marked at its path while the banner stands.
    expect(await title.evaluate((input) => getComputedStyle(input).outlineStyle)).toBe('solid')
    await page.setViewportSize({ width: 1440, height: 1000 })

    // 2. Fixed and saved: the banner goes, the post exists.
    await title.fill('Atelier de prévention : inscriptions ouvertes')
    await page.locator('#action-save-draft').click()
    await page.waitForURL(/\/collections\/posts\/\d+/, { timeout: 60_000 })
    const id = /\/collections\/posts\/(\d+)/.exec(page.url())![1]
    await expect.poll(() => banner.count(), { timeout: 30_000 }).toBe(0)

    // 3. A refused autosave: the banner, no « Dernière sauvegarde… », the stored title unchanged.
    await page.locator('#field-title').fill(FORBID_2_TITLE)
    await banner.waitFor({ timeout: 60_000 })
    expect(await banner.textContent()).toContain('FORBID-2 : ')
    expect(
      await page
        .locator('.autosave')
        .isVisible()
        .catch(() => false),
    ).toBe(false)
    // Payload's toast for the refusal does not stay beside the banner.
    await expect.poll(() => page.locator('[data-sonner-toast]').count(), { timeout: 15_000 }).toBe(0)
    expect(await storedTitle(id)).toBe('Atelier de prévention : inscriptions ouvertes')
    for (const [width, height] of WIDTHS) {
      await page.setViewportSize({ width, height })
      await page.evaluate(() => window.scrollTo(0, 0))
      await page.screenshot({ path: path.join(SCREENSHOTS, `form-error-banner-autosave-fr-${width}.png`), fullPage: true })
    }
    await page.setViewportSize({ width: 1440, height: 1000 })

    // 4. Fixed: the autosave succeeds and the banner goes.
    await page.locator('#field-title').fill('Atelier de prévention : il reste des places')
    await expect.poll(() => storedTitle(id), { timeout: 60_000 }).toBe('Atelier de prévention : il reste des places')
    await expect.poll(() => banner.count(), { timeout: 30_000 }).toBe(0)

    expect(
      shown.filter((text) => /following fields? (is|are) invalid|This field is required|invalid relationships|workflowStatus/.test(text)),
      JSON.stringify(shown),
    ).toEqual([])

    // The same in English, for the screenshots.
    await page.context().addCookies([{ name: 'payload-lng', value: 'en', url: app.url }])
    await page.goto(`${app.url}/admin/collections/posts/${id}`)
    await page.locator('#field-title').waitFor({ timeout: 60_000 })
    await page.locator('#field-title').fill(FORBID_2_TITLE)
    await banner.waitFor({ timeout: 60_000 })
    expect(await banner.textContent()).toContain('The save was refused')
    expect(await banner.textContent()).toContain('FORBID-2: ')
    for (const [width, height] of WIDTHS) {
      await page.setViewportSize({ width, height })
      await page.evaluate(() => window.scrollTo(0, 0))
      await page.screenshot({ path: path.join(SCREENSHOTS, `form-error-banner-en-${width}.png`), fullPage: true })
    }
    await page.context().close()
  })

  it('a new account without the code of conduct reads it and accepts it, on its account page and at « Créer », then creates', async () => {
    const email = 'nouvelle.personne@demo.balises.test'
    const password = 'Une-phrase-de-passe-assez-longue-1'
    const created = await fetch(`${app.url}/api/users`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `JWT ${await token('admin')}` },
      body: JSON.stringify({
        email,
        password,
        name: 'Nouvelle Personne',
        roles: ['redaction'],
        codeOfConductAcceptedAt: '2026-01-01T10:00:00.000Z',
      }),
    })
    expect(created.status).toBe(201)
    // The administrator's date was not taken, nor through GraphQL.
    const doc = ((await created.json()) as { doc: { id: number; codeOfConductAcceptedAt?: string | null } }).doc
    expect(doc.codeOfConductAcceptedAt ?? null).toBeNull()
    const graphql = await fetch(`${app.url}/api/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `JWT ${await token('admin')}` },
      body: JSON.stringify({
        query: `mutation { updateUser(id: ${doc.id}, data: { codeOfConductAcceptedAt: "2026-01-01T10:00:00.000Z", codeOfConductVersion: 9 }) { codeOfConductAcceptedAt codeOfConductVersion } }`,
      }),
    })
    const answer = (await graphql.json()) as {
      data?: { updateUser?: { codeOfConductAcceptedAt: string | null; codeOfConductVersion: number | null } }
    }
    expect(answer.data?.updateUser, JSON.stringify(answer)).toEqual({ codeOfConductAcceptedAt: null, codeOfConductVersion: null })

    const page = await (await browser.newContext({ viewport: { width: 1440, height: 1000 } })).newPage()
    await page.goto(`${app.url}/admin/login`)
    await page.locator('input[name="email"]').fill(email)
    await page.locator('input[name="password"]').fill(password)
    await page.getByRole('button', { name: 'Se connecter' }).click()
    await page.getByTestId('balises-dashboard').waitFor({ timeout: 60_000 })
    expect(await page.getByTestId('dashboard-code-of-conduct').textContent()).toContain('J’accepte')

    for (const language of ['fr', 'en'] as const) {
      await page.context().addCookies([{ name: 'payload-lng', value: language, url: app.url }])
      await page.goto(`${app.url}/admin/account`)
      const text = page.getByTestId('code-of-conduct-text')
      await text.waitFor({ timeout: 60_000 })
      expect(await text.textContent()).toContain(language === 'fr' ? '« ami »' : '"friends"')
      expect(await page.getByTestId('code-of-conduct-accept').textContent()).toBe(language === 'fr' ? 'J’accepte' : 'I accept')
      for (const [width, height] of WIDTHS) {
        await page.setViewportSize({ width, height })
        await page.evaluate(() => window.scrollTo(0, 0))
        await page.screenshot({ path: path.join(SCREENSHOTS, `code-of-conduct-account-${language}-${width}.png`), fullPage: true })
      }
      await page.setViewportSize({ width: 1440, height: 1000 })
      await page.goto(`${app.url}/admin/collections/posts/create`)
      await page.getByTestId('code-of-conduct-gate').waitFor({ timeout: 60_000 })
      for (const [width, height] of WIDTHS) {
        await page.setViewportSize({ width, height })
        await page.evaluate(() => window.scrollTo(0, 0))
        await page.screenshot({ path: path.join(SCREENSHOTS, `code-of-conduct-create-${language}-${width}.png`), fullPage: true })
      }
      await page.setViewportSize({ width: 1440, height: 1000 })
    }

    await page.context().addCookies([{ name: 'payload-lng', value: 'fr', url: app.url }])
    await page.goto(`${app.url}/admin/collections/posts/create`)
    await page.getByTestId('code-of-conduct-accept').click()
    await expect.poll(() => page.getByTestId('code-of-conduct-gate').count(), { timeout: 60_000 }).toBe(0)
    await page.locator('#field-title').waitFor({ timeout: 60_000 })
    await page.locator('#field-title').fill('Ma première publication')
    await page.locator('#action-save-draft').click()
    await page.waitForURL(/\/collections\/posts\/\d+/, { timeout: 60_000 })

    await page.goto(`${app.url}/admin/account`)
    const status = page.getByTestId('code-of-conduct-acceptance')
    await status.waitFor({ timeout: 60_000 })
    await expect
      .poll(() => status.textContent(), { timeout: 30_000 })
      .toMatch(/Vous avez accepté la version 1 du code de conduite le \d{1,2} \p{L}+\.? 20\d\d, \d{1,2} h \d\d/u)
    await page.screenshot({ path: path.join(SCREENSHOTS, 'code-of-conduct-accepted-fr-1440.png'), fullPage: true })
    await page.context().close()
  })

  it('the policy settings show the versioned code of conduct, in French and English', async () => {
    const page = await signIn(browser, app, 'responsable')
    for (const language of ['fr', 'en'] as const) {
      await page.context().addCookies([{ name: 'payload-lng', value: language, url: app.url }])
      await page.goto(`${app.url}/admin/globals/policy`)
      const tab = page.locator('.tabs-field__tab-button', { hasText: language === 'fr' ? 'Code de conduite' : 'Code of conduct' })
      await tab.first().waitFor({ timeout: 90_000 })
      await tab.first().click()
      const heading = page.getByText(language === 'fr' ? 'Code de conduite (FORBID-3)' : 'Code of conduct (FORBID-3)').first()
      await heading.waitFor({ timeout: 90_000 })
      for (const [width, height] of WIDTHS) {
        await page.setViewportSize({ width, height })
        await heading.scrollIntoViewIfNeeded()
        await page.screenshot({ path: path.join(SCREENSHOTS, `code-of-conduct-policy-${language}-${width}.png`) })
      }
      await page.setViewportSize({ width: 1440, height: 1000 })
    }
    await page.context().close()
  })
})
