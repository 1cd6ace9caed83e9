import path from 'node:path'

import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { addDays } from '../../src/time/days'
import { dayKey, startOfDay } from '../../src/time/zonedTime'
import { reportingYear } from '../../src/reports/reportingYear'
import { startApp, type RunningApp } from './helpers/app'
import { launchChromium, SCREENSHOTS } from './helpers/browser'
import { apiToken, signIn } from './helpers/session'

describe('GOV-3 / GOV-2 in the admin: the activity report and the meeting digest on demo data', () => {
  let app: RunningApp
  let browser: Browser
  let page: Page

  beforeAll(async () => {
    app = await startApp()
    browser = await launchChromium()
    page = await signIn(browser, app, 'responsable')
  })
  afterAll(async () => {
    await browser?.close()
    await app?.stop()
  })

  async function api(route: string): Promise<any> {
    const response = await fetch(`${app.url}${route}`, { headers: { authorization: `JWT ${await apiToken(app, 'responsable')}` } })
    const json = await response.json()
    expect(response.status, JSON.stringify(json)).toBe(200)
    return json
  }

  /** REST count of posts published (by the moment they went out) from `from` to `to` (excluded). */
  async function publishedBetween(from: Date, to: Date): Promise<number> {
    const where = [
      'where[workflowStatus][equals]=published',
      `where[publishedAt][greater_than_equal]=${encodeURIComponent(from.toISOString())}`,
      `where[publishedAt][less_than]=${encodeURIComponent(to.toISOString())}`,
    ].join('&')
    return (await api(`/api/posts?${where}&draft=true&depth=0&limit=1`)).totalDocs
  }
  const shownTotal = async () =>
    Number(((await page.getByTestId('report-total-posts').locator('.balises-report__figure').textContent()) ?? '').replace(/\D/g, ''))

  it('opens on the fiscal year, whose total equals the REST count of its published posts', async () => {
    const policy = await api('/api/globals/policy?depth=0')
    const year = reportingYear(new Date(), policy.reportingYearStartMonth ?? 4, policy.timeZone)
    await page.goto(`${app.url}/admin/rapports`)
    await page.locator('[data-testid="report-charts"][data-ready="true"]').waitFor({ timeout: 60_000 })
    expect(await page.getByTestId('report-period').textContent()).toContain(`Exercice ${year.label}`)
    // Early in a fiscal year the demo's published posts may all lie in the previous one: 0 is then right.
    expect(await shownTotal()).toBe(await publishedBetween(year.from, year.to))
  })

  it('shows the six weeks behind today (demo posts are published there on any day of the year), with charts; prints without the admin around it', async () => {
    const policy = await api('/api/globals/policy?depth=0')
    const zone = policy.timeZone
    const year = reportingYear(new Date(), policy.reportingYearStartMonth ?? 4, zone)
    const today = dayKey(new Date(), zone)
    const from = addDays(today, -42)
    const totalDocs = await publishedBetween(startOfDay(from, zone), startOfDay(addDays(today, 1), zone))
    expect(totalDocs).toBeGreaterThan(0)

    await page.goto(`${app.url}/admin/rapports?from=${from}&until=${today}`)
    await page.locator('[data-testid="report-charts"][data-ready="true"]').waitFor({ timeout: 60_000 })
    expect(await page.locator('.balises-report__chart canvas').count()).toBe(2)
    expect(await shownTotal()).toBe(totalDocs)
    expect(Number(((await page.getByTestId('report-table-total').textContent()) ?? '').replace(/\D/g, ''))).toBe(totalDocs)
    const audience = (await page.getByTestId('report-audience').textContent()) ?? ''
    for (const network of ['Facebook', 'Instagram', 'LinkedIn']) expect(audience).toContain(network)
    await page.screenshot({ path: path.join(SCREENSHOTS, 'reports.png'), fullPage: true })

    // Print: an A4 page's width (210 mm at 96 dpi), print styles, charts redrawn for it.
    await page.setViewportSize({ width: 794, height: 1123 })
    await page.emulateMedia({ media: 'print' })
    expect(await page.locator('.nav').isVisible()).toBe(false)
    expect(await page.locator('.app-header').isVisible()).toBe(false)
    expect(await page.locator('.balises-report__toolbar').isVisible()).toBe(false)
    expect(await page.getByTestId('report-by-category').isVisible()).toBe(true)
    await expect
      .poll(() =>
        page
          .locator('.balises-report__chart canvas')
          .first()
          .evaluate((canvas) => canvas.getBoundingClientRect().width),
      )
      .toBeLessThan(794)
    await page.screenshot({ path: path.join(SCREENSHOTS, 'reports-print.png'), fullPage: true })
    await page.emulateMedia({ media: 'screen' })
    await page.setViewportSize({ width: 1440, height: 1000 })

    // « Année précédente »: the previous fiscal year, through the same form.
    await page.goto(`${app.url}/admin/rapports`)
    const previous = reportingYear(new Date(year.from.getTime() - 1), policy.reportingYearStartMonth ?? 4, zone)
    await page.getByRole('link', { name: `Année précédente (${previous.label})` }).click()
    await page.waitForURL(/until=/)
    expect(await page.getByTestId('report-period').textContent()).toContain(`Exercice ${previous.label}`)
    expect(page.url()).toContain(`from=${dayKey(previous.from, zone)}`)

    // A period that ends before it starts: said so, and the current year is shown instead.
    await page.goto(`${app.url}/admin/rapports?from=2026-05-01&until=2026-04-01`)
    expect(await page.getByRole('alert').filter({ hasText: 'Période invalide' }).textContent()).toContain('doit précéder')
    expect(await page.getByTestId('report-period').textContent()).toContain(`Exercice ${year.label}`)
  })

  it('exports the period as a French CSV download (BOM, semicolons) from « Exporter en CSV »', async () => {
    await page.goto(`${app.url}/admin/rapports`)
    const link = page.getByRole('link', { name: 'Exporter en CSV' })
    const href = (await link.getAttribute('href')) ?? ''
    expect(href).toContain('/api/reports/activity?format=csv&lang=fr')
    const response = await page.request.get(new URL(href, app.url).toString())
    expect(response.status(), await response.text()).toBe(200)
    expect(response.headers()['content-disposition']).toMatch(
      /^attachment; filename="rapport-activite_\d{4}-\d{2}-\d{2}_\d{4}-\d{2}-\d{2}\.csv"$/,
    )
    const body = await response.body()
    expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const lines = body.subarray(3).toString('utf8').split('\r\n')
    expect(lines[0]).toBe('Section;Code;Libellé;Date;Valeur')
    const total = lines.find((line) => line.startsWith('Publications publiées (total);'))
    const shown = (await page.getByTestId('report-total-posts').locator('.balises-report__figure').textContent()) ?? ''
    expect(total?.split(';').at(-1)).toBe(shown.replace(/\D/g, ''))
  })

  it('speaks English to an English-speaking admin, CSV included', async () => {
    await page.context().addCookies([{ name: 'payload-lng', value: 'en', url: app.url }])
    try {
      await page.goto(`${app.url}/admin/rapports`)
      await page.locator('[data-testid="report-charts"][data-ready="true"]').waitFor({ timeout: 60_000 })
      expect(await page.locator('h1').first().textContent()).toBe('Activity report — social media')
      const href = (await page.getByRole('link', { name: 'Export as CSV' }).getAttribute('href')) ?? ''
      expect(href).toContain('lang=en')
      await page.screenshot({ path: path.join(SCREENSHOTS, 'reports-en.png'), fullPage: true })
    } finally {
      await page.context().addCookies([{ name: 'payload-lng', value: 'fr', url: app.url }])
    }
  })

  it('shows the meeting digest since the last meeting, with its Markdown copy button', async () => {
    await page.goto(`${app.url}/admin/reunion`)
    const copy = page.getByTestId('digest-copy-markdown')
    await copy.waitFor({ timeout: 60_000 })
    expect(await copy.isVisible()).toBe(true)
    await page.screenshot({ path: path.join(SCREENSHOTS, 'digest.png'), fullPage: true })
  })
})
