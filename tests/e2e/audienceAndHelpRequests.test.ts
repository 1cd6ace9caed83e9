import path from 'node:path'

import type { Browser } from 'playwright-core'
import { describe, expect, it } from 'vitest'

import { ROOT, type RunningApp } from './helpers/app'
import { SCREENSHOTS } from './helpers/browser'
import { apiToken, setUpAppAndBrowser, signIn } from './helpers/session'

const SAMPLE = path.join(ROOT, 'docs', 'samples', 'audience-2025-2026.csv')

describe('GOV-3 audience import and FORBID-2 help requests in the admin', () => {
  let app: RunningApp
  let browser: Browser

  setUpAppAndBrowser((started, launched) => {
    app = started
    browser = launched
  })

  async function importSample(): Promise<string> {
    const page = await signIn(browser, app, 'responsable')
    await page.goto(`${app.url}/admin/import-audience`)
    await page.getByTestId('audience-import-file').setInputFiles(SAMPLE)
    await page.getByTestId('audience-import-counts').waitFor({ timeout: 30_000 })
    expect(await page.getByTestId('audience-import-summary').textContent()).toMatch(/36 ligne/)
    await page.screenshot({ path: path.join(SCREENSHOTS, 'audience-import-preview.png'), fullPage: true })
    await page.locator('#audience-import-commit').click()
    const done = page.getByTestId('audience-import-done')
    await done.waitFor({ timeout: 60_000 })
    await page.screenshot({ path: path.join(SCREENSHOTS, 'audience-import-done.png'), fullPage: true })
    const text = (await done.textContent()) ?? ''
    await page.context().close()
    return text
  }

  it('imports a year of follower counts from the sample CSV, and a second import changes nothing', async () => {
    const first = await importSample()
    const counts = /(\d+) relevé\(s\) créé\(s\), (\d+) mis à jour, (\d+) inchangé/.exec(first)
    expect(counts, first).not.toBeNull()
    expect(
      counts!
        .slice(1, 4)
        .map(Number)
        .reduce((sum, value) => sum + value, 0),
    ).toBe(36)

    const token = await apiToken(app, 'responsable')
    const stored = await fetch(
      `${app.url}/api/audience-snapshots?where[date][greater_than_equal]=2025-04-01&where[date][less_than]=2026-04-02&where[channel][in]=facebook,instagram,linkedin&limit=0&depth=0`,
      {
        headers: { authorization: `JWT ${token}` },
      },
    )
    const body = (await stored.json()) as { totalDocs: number; docs: { channel: string; date: string; followers: number }[] }
    const april = body.docs.find((doc) => doc.channel === 'facebook' && doc.date.startsWith('2025-04-01'))
    expect(april?.followers).toBe(1842)

    expect(await importSample()).toMatch(/0 relevé\(s\) créé\(s\), 0 mis à jour, 36 inchangé/)
  })

  it('shows the redirection reply in French and English and copies it in one click', async () => {
    const page = await signIn(browser, app, 'redaction', { permissions: ['clipboard-read', 'clipboard-write'] })
    await page.goto(`${app.url}/admin/collections/help-requests`)
    const french = page.getByTestId('help-reply-fr')
    await french.waitFor({ timeout: 30_000 })
    const reply = ((await french.textContent()) ?? '').trim()
    expect(reply).toMatch(/811/)
    expect(reply).toMatch(/911/)
    expect(await page.getByTestId('help-reply-en').textContent()).toMatch(/Info-Social/)
    await page.locator('#copy-help-reply-fr').click()
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(reply)
    expect(await page.getByTestId('help-request-count').textContent()).toMatch(/demande\(s\) cette année de rapport/)
    await page.screenshot({ path: path.join(SCREENSHOTS, 'help-requests.png'), fullPage: true })
  })
})
