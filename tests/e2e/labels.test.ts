import fs from 'node:fs'
import path from 'node:path'

import type { Browser, Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'

import type { RunningApp } from './helpers/app'
import { SCREENSHOTS } from './helpers/browser'
import { apiToken, setUpAppAndBrowser, signIn } from './helpers/session'

/** Words instead of internals, people by name, Balises' branding: as the responsible person, in French and English. */
describe('labels: rows, stages and people in words; Balises branded', () => {
  let app: RunningApp
  let browser: Browser
  setUpAppAndBrowser((a, b) => {
    app = a
    browser = b
  })
  const shots = path.join(SCREENSHOTS, 'labels')
  fs.mkdirSync(shots, { recursive: true })

  // Polled: the list's columns settle once the page has hydrated and its fonts have loaded.
  const noSideScroll = async (page: Page) =>
    expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1), { timeout: 10_000 }).toBe(true)

  for (const language of ['fr', 'en'] as const) {
    for (const width of [1440, 390]) {
      it(`the login page says what Balises is (${language}, ${width} px)`, async () => {
        const context = await browser.newContext({ viewport: { width, height: 900 } })
        await context.addCookies([{ name: 'payload-lng', value: language, url: app.url }])
        const page = await context.newPage()
        await page.goto(`${app.url}/admin/login`)
        const logo = page.getByTestId('balises-logo')
        await logo.waitFor({ timeout: 60_000 })
        expect(await logo.textContent()).toContain(language === 'fr' ? 'calendrier éditorial' : 'editorial calendar')
        expect(await page.title()).toContain('Balises')
        const icon = await page.locator('link[rel="icon"]').first().getAttribute('href')
        expect(icon).toMatch(/^data:image\/svg\+xml/)
        await noSideScroll(page)
        await page.screenshot({ path: path.join(shots, `login-${language}-${width}.png`), fullPage: true })
        await context.close()
      })
    }
  }

  // A demo draft Rémi sends for review (once for the file): its history row names the stages and the person.
  let sentForReview: Promise<{ id: number }> | undefined
  const postSentForReview = () =>
    (sentForReview ??= (async () => {
      const headers = { 'content-type': 'application/json', authorization: `JWT ${await apiToken(app, 'redaction')}` }
      const found = await fetch(`${app.url}/api/posts?limit=1&depth=0&draft=true&where[workflowStatus][equals]=draft`, { headers })
      const draft = ((await found.json()) as { docs: { id: number }[] }).docs[0]
      expect(draft, 'a demo draft by Rémi Rédaction').toBeTruthy()
      const submitted = await fetch(`${app.url}/api/posts/${draft.id}?draft=true`, {
        method: 'PATCH',
        headers,
        body: JSON.stringify({ workflowStatus: 'in_review' }),
      })
      expect(submitted.status, await submitted.clone().text()).toBe(200)
      return draft
    })())

  for (const language of ['fr', 'en'] as const) {
    for (const width of [1440, 390]) {
      it(`responsable: posts by their author's name, history and audit log in words, policy rows labelled (${language}, ${width} px)`, async () => {
        const page = await signIn(browser, app, 'responsable', { viewport: { width, height: 1000 } })
        await page.context().addCookies([{ name: 'payload-lng', value: language, url: app.url }])

        await page.goto(`${app.url}/admin/collections/posts?limit=50&columns=${encodeURIComponent(JSON.stringify(['title', 'author']))}`)
        const table = page.locator('table')
        await table.waitFor({ timeout: 60_000 })
        await expect.poll(async () => (await table.textContent()) ?? '', { timeout: 30_000 }).toContain('Rémi Rédaction')
        expect(await table.textContent()).not.toMatch(/Sans titre|Untitled|ID: \d/)
        await page.screenshot({ path: path.join(shots, `posts-${language}-${width}.png`), fullPage: true })

        const moved = await postSentForReview()
        await page.goto(`${app.url}/admin/collections/posts/${moved.id}`)
        const rows = page.locator('#field-history .balises-row-label')
        await rows.first().waitFor({ timeout: 60_000 })
        await expect.poll(async () => (await rows.allTextContents()).join(' | '), { timeout: 30_000 }).toContain(' · Rémi Rédaction')
        const history = (await rows.allTextContents()).join(' | ')
        expect(history).toContain('→')
        // Without its times (« 20 h 01 », « 8:01 PM »), which are not row numbers like « 01 ».
        expect(history.replace(/\d{1,2}(?: h |:)\d{2}/g, '')).not.toMatch(/in_review|draft|\b01\b/)
        expect(history).toContain(language === 'fr' ? 'Brouillon' : 'Draft')
        await page.locator('#field-history').scrollIntoViewIfNeeded()
        await page.screenshot({ path: path.join(shots, `post-history-${language}-${width}.png`), fullPage: true })

        await page.goto(`${app.url}/admin/collections/audit-log?limit=25`)
        const audit = page.locator('table')
        await audit.waitFor({ timeout: 60_000 })
        const auditText = (await audit.textContent()) ?? ''
        expect(auditText).not.toMatch(/in_review|workflowStatus|revokedAt/)
        if (language === 'en') expect(auditText).not.toContain('Système')
        await noSideScroll(page)
        await page.screenshot({ path: path.join(shots, `audit-log-${language}-${width}.png`), fullPage: true })

        // The networks' limits are one table, a line per network named in words (no « Channel Limit 01 »).
        await page.goto(`${app.url}/admin/globals/policy`)
        await page
          .locator('.tabs-field__tab-button', { hasText: language === 'fr' ? 'Réseaux' : 'Networks' })
          .first()
          .click()
        const facebook = page.locator('.balises-channel-table tr[data-channel="facebook"]')
        await facebook.waitFor({ timeout: 60_000 })
        expect((await facebook.locator('th').innerText()).trim()).toBe('Facebook')
        await expect.poll(() => facebook.locator('input').first().inputValue(), { timeout: 15_000 }).toBe('63206')
        expect(await facebook.locator('input').first().getAttribute('aria-label')).toBe(
          language === 'fr' ? 'Facebook — Limite de caractères' : 'Facebook — Character limit',
        )
        expect(await page.locator('.balises-channel-table').innerText()).not.toMatch(/Channel Limit|\b0\d\b/)
        await page.screenshot({ path: path.join(shots, `policy-${language}-${width}.png`), fullPage: true })
        await page.context().close()
      })
    }
  }
})
