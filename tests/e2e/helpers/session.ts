import type { Browser, BrowserContextOptions, Page } from 'playwright-core'
import { afterAll, beforeAll, expect } from 'vitest'

import { startApp, type RunningApp } from './app'
import { launchChromium } from './browser'

function account(app: RunningApp, role: string) {
  const found = app.accounts.find((candidate) => candidate.role === role)
  if (!found) throw new Error(`no demo account for role ${role} in the start's output`)
  return found
}

/** A JWT for the demo account of `role`, through the real login endpoint. */
export async function apiToken(app: RunningApp, role: string): Promise<string> {
  const { email, password } = account(app, role)
  const response = await fetch(`${app.url}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  })
  expect(response.status).toBe(200)
  return ((await response.json()) as { token: string }).token
}

/** A browser page signed in through the French login form, on the dashboard. */
export async function signIn(browser: Browser, app: RunningApp, role: string, context: BrowserContextOptions = {}): Promise<Page> {
  const { email, password } = account(app, role)
  const page = await (await browser.newContext({ viewport: { width: 1440, height: 1000 }, ...context })).newPage()
  await page.goto(`${app.url}/admin/login`)
  await page.locator('input[name="email"]').fill(email)
  await page.locator('input[name="password"]').fill(password)
  await page.getByRole('button', { name: 'Se connecter' }).click()
  await page.getByTestId('balises-dashboard').waitFor({ timeout: 60_000 })
  return page
}

/**
 * The app started with its demo data (`npm start`'s path) and a Chromium, for the whole test file:
 * `use` receives them once both run; both are stopped after the file (like setUpTeam in tests/int).
 */
export function setUpAppAndBrowser(use: (app: RunningApp, browser: Browser) => void, env: Record<string, string> = {}): void {
  let app: RunningApp | undefined
  let browser: Browser | undefined
  beforeAll(async () => {
    // A file's pages and REST calls sign in many times a minute from one address; the limit itself
    // is tested in express.test.ts and edgeLimits.test.ts with the default of 10.
    app = await startApp({ AUTH_RATE_LIMIT_MAX: '1000', ...env })
    browser = await launchChromium()
    use(app, browser)
  })
  afterAll(async () => {
    await browser?.close()
    await app?.stop()
  })
}
