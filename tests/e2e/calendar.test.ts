import path from 'node:path'

import type { Browser, Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'

import { addDays } from '../../calendar/days'
import { dayKey } from '../../calendar/zonedTime'
import type { RunningApp } from './helpers/app'
import { SCREENSHOTS } from './helpers/browser'
import { setUpAppAndBrowser, signIn } from './helpers/session'

/** Three days ahead in Toronto: a day to plan for, shown in the month view opened on it. */
function threeDaysAhead(): string {
  return addDays(dayKey(new Date(), 'America/Toronto'), 3)
}

const login = (browser: Browser, app: RunningApp, role: string) => signIn(browser, app, role, { viewport: { width: 1440, height: 1100 }, timezoneId: 'Asia/Tokyo' })

/** FullCalendar listens to real pointer moves: press, move in steps, release. */
async function drag(page: Page, from: string, to: string) {
  const source = await page.locator(from).first().boundingBox()
  const target = await page.locator(to).first().boundingBox()
  if (!source || !target) throw new Error(`cannot drag ${from} to ${to}`)
  await page.mouse.move(source.x + source.width / 2, source.y + source.height / 2)
  await page.mouse.down()
  await page.mouse.move(source.x + source.width / 2 + 10, source.y + source.height / 2 + 10, { steps: 5 })
  await page.mouse.move(target.x + target.width / 2, target.y + target.height / 2, { steps: 20 })
  await page.mouse.up()
}

describe('the editorial calendar in Chromium (production build)', () => {
  let app: RunningApp
  let browser: Browser
  const day = threeDaysAhead()
  const dayCell = `td.fc-daygrid-day[data-date="${day}"]`

  setUpAppAndBrowser((started, launched) => {
    app = started
    browser = launched
  })

  it('sends an anonymous visitor to the login page', async () => {
    const context = await browser.newContext()
    const page = await context.newPage()
    await page.goto(`${app.url}/admin/calendar`)
    await page.locator('input[name="email"]').waitFor({ timeout: 30_000 })
    expect(await page.getByTestId('balises-calendar').count()).toBe(0)
    await context.close()
  })

  it('shows the month in Toronto time, with the nav link, the tray, the rhythm and the key date', async () => {
    const page = await login(browser, app, 'responsable')
    const link = page.locator('#nav-balises-calendar').first()
    expect(await link.textContent()).toBe('Calendrier')
    expect(await link.getAttribute('href')).toBe('/admin/calendar')
    await page.goto(`${app.url}/admin/calendar`)
    await page.getByTestId('balises-calendar').waitFor({ timeout: 60_000 })
    await page.locator('.balises-event').first().waitFor({ timeout: 30_000 })
    expect(await page.locator('.fc-toolbar-title').textContent()).toMatch(/\d{4}/)
    expect(await page.getByTestId('calendar-tray').textContent()).toContain('Capsule : le droit de dire non')
    expect(await page.getByTestId('rhythm-summary').textContent()).toContain('Facebook')
    await page.screenshot({ path: path.join(SCREENSHOTS, 'calendar-month.png'), fullPage: true })
    await page.getByRole('button', { name: 'Semaine' }).click()
    await page.locator('.fc-timegrid').waitFor()
    expect(page.url()).toContain('view=timeGridWeek')
    await page.screenshot({ path: path.join(SCREENSHOTS, 'calendar-week.png'), fullPage: true })
    await page.context().close()
  })

  it('dates a tray post by dragging it onto a day; after a reload it is still there', async () => {
    const page = await login(browser, app, 'responsable')
    await page.goto(`${app.url}/admin/calendar?view=dayGridMonth&date=${day}`)
    await page.locator('.balises-tray__item', { hasText: 'Capsule : le droit de dire non' }).waitFor({ timeout: 60_000 })
    await drag(page, '.balises-tray__item:has-text("Capsule : le droit de dire non")', dayCell)
    await expect.poll(() => page.getByTestId('calendar-message').textContent(), { timeout: 20_000 }).toContain(day)
    await page.locator(`${dayCell} .balises-event`, { hasText: 'Capsule' }).waitFor({ timeout: 20_000 })
    await page.reload()
    await page.locator(`${dayCell} .balises-event`, { hasText: 'Capsule' }).waitFor({ timeout: 60_000 })
    expect(await page.getByTestId('calendar-tray').textContent()).not.toContain('Capsule : le droit de dire non')
    await page.screenshot({ path: path.join(SCREENSHOTS, 'calendar-after-drop.png'), fullPage: true })
    await page.context().close()
  })

  it('a refused drop snaps back and shows the reason', async () => {
    const page = await login(browser, app, 'redaction')
    await page.goto(`${app.url}/admin/calendar?view=dayGridMonth&date=${day}`)
    const approved = '.balises-tray__item:has-text("Lecture : la prévention par les pairs")'
    await page.locator(approved).waitFor({ timeout: 60_000 })
    await drag(page, approved, dayCell)
    const alert = page.locator('[data-testid="calendar-message"][role="alert"]')
    await alert.waitFor({ timeout: 20_000 })
    expect(await alert.textContent()).toContain('n’est pas permis pour vos rôles')
    await page.reload()
    await page.locator(approved).waitFor({ timeout: 60_000 })
    expect(await page.locator(`${dayCell} .balises-event`, { hasText: 'prévention par les pairs' }).count()).toBe(0)
    await page.screenshot({ path: path.join(SCREENSHOTS, 'calendar-refused-drop.png'), fullPage: true })
    await page.context().close()
  })
})
