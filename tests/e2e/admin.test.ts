import path from 'node:path'

import type { Browser } from 'playwright-core'
import { describe, expect, it } from 'vitest'

import type { RunningApp } from './helpers/app'
import { SCREENSHOTS } from './helpers/browser'
import { setUpAppAndBrowser } from './helpers/session'

const ROLE_LABELS_FR: Record<string, string> = {
  admin: 'Administration',
  responsable: 'Personne responsable',
  redaction: 'Rédaction',
  collective: 'Membre de la Collective',
}

describe('the French admin, served by `npm start` (production build, Express edge)', () => {
  let app: RunningApp
  let browser: Browser

  setUpAppAndBrowser((started, launched) => {
    app = started
    browser = launched
  })

  it('prints one demo account per role, with a password', () => {
    expect(app.accounts.map((account) => account.role).sort()).toEqual(['admin', 'collective', 'redaction', 'responsable'])
    for (const account of app.accounts) expect(account.password.length).toBeGreaterThanOrEqual(12)
  })

  for (const role of ['admin', 'responsable', 'redaction', 'collective']) {
    it(`${role}: logs in and sees the French dashboard, even with an English browser`, async () => {
      const account = app.accounts.find((candidate) => candidate.role === role)!
      const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 900 } })
      const page = await context.newPage()
      await page.goto(`${app.url}/admin/login`)
      await page.locator('input[name="email"]').fill(account.email)
      await page.locator('input[name="password"]').fill(account.password)
      await page.getByRole('button', { name: 'Se connecter' }).click()
      const dashboard = page.getByTestId('balises-dashboard')
      await dashboard.waitFor({ timeout: 60_000 })
      await expect.poll(() => dashboard.textContent()).toContain('Bienvenue dans Balises')
      expect(await dashboard.textContent()).toContain(ROLE_LABELS_FR[role])
      expect(await page.locator('html').getAttribute('lang')).toBe('fr')
      await page.screenshot({ path: path.join(SCREENSHOTS, `dashboard-${role}.png`), fullPage: true })
      await context.close()
    })
  }

  it('admin: the categories list shows the ten seeded categories', async () => {
    const admin = app.accounts.find((account) => account.role === 'admin')!
    const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } })
    const page = await context.newPage()
    await page.goto(`${app.url}/admin/login`)
    await page.locator('input[name="email"]').fill(admin.email)
    await page.locator('input[name="password"]').fill(admin.password)
    await page.getByRole('button', { name: 'Se connecter' }).click()
    await page.getByTestId('balises-dashboard').waitFor({ timeout: 60_000 })
    await page.goto(`${app.url}/admin/collections/categories?limit=25`)
    const rows = page.locator('table tbody tr')
    await expect.poll(() => rows.count(), { timeout: 30_000 }).toBe(10)
    const text = await page.locator('table').textContent()
    for (let code = 1; code <= 10; code++) expect(text).toContain(`CAT-${code}`)
    expect(text).toContain("Offres d'emploi, de stage ou de bénévolat")
    await page.screenshot({ path: path.join(SCREENSHOTS, 'categories-list.png'), fullPage: true })
    await context.close()
  })
})
