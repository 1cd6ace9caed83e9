import type { Browser, Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'

import type { RunningApp } from './helpers/app'
import { setUpAppAndBrowser, signIn } from './helpers/session'

const scriptSources = (policy: string | null) => (policy ?? '').split(';').find((directive) => directive.startsWith('script-src')) ?? ''

/** Collects the content-policy refusals and script errors `page` reports. */
function watch(page: Page, problems: string[]): Page {
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) problems.push(message.text())
  })
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`))
  return page
}

describe('content policy: the admin runs without inline scripts allowed (production build)', () => {
  let app: RunningApp
  let browser: Browser
  setUpAppAndBrowser((started, chromium) => {
    app = started
    browser = chromium
  })

  it("allows inline scripts only with a nonce that is new on every request, not with 'unsafe-inline'", async () => {
    const first = scriptSources((await fetch(`${app.url}/admin/login`)).headers.get('content-security-policy'))
    const second = scriptSources((await fetch(`${app.url}/admin/login`)).headers.get('content-security-policy'))
    expect(first).toMatch(/^script-src 'self' 'nonce-[A-Za-z0-9+/]{22}=='$/)
    expect(first).not.toContain('unsafe-inline')
    expect(second).not.toBe(first)
  })

  it('puts its own nonce on the page, whatever content policy the client sends', async () => {
    const response = await fetch(`${app.url}/admin/login`, {
      headers: { 'content-security-policy': "script-src 'nonce-chosenByTheClient'" },
    })
    const nonce = /'nonce-([^']+)'/.exec(response.headers.get('content-security-policy') ?? '')?.[1]
    const html = await response.text()
    expect(html).not.toContain('chosenByTheClient')
    expect(html).toContain(`nonce="${nonce}"`)
  })

  it('shows the login form, the dashboard, a post form and the calendar with no script refused', async () => {
    const problems: string[] = []
    const login = watch(await browser.newPage(), problems)
    await login.goto(`${app.url}/admin/login`)
    await login.locator('input[name="email"]').waitFor({ timeout: 60_000 })
    await login.close()
    // signIn waits for the dashboard.
    const page = watch(await signIn(browser, app, 'redaction'), problems)
    await page.goto(`${app.url}/admin/collections/posts/create`)
    await page.locator('input[name="title"]').fill('Essai de la politique de contenu')
    expect(await page.locator('input[name="title"]').inputValue()).toBe('Essai de la politique de contenu')
    await page.goto(`${app.url}/admin/calendar`)
    await page.locator('.fc').first().waitFor({ timeout: 60_000 })
    await page.context().close()
    expect(problems).toEqual([])
  })
})
