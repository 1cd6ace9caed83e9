import path from 'node:path'

import type { Browser, BrowserContextOptions, Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'

import { formatMoment, formatStoredDay } from '../../src/time/formatMoment'
import type { RunningApp } from './helpers/app'
import { SCREENSHOTS } from './helpers/browser'
import { apiToken, setUpAppAndBrowser, signIn } from './helpers/session'

const SHOTS = path.join(SCREENSHOTS, 'dates')
const AM_PM = /\b[AP]M\b/i
type Language = 'fr' | 'en'

/** One format per language in the admin: lists, edit views, pickers; calendar days the same in every zone. */
describe('dates in the admin: « 1 déc. 2026, 16 h 28 » / "Dec 1, 2026, 4:28 PM", years always, days without shift', () => {
  let app: RunningApp
  let browser: Browser
  setUpAppAndBrowser((started, launched) => {
    app = started
    browser = launched
  })

  async function api(route: string, init: { method?: string; body?: unknown } = {}): Promise<any> {
    const response = await fetch(`${app.url}${route}`, {
      method: init.method ?? 'GET',
      headers: { 'content-type': 'application/json', authorization: `JWT ${await apiToken(app, 'responsable')}` },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
    })
    const json = await response.json()
    expect(response.status, JSON.stringify(json)).toBeLessThan(300)
    return json
  }

  async function open(language: Language, context: BrowserContextOptions = {}): Promise<Page> {
    const page = await signIn(browser, app, 'responsable', context)
    await page.context().addCookies([{ name: 'payload-lng', value: language, url: app.url }])
    return page
  }

  /** The text of a date field's input in the edit view, once the form has given it its value. */
  async function inputOf(page: Page, name: string): Promise<string> {
    const input = page.locator(`#field-${name} input`).first()
    await input.waitFor({ timeout: 30_000 })
    await expect.poll(() => input.inputValue(), { timeout: 15_000 }).not.toBe('')
    return input.inputValue()
  }

  async function shots(page: Page, name: string, language: Language) {
    await page.screenshot({ path: path.join(SHOTS, `${name}-${language}-1440.png`), fullPage: true })
    await page.setViewportSize({ width: 390, height: 844 })
    await page.waitForTimeout(300)
    await page.screenshot({ path: path.join(SHOTS, `${name}-${language}-390.png`), fullPage: true })
    await page.setViewportSize({ width: 1440, height: 1000 })
  }

  for (const language of ['fr', 'en'] as const) {
    it(`${language}: a consent's validity and a person's birth date show their day with the year`, async () => {
      const consent = (await api('/api/consents?depth=0&limit=1&where[expiresAt][exists]=true')).docs[0]
      const page = await open(language)
      await page.goto(`${app.url}/admin/collections/consents/${consent.id}`)
      const expires = await inputOf(page, 'expiresAt')
      expect(expires).toBe(formatStoredDay(consent.expiresAt, language))
      expect(expires).toMatch(/\d{4}/)
      expect(await inputOf(page, 'validFrom')).toBe(formatStoredDay(consent.validFrom, language))
      await shots(page, 'consent', language)

      const person = (await api('/api/people?depth=0&limit=1&where[birthDate][exists]=true')).docs[0]
      await page.goto(`${app.url}/admin/collections/people/${person.id}`)
      expect(await inputOf(page, 'birthDate')).toBe(formatStoredDay(person.birthDate, language))
      await shots(page, 'person', language)

      await page.goto(`${app.url}/admin/collections/consents`)
      const row = page.locator('tbody tr').first()
      await row.waitFor({ timeout: 30_000 })
      const listed = await page.locator('tbody').innerText()
      expect(listed).toContain(formatStoredDay(consent.expiresAt, language).split(' ').at(-1)!)
      if (language === 'fr') expect(listed).not.toMatch(AM_PM)
      await shots(page, 'consents-list', language)
      await page.context().close()
    })

    it(`${language}: a published post shows when it went out (publishedAt), read-only, next to its stage`, async () => {
      const post = (await api('/api/posts?depth=0&limit=1&draft=true&where[workflowStatus][equals]=published&sort=-publishedAt')).docs[0]
      expect(post.publishedAt).toBeTruthy()
      const page = await open(language, { timezoneId: 'America/Toronto' })
      await page.goto(`${app.url}/admin/collections/posts/${post.id}`)
      await inputOf(page, 'publishedAt')
      await page.waitForLoadState('networkidle')
      await expect
        .poll(() => page.locator('#field-publishedAt input').first().inputValue(), { timeout: 20_000 })
        .toBe(formatMoment(post.publishedAt, language, 'America/Toronto'))
      expect(await page.locator('#field-publishedAt input').first().isEditable()).toBe(false)
      await page.locator('#field-publishedAt').first().scrollIntoViewIfNeeded()
      await page.screenshot({ path: path.join(SHOTS, `post-published-at-${language}-1440.png`) })
      expect(await page.locator('label[for="field-publishedAt"]').first().innerText()).toContain(
        language === 'fr' ? 'Publiée le' : 'Published on',
      )
      await page.context().close()
    })

    it(`${language}: a post's publication moment, its picker's time list and the posts list`, async () => {
      const post = (await api('/api/posts?depth=0&limit=1&draft=true&where[publishAt][exists]=true&sort=-publishAt')).docs[0]
      const page = await open(language)
      await page.goto(`${app.url}/admin/collections/posts/${post.id}`)
      const shown = await inputOf(page, 'publishAt')
      expect(shown).toBe(formatMoment(post.publishAt, language, post.publishAt_tz ?? 'America/Toronto'))
      if (language === 'fr') {
        expect(shown).toMatch(/^\d{1,2} \S+ \d{4}, \d{1,2} h \d{2}$/)
        expect(shown).not.toMatch(AM_PM)
      } else {
        expect(shown).toMatch(/^[A-Z][a-z]{2} \d{1,2}, \d{4}, \d{1,2}:\d{2} [AP]M$/)
      }
      // Once the page is hydrated and settled (a click before opens nothing), and no menu is open over the input.
      await page.waitForLoadState('networkidle')
      await page.keyboard.press('Escape')
      const input = page.locator('#field-publishAt .react-datepicker__input-container input').first()
      const times = page.locator('.react-datepicker__time-list-item')
      await expect
        .poll(
          async () => {
            if ((await times.count()) === 0) await input.click()
            return times.count()
          },
          { timeout: 30_000, interval: 1_000 },
        )
        .toBeGreaterThan(0)
      const list = await times.allInnerTexts()
      if (language === 'fr') {
        expect(list).toContain('16 h 30')
        expect(list.join(' ')).not.toMatch(AM_PM)
        expect(await page.locator('.react-datepicker-time__header').innerText()).toBe('Heure')
        // The calendar's month is French too.
        expect(await page.locator('.react-datepicker__month-select, .react-datepicker__current-month').first().innerText()).toMatch(
          /janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre/,
        )
      } else {
        expect(list).toContain('4:30 PM')
      }
      await page.screenshot({ path: path.join(SHOTS, `post-picker-${language}-1440.png`) })
      await page.keyboard.press('Escape')
      await shots(page, 'post', language)

      await page.goto(`${app.url}/admin/collections/posts`)
      await page.locator('tbody tr').first().waitFor({ timeout: 30_000 })
      const cells = await page.locator('tbody td.cell-publishAt').allInnerTexts()
      const filled = cells.map((cell) => cell.trim()).filter(Boolean)
      expect(filled.length).toBeGreaterThan(0)
      for (const cell of filled) {
        expect(cell).toMatch(
          language === 'fr' ? /^\d{1,2} \S+ \d{4}, \d{1,2} h \d{2}$/ : /^[A-Z][a-z]{2} \d{1,2}, \d{4}, \d{1,2}:\d{2} [AP]M$/,
        )
      }
      await shots(page, 'posts-list', language)
      await page.context().close()
    })
  }

  for (const timezoneId of ['America/Toronto', 'Asia/Tokyo', 'Pacific/Auckland']) {
    it(`a birth date typed 2017-05-12 with the browser in ${timezoneId} is stored and shown as 12 May 2017`, async () => {
      const page = await open('fr', { timezoneId })
      await page.goto(`${app.url}/admin/collections/people/create`)
      const name = `Enfant fuseau ${timezoneId}`
      await page.locator('input[name="fullName"]').fill(name)
      const input = page.locator('#field-birthDate input').first()
      await input.click()
      await input.fill('2017-05-12')
      await input.press('Enter')
      await page.locator('#field-fullName input, input[name="fullName"]').first().click()
      await page.locator('#action-save').click()
      await page.waitForURL(/\/admin\/collections\/people\/\d+/, { timeout: 30_000 })
      const stored = (await api(`/api/people?depth=0&where[fullName][equals]=${encodeURIComponent(name)}`)).docs[0]
      expect(stored.birthDate).toBe('2017-05-12T12:00:00.000Z')
      await page.reload()
      expect(await inputOf(page, 'birthDate')).toBe('12 mai 2017')
      if (timezoneId === 'Pacific/Auckland')
        await page.screenshot({ path: path.join(SHOTS, 'person-auckland-fr-1440.png'), fullPage: true })
      await page.context().close()
    })
  }
})
