import path from 'node:path'

import type { Browser, Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'

import { addDays } from '../../src/time/days'
import { formatDay } from '../../calendar/format'
import { formatStoredDay } from '../../src/time/formatMoment'
import { dayKey } from '../../src/time/zonedTime'
import type { RunningApp } from './helpers/app'
import { SCREENSHOTS } from './helpers/browser'
import { setUpAppAndBrowser, signIn } from './helpers/session'

/** Three days ahead in Toronto: a day to plan for, shown in the month view opened on it. */
function threeDaysAhead(): string {
  return addDays(dayKey(new Date(), 'America/Toronto'), 3)
}

/** A week ago in Toronto: always over, and in the month view opened on it. */
function aWeekAgo(): string {
  return addDays(dayKey(new Date(), 'America/Toronto'), -7)
}

/** The same page at the desktop and phone widths. */
async function shoot(page: Page, name: string) {
  for (const [width, height] of [
    [1440, 1100],
    [390, 844],
  ] as const) {
    await page.setViewportSize({ width, height })
    await page.waitForTimeout(300)
    await page.screenshot({ path: path.join(SCREENSHOTS, `${name}-${width}.png`), fullPage: true, timeout: 60_000 })
  }
  await page.setViewportSize({ width: 1440, height: 1100 })
}

const login = (browser: Browser, app: RunningApp, role: string) =>
  signIn(browser, app, role, { viewport: { width: 1440, height: 1100 }, timezoneId: 'Asia/Tokyo' })

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
    expect(await page.getByTestId('calendar-legend').textContent()).toContain('Pointillé : brouillon ou en révision')
    await shoot(page, 'calendar-month-fr')
    await page.getByRole('button', { name: 'Semaine' }).click()
    await page.locator('.fc-timegrid').waitFor()
    expect(page.url()).toContain('view=timeGridWeek')
    // Networks and stage on each event of the week; a 24-hour clock (« 9 h 00 », never « 9am »).
    await page.locator('.fc-timegrid-event .balises-event__meta').first().waitFor({ timeout: 30_000 })
    expect(await page.locator('.fc-timegrid-event .balises-event__meta').first().isVisible()).toBe(true)
    expect(await page.locator('.fc-timegrid-slot-label').allTextContents()).toContain('13 h 00')
    await shoot(page, 'calendar-week-fr')
    await page.getByRole('button', { name: 'Liste', exact: true }).click()
    await page.locator('.fc-list-event').first().waitFor({ timeout: 30_000 })
    // The list view's titles are drawn in the page's text colour, not white on white.
    const title = page.locator('.fc-list-event .balises-event__title').first()
    expect(await title.evaluate((element) => getComputedStyle(element).color)).not.toBe('rgb(255, 255, 255)')
    expect(await page.locator('.fc-list-day-text, .fc-list-day-side-text').first().textContent()).toBeTruthy()
    expect((await page.locator('.fc-list-table').textContent()) ?? '').toMatch(/\d{4}/)
    await shoot(page, 'calendar-list-fr')
    await page.context().close()
  })

  it('speaks English to an English-speaking person: FullCalendar buttons, English 12-hour times (issue 12), years', async () => {
    const page = await login(browser, app, 'responsable')
    await page.context().addCookies([{ name: 'payload-lng', value: 'en', url: app.url }])
    await page.goto(`${app.url}/admin/calendar?view=timeGridWeek`)
    await page.locator('.fc-timegrid-event').first().waitFor({ timeout: 60_000 })
    for (const name of ['Today', 'Month', 'Week', 'List']) expect(await page.getByRole('button', { name, exact: true }).count()).toBe(1)
    const labels = await page.locator('.fc-timegrid-slot-label').allTextContents()
    expect(labels).toContain('1:00 PM')
    expect(labels).not.toContain('13:00')
    expect(await page.locator('.fc-toolbar-title').textContent()).toMatch(/\d{4}/)
    expect(await page.getByTestId('calendar-legend').textContent()).toContain('Dashed: draft or in review')
    await shoot(page, 'calendar-week-en')
    await page.getByRole('button', { name: 'Month', exact: true }).click()
    await page.locator('.fc-daygrid-event').first().waitFor({ timeout: 30_000 })
    await shoot(page, 'calendar-month-en')
    await page.getByRole('button', { name: 'List', exact: true }).click()
    await page.locator('.fc-list-event').first().waitFor({ timeout: 30_000 })
    expect(page.url()).toContain('view=listMonth')
    // The tab stays responsive (the URL sync once looped here, freezing it).
    expect(await page.evaluate(() => 1 + 1, undefined)).toBe(2)
    await shoot(page, 'calendar-list-en')
    // The drop dialog in English; « Do not move » leaves the post in the tray.
    await page.goto(`${app.url}/admin/calendar?view=dayGridMonth&date=${day}`)
    const approved = '.balises-tray__item:has-text("Lecture : la prévention par les pairs")'
    await page.locator(approved).waitFor({ timeout: 60_000 })
    await drag(page, approved, dayCell)
    const dialog = page.getByTestId('calendar-drop-dialog')
    await dialog.waitFor({ timeout: 20_000 })
    expect(await dialog.textContent()).toContain('Time (24-hour)')
    await shoot(page, 'calendar-drop-dialog-en')
    await page.getByTestId('calendar-drop-cancel').click()
    expect(await dialog.count()).toBe(0)
    expect(await page.getByTestId('calendar-tray').textContent()).toContain('Lecture : la prévention par les pairs')
    await page.context().close()
  })

  it('opens as the list of the month on a phone, the toolbar inside the screen', async () => {
    const page = await signIn(browser, app, 'responsable', { viewport: { width: 390, height: 844 } })
    await page.goto(`${app.url}/admin/calendar`)
    await page.locator('.fc-list').waitFor({ timeout: 60_000 })
    expect(await page.locator('.fc-daygrid').count()).toBe(0)
    expect(await page.getByRole('button', { name: 'Liste', exact: true }).getAttribute('class')).toContain('fc-button-active')
    expect(page.url()).toContain('view=listMonth')
    for (const name of ['Aujourd’hui', 'Mois', 'Semaine', 'Liste'])
      expect(await page.getByRole('button', { name, exact: true }).isVisible()).toBe(true)
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(391)
    // A view asked for in the address stays, even on a phone.
    await page.goto(`${app.url}/admin/calendar?view=dayGridMonth`)
    await page.locator('.fc-daygrid').waitFor({ timeout: 60_000 })
    await page.context().close()
  })

  it('shows a job offer’s span (CAT-6): « → ferme le … » with the year, in the month and in the list on a phone', async () => {
    // The demo offer (dev/seed/demoPosts.ts) went out 13 days ago and closes 21 days after that.
    const published = addDays(dayKey(new Date(), 'America/Toronto'), -13)
    const closes = `→ ferme le ${formatStoredDay(addDays(published, 21), 'fr')}`
    const page = await login(browser, app, 'responsable')
    await page.goto(`${app.url}/admin/calendar?view=dayGridMonth&date=${published}`)
    const inMonth = page.locator(`td.fc-daygrid-day[data-date="${published}"] .balises-event`, { hasText: 'Offre de stage en animation' })
    await inMonth.waitFor({ timeout: 60_000 })
    expect(await inMonth.locator('.balises-event__closes').textContent()).toBe(closes)
    await page.setViewportSize({ width: 390, height: 844 })
    await page.goto(`${app.url}/admin/calendar?view=listMonth&date=${published}`)
    const inList = page.locator('.fc-list-event', { hasText: 'Offre de stage en animation' })
    await inList.waitFor({ timeout: 60_000 })
    expect(await inList.locator('.balises-event__closes').textContent()).toBe(closes)
    expect(await inList.locator('.balises-event__closes').isVisible()).toBe(true)
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(391)
    await page.screenshot({ path: path.join(SCREENSHOTS, 'calendar-offer-span-390.png'), fullPage: true })
    // Other posts have no such line.
    expect(await page.locator('.fc-list-event:not(:has-text("Offre de stage")) .balises-event__closes').count()).toBe(0)
    await page.context().close()
  })

  it('dates a tray post by dragging it onto a day; after a reload it is still there', async () => {
    const page = await login(browser, app, 'responsable')
    await page.goto(`${app.url}/admin/calendar?view=dayGridMonth&date=${day}`)
    await page.locator('.balises-tray__item', { hasText: 'Capsule : le droit de dire non' }).waitFor({ timeout: 60_000 })
    await drag(page, '.balises-tray__item:has-text("Capsule : le droit de dire non")', dayCell)
    // The drop asks for the time: a draft without one is offered the usual posting time.
    const dialog = page.getByTestId('calendar-drop-dialog')
    await dialog.waitFor({ timeout: 20_000 })
    expect(await page.getByTestId('calendar-drop-time').inputValue()).toBe('10:00')
    await page.getByTestId('calendar-drop-confirm').click()
    await expect
      .poll(() => page.getByTestId('calendar-message').textContent(), { timeout: 20_000 })
      .toContain(`${formatDay(day, 'fr')} à 10 h 00`)
    // The tray loses it at once, without a reload.
    expect(await page.getByTestId('calendar-tray').textContent()).not.toContain('Capsule : le droit de dire non')
    await page.locator(`${dayCell} .balises-event`, { hasText: 'Capsule' }).waitFor({ timeout: 20_000 })
    await page.reload()
    await page.locator(`${dayCell} .balises-event`, { hasText: 'Capsule' }).waitFor({ timeout: 60_000 })
    expect(await page.getByTestId('calendar-tray').textContent()).not.toContain('Capsule : le droit de dire non')
    await page.screenshot({ path: path.join(SCREENSHOTS, 'calendar-after-drop.png'), fullPage: true })
    await page.context().close()
  })

  it('schedules an approved post at a chosen time by drag and drop, and « Annuler » puts it back in the tray', async () => {
    const page = await login(browser, app, 'responsable')
    await page.goto(`${app.url}/admin/calendar?view=dayGridMonth&date=${day}`)
    const approved = '.balises-tray__item:has-text("Lecture : la prévention par les pairs")'
    await page.locator(approved).waitFor({ timeout: 60_000 })
    expect(await page.locator(approved).getAttribute('data-movable')).toBe('true')
    await drag(page, approved, dayCell)
    const dialog = page.getByTestId('calendar-drop-dialog')
    await dialog.waitFor({ timeout: 20_000 })
    expect(await dialog.textContent()).toContain('Elle sera programmée')
    await page.getByTestId('calendar-drop-time').fill('25:00')
    await page.getByTestId('calendar-drop-confirm').click()
    expect(await page.getByTestId('calendar-drop-error').textContent()).toContain('format 24 h')
    await page.getByTestId('calendar-drop-time').fill('16:30')
    await shoot(page, 'calendar-drop-dialog-fr')
    await page.getByTestId('calendar-drop-confirm').click()
    await expect
      .poll(() => page.getByTestId('calendar-message').textContent(), { timeout: 20_000 })
      .toContain(`${formatDay(day, 'fr')} à 16 h 30`)
    expect(await page.getByTestId('calendar-tray').textContent()).not.toContain('Lecture : la prévention par les pairs')
    const placed = page.locator(`${dayCell} .balises-event`, { hasText: 'prévention par les pairs' })
    await placed.waitFor({ timeout: 20_000 })
    expect(await placed.textContent()).toContain('16 h 30')
    expect(await placed.textContent()).toContain('Programmée')
    await page.screenshot({ path: path.join(SCREENSHOTS, 'calendar-after-drop.png'), fullPage: true })
    await page.getByTestId('calendar-undo').click()
    await expect.poll(() => page.getByTestId('calendar-message').textContent(), { timeout: 20_000 }).toContain('Déplacement annulé')
    await page.locator(approved).waitFor({ timeout: 20_000 })
    expect(await page.locator(`${dayCell} .balises-event`, { hasText: 'prévention par les pairs' }).count()).toBe(0)
    await page.reload()
    await page.locator(approved).waitFor({ timeout: 60_000 })
    expect(await page.locator(approved).textContent()).toContain('Approuvée')
    await page.context().close()
  })

  it('refuses a drop on a past day with a clear message, and changes nothing', async () => {
    const page = await login(browser, app, 'responsable')
    const past = aWeekAgo()
    await page.goto(`${app.url}/admin/calendar?view=dayGridMonth&date=${past}`)
    const approved = '.balises-tray__item:has-text("Lecture : la prévention par les pairs")'
    await page.locator(approved).waitFor({ timeout: 60_000 })
    await drag(page, approved, `td.fc-daygrid-day[data-date="${past}"]`)
    const alert = page.locator('[data-testid="calendar-message"][role="alert"]')
    await alert.waitFor({ timeout: 20_000 })
    expect(await alert.textContent()).toContain(`${formatDay(past, 'fr')} est déjà passé`)
    expect(await page.getByTestId('calendar-drop-dialog').count()).toBe(0)
    await page.screenshot({ path: path.join(SCREENSHOTS, 'calendar-past-drop.png'), fullPage: true })
    await page.reload()
    await page.locator(approved).waitFor({ timeout: 60_000 })
    await page.context().close()
  })

  it('does not invite redaction to drag approved posts: no handle, and a drag does nothing', async () => {
    const page = await login(browser, app, 'redaction')
    await page.goto(`${app.url}/admin/calendar?view=dayGridMonth&date=${day}`)
    const approved = '.balises-tray__item:has-text("Lecture : la prévention par les pairs")'
    await page.locator(approved).waitFor({ timeout: 60_000 })
    expect(await page.locator(approved).getAttribute('data-movable')).toBe('false')
    expect(await page.locator(`${approved} .balises-tray__handle`).count()).toBe(0)
    expect(await page.locator('.balises-tray__help').textContent()).toContain('programmées par la personne responsable')
    await drag(page, approved, dayCell)
    await page.waitForTimeout(1000)
    expect(await page.getByTestId('calendar-drop-dialog').count()).toBe(0)
    expect(await page.locator(`${dayCell} .balises-event`, { hasText: 'prévention par les pairs' }).count()).toBe(0)
    // Scheduled posts on the calendar are not draggable for redaction either.
    const fixed = page.locator('.balises-event__body[data-status="scheduled"]').first()
    if ((await fixed.count()) > 0) expect(await fixed.getAttribute('data-movable')).toBe('false')
    await page.screenshot({ path: path.join(SCREENSHOTS, 'calendar-redaction.png'), fullPage: true })
    await page.context().close()
  })
})
