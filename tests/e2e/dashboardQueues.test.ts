import path from 'node:path'

import type { Browser, Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'

import type { RunningApp } from './helpers/app'
import { SCREENSHOTS } from './helpers/browser'
import { setUpAppAndBrowser, signIn } from './helpers/session'

const QUEUES: Record<string, string[]> = {
  redaction: ['sent-back', 'my-drafts', 'scheduled-this-week'],
  responsable: ['to-review', 'to-schedule', 'publish-refused', 'to-handle'],
  collective: ['collective'],
}
const NOT_FOR: Record<string, string[]> = {
  redaction: ['to-review', 'to-handle', 'publish-refused', 'collective'],
  responsable: ['my-drafts', 'collective'],
  collective: ['to-handle', 'to-review', 'my-drafts'],
}

async function shoot(page: Page, name: string) {
  for (const [width, height] of [
    [1440, 1000],
    [390, 844],
  ] as const) {
    await page.setViewportSize({ width, height })
    await page.waitForTimeout(300)
    await page.screenshot({ path: path.join(SCREENSHOTS, `${name}-${width}.png`), fullPage: true, timeout: 60_000 })
  }
  await page.setViewportSize({ width: 1440, height: 1000 })
}

describe('the dashboard opens on what waits for each role (production build, demo data)', () => {
  let app: RunningApp
  let browser: Browser

  setUpAppAndBrowser((started, launched) => {
    app = started
    browser = launched
  })

  for (const role of Object.keys(QUEUES)) {
    it(`${role}: its queues with counts and links, the same counts in the navigation, in French and English`, async () => {
      const page = await signIn(browser, app, role)
      for (const name of QUEUES[role]) {
        const section = page.getByTestId(`queue-${name}`)
        await section.waitFor({ timeout: 30_000 })
        const count = Number(await section.getAttribute('data-count'))
        expect(await page.getByTestId(`nav-count-${name}`).first().textContent()).toBe(String(count))
        const items = section.getByTestId('queue-item')
        expect(await items.count()).toBeLessThanOrEqual(Math.min(count, 5))
        if ((await items.count()) > 0)
          expect(await items.first().locator('a').getAttribute('href')).toMatch(/^\/admin\/collections\/(posts|positions)\/\d+$/)
      }
      for (const name of NOT_FOR[role]) expect(await page.getByTestId(`queue-${name}`).count()).toBe(0)
      const text = (await page.getByTestId('balises-dashboard').textContent()) ?? ''
      expect(text).not.toMatch(/\b(in_review|draft|scheduled|AM|PM)\b/)
      await shoot(page, `dashboard-${role}-fr`)

      await page.context().addCookies([{ name: 'payload-lng', value: 'en', url: app.url }])
      await page.goto(`${app.url}/admin`)
      await page.getByTestId(`queue-${QUEUES[role][0]}`).waitFor({ timeout: 30_000 })
      expect(await page.getByTestId('balises-dashboard').textContent()).toContain('What is waiting for you')
      await shoot(page, `dashboard-${role}-en`)
      await page.context().close()
    })
  }

  it('responsable: a queue row opens the post, « À traiter » links to its view', async () => {
    const page = await signIn(browser, app, 'responsable')
    const review = page.getByTestId('queue-to-review')
    await review.waitFor({ timeout: 30_000 })
    expect(Number(await review.getAttribute('data-count'))).toBeGreaterThan(0)
    expect(await page.getByTestId('queue-to-handle').locator('a').getAttribute('href')).toBe('/admin/a-traiter')
    await review.getByTestId('queue-item').first().locator('a').click()
    await page.waitForURL(/\/admin\/collections\/posts\/\d+/, { timeout: 60_000 })
    await page.context().close()
  })
})
