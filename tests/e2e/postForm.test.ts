import path from 'node:path'
import { mkdirSync } from 'node:fs'

import type { Browser, Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'

import type { RunningApp } from './helpers/app'
import { SCREENSHOTS } from './helpers/browser'
import { setUpAppAndBrowser, signIn } from './helpers/session'

const SHOTS = path.join(SCREENSHOTS, 'postform')
const COMMON_TEXT = 'Atelier gratuit samedi pour les familles.'

// The post form shaped by its category, as the communications staff (redaction) use it.
describe('post form: category picker, category fields, common text and per-network texts', () => {
  let app: RunningApp
  let browser: Browser
  setUpAppAndBrowser((started, chromium) => {
    app = started
    browser = chromium
    mkdirSync(SHOTS, { recursive: true })
  })

  async function choose(page: Page, selectLocator: string, option: string) {
    await page.locator(selectLocator).locator('button.dropdown-indicator').click()
    const menu = page.locator('.rs__menu')
    await menu.waitFor({ state: 'visible', timeout: 30_000 })
    await menu.locator('.rs__option', { hasText: option }).first().click()
  }

  const pickCategory = (page: Page, code: string) =>
    page
      .getByTestId('category-picker')
      .locator('label', { has: page.locator(`[data-code="${code}"]`) })
      .click()

  async function addChannel(page: Page, index: number, name: string) {
    await page.locator('#field-channels .array-field__add-row').first().click()
    await page.locator(`#field-channels__${index}__channel`).waitFor({ timeout: 30_000 })
    await choose(page, `#field-channels__${index}__channel`, name)
  }

  async function typeCommonText(page: Page, text: string) {
    const editor = page.locator('#field-body [contenteditable="true"], .field-type.rich-text-lexical [contenteditable="true"]').first()
    await editor.click()
    await page.keyboard.type(text)
  }

  /** At 390 px: the form's own parts fit the viewport; the page's width is measured and reported. */
  async function noSidewaysScroll(page: Page, name: string, own: string[]) {
    await page.setViewportSize({ width: 390, height: 844 })
    await page.waitForTimeout(500)
    await page.screenshot({ path: path.join(SHOTS, `${name}-390.png`), fullPage: true })
    for (const selector of own) {
      const widths = await page
        .locator(selector)
        .evaluateAll((elements) => elements.map((element) => element.scrollWidth - element.clientWidth))
      expect(Math.max(0, ...widths), `${selector} scrolls sideways at 390 px (${name})`).toBe(0)
    }
    const wide = await page.evaluate(() => {
      const width = window.innerWidth
      return [...document.querySelectorAll('body *')]
        .filter((element) => element.getBoundingClientRect().right > width + 1)
        .slice(0, 5)
        .map((element) => `${element.tagName.toLowerCase()}.${[...element.classList].join('.')}`)
    })
    if (wide.length > 0) console.warn(`[postform] ${name} at 390 px: wider than the viewport: ${wide.join(' | ')}`)
    await page.setViewportSize({ width: 1440, height: 1000 })
  }

  const FORM_PARTS = ['[data-testid="category-picker"]', '[data-testid="published-where"]', '[data-testid="channel-counter"]']

  it('in French: codes and colours, CAT-6 then CAT-7 fields, and where the common text is published', { timeout: 300_000 }, async () => {
    const page = await signIn(browser, app, 'redaction')
    await page.goto(`${app.url}/admin/collections/posts/create`)
    const picker = page.getByTestId('category-picker')
    await picker.locator('[data-code="CAT-7"]').waitFor({ timeout: 60_000 })
    expect(await picker.textContent()).toContain('CAT-7 · Partage de connaissances (formation, lecture pertinente)')
    expect(await picker.locator('.balises-swatch').count()).toBe(10)
    // No category yet: none of the fields of a category.
    expect(await page.locator('#field-closingDate').count()).toBe(0)
    expect(await page.locator('#field-source').count()).toBe(0)

    await page.locator('#field-title').fill('Offre de stage en animation')
    await pickCategory(page, 'CAT-6')
    await page.locator('#field-closingDate').waitFor({ timeout: 30_000 })
    expect(await page.locator('#field-source').count()).toBe(0)
    expect(await page.locator('#field-sourceOrganisation').count()).toBe(0)

    await pickCategory(page, 'CAT-7')
    await page.locator('#field-source').waitFor({ timeout: 30_000 })
    await expect.poll(() => page.locator('#field-closingDate').count(), { timeout: 30_000 }).toBe(0)

    // Networks without their own text publish the common text.
    const where = page.getByTestId('published-where')
    expect(await where.textContent()).toContain('Ajoutez un réseau')
    await addChannel(page, 0, 'Facebook')
    await addChannel(page, 1, 'X (Twitter)')
    await typeCommonText(page, COMMON_TEXT)
    await expect.poll(() => where.textContent(), { timeout: 30_000 }).toBe('Publié tel quel sur : Facebook, X (Twitter)')
    const counters = page.getByTestId('channel-counter')
    await expect.poll(() => counters.nth(0).getAttribute('data-count'), { timeout: 30_000 }).toBe(String(COMMON_TEXT.length))
    expect(await counters.nth(0).getAttribute('data-source')).toBe('common')
    expect(await counters.nth(0).textContent()).toContain('Vide : le texte commun sera publié')

    // X gets its own text: it is counted, and the common text is published on Facebook only.
    await page.locator('#field-channels__1__text').fill('Atelier samedi !')
    await expect.poll(() => where.textContent(), { timeout: 30_000 }).toBe('Publié tel quel sur : Facebook')
    await expect.poll(() => counters.nth(1).getAttribute('data-source')).toBe('own')
    expect(await counters.nth(1).getAttribute('data-count')).toBe('16')
    expect(await counters.nth(1).textContent()).toContain('Texte propre à X (Twitter)')

    await page.evaluate(() => window.scrollTo(0, 0))
    await page.screenshot({ path: path.join(SHOTS, 'post-form-fr-1440.png'), fullPage: true })
    await noSidewaysScroll(page, 'post-form-fr', FORM_PARTS)

    await page.goto(`${app.url}/admin/collections/posts`)
    const badge = page.getByTestId('category-badge').first()
    await badge.waitFor({ timeout: 60_000 })
    expect(await badge.textContent()).toMatch(/^CAT-\d+ · \S/)
    await page.screenshot({ path: path.join(SHOTS, 'posts-list-fr-1440.png'), fullPage: true })
    await noSidewaysScroll(page, 'posts-list-fr', [])
    await page.context().close()
  })

  it('in English: category names in English, fields and published-where lines in English', { timeout: 300_000 }, async () => {
    const page = await signIn(browser, app, 'redaction')
    await page.context().addCookies([{ name: 'payload-lng', value: 'en', url: app.url }])
    await page.goto(`${app.url}/admin/collections/posts/create`)
    const picker = page.getByTestId('category-picker')
    await picker.locator('[data-code="CAT-7"]').waitFor({ timeout: 60_000 })
    expect(await picker.textContent()).toContain('CAT-7 · Knowledge sharing (training, relevant reading)')
    expect(await picker.textContent()).not.toContain('Partage de connaissances')

    await page.locator('#field-title').fill('Volunteer offer')
    await pickCategory(page, 'CAT-6')
    await page.locator('#field-closingDate').waitFor({ timeout: 30_000 })
    await addChannel(page, 0, 'Facebook')
    await typeCommonText(page, COMMON_TEXT)
    const where = page.getByTestId('published-where')
    await expect.poll(() => where.textContent(), { timeout: 30_000 }).toBe('Published as is on: Facebook')
    const counter = page.getByTestId('channel-counter').first()
    await expect.poll(() => counter.textContent(), { timeout: 30_000 }).toContain('Empty: the common text will be published')
    expect(await page.locator('.field-type.rich-text-lexical').first().textContent()).toContain('Common text')

    await page.evaluate(() => window.scrollTo(0, 0))
    await page.screenshot({ path: path.join(SHOTS, 'post-form-en-1440.png'), fullPage: true })
    await noSidewaysScroll(page, 'post-form-en', FORM_PARTS)

    await page.goto(`${app.url}/admin/collections/posts`)
    const badges = page.getByTestId('category-badge')
    await badges.first().waitFor({ timeout: 60_000 })
    const texts = await badges.allTextContents()
    expect(texts.some((text) => text.includes('Information about our mission and values'))).toBe(true)
    expect(texts.some((text) => text.includes('Informations en lien avec notre mission'))).toBe(false)
    await page.screenshot({ path: path.join(SHOTS, 'posts-list-en-1440.png'), fullPage: true })
    await noSidewaysScroll(page, 'posts-list-en', [])
    await page.context().close()
  })

  it('the categories list shows codes and colour swatches (responsable)', { timeout: 180_000 }, async () => {
    const page = await signIn(browser, app, 'responsable')
    await page.goto(`${app.url}/admin/collections/categories`)
    await page.locator('.balises-swatch').first().waitFor({ timeout: 60_000 })
    expect(await page.locator('.balises-swatch').count()).toBeGreaterThanOrEqual(10)
    expect(await page.locator('table').textContent()).toContain('CAT-10')
    await page.screenshot({ path: path.join(SHOTS, 'categories-list-fr-1440.png'), fullPage: true })
    await noSidewaysScroll(page, 'categories-list-fr', [])
    await page.context().close()
  })
})
