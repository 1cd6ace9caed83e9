import fs from 'node:fs'
import path from 'node:path'

import type { Browser, Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'

import { DEFAULT_FORBIDDEN_PATTERNS } from '../../src/policy/defaults'
import type { RunningApp } from './helpers/app'
import { SCREENSHOTS } from './helpers/browser'
import { setUpAppAndBrowser, signIn } from './helpers/session'

const SHOTS = path.join(SCREENSHOTS, 'policy')

const TABS = {
  fr: ['Responsabilités et rythme', 'Contenus interdits', 'Réseaux', 'Aide et redirection', 'Code de conduite', 'Dates clés', 'Vie privée'],
  en: ['Responsibilities and rhythm', 'Forbidden content', 'Networks', 'Help and redirection', 'Code of conduct', 'Key dates', 'Privacy'],
} as const

async function openPolicy(page: Page, app: RunningApp, language: 'fr' | 'en'): Promise<void> {
  await page.context().addCookies([{ name: 'payload-lng', value: language, url: app.url }])
  await page.goto(`${app.url}/admin/globals/policy`)
  await page.locator('.tabs-field__tab-button').first().waitFor({ timeout: 60_000 })
}

async function openTab(page: Page, name: string): Promise<void> {
  await page.locator('.tabs-field__tab-button', { hasText: name }).first().click()
  await page.waitForTimeout(300)
}

describe('policy settings page: tabs that fit on a screen, phrase lists as text areas, a tester (production build)', () => {
  let app: RunningApp
  let browser: Browser
  setUpAppAndBrowser((started, chromium) => {
    app = started
    browser = chromium
  })

  for (const language of ['fr', 'en'] as const) {
    it(`${language}: every tab is under 4 screen heights at 1440×900 and has no sideways scroll at 390 px`, async () => {
      fs.mkdirSync(SHOTS, { recursive: true })
      const page = await signIn(browser, app, 'responsable', { viewport: { width: 1440, height: 900 } })
      await openPolicy(page, app, language)
      const tabs = TABS[language]
      expect((await page.locator('.tabs-field__tab-button').allInnerTexts()).map((text) => text.trim())).toEqual([...tabs])
      for (const [index, tab] of tabs.entries()) {
        await openTab(page, tab)
        const height = await page.evaluate(() => document.documentElement.scrollHeight)
        expect(height, `${tab}: ${height} px`).toBeLessThanOrEqual(4 * 900)
        await page.screenshot({ path: path.join(SHOTS, `${language}-1440-${index + 1}.png`), fullPage: true })
      }
      await page.setViewportSize({ width: 390, height: 844 })
      for (const [index, tab] of tabs.entries()) {
        await openTab(page, tab)
        const { scrollWidth, clientWidth } = await page.evaluate(() => ({
          scrollWidth: document.documentElement.scrollWidth,
          clientWidth: document.documentElement.clientWidth,
        }))
        expect(scrollWidth, `${tab} at 390 px`).toBeLessThanOrEqual(clientWidth)
        await page.screenshot({ path: path.join(SHOTS, `${language}-390-${index + 1}.png`), fullPage: true })
      }
      await page.context().close()
    })
  }

  it('fr: the lists are text areas with a count, the tester follows the lists as typed, the zone is a select', async () => {
    const page = await signIn(browser, app, 'responsable', { viewport: { width: 1440, height: 900 } })
    await openPolicy(page, app, 'fr')
    // A custom field, drawn once the form state arrives: on a loaded CI machine that took over 30 s once.
    await page.locator('.balises-time-zone').waitFor({ timeout: 90_000 })
    await expect.poll(() => page.locator('.balises-time-zone').innerText()).toMatch(/Montréal, Toronto — heure de l’Est \(UTC−0[45]:00\)/)
    await openTab(page, 'Contenus interdits')
    const forbidden = page.locator('[data-path="forbiddenPatterns"] textarea')
    expect((await forbidden.inputValue()).split('\n')).toEqual(DEFAULT_FORBIDDEN_PATTERNS)
    await expect
      .poll(() => page.locator('[data-path="forbiddenPatterns"] .balises-phrase-list__count').innerText())
      .toBe(`${DEFAULT_FORBIDDEN_PATTERNS.length} expressions`)

    const tester = page.locator('.balises-phrase-tester input')
    const result = page.locator('.balises-phrase-tester__result')
    await tester.fill('Bonne fête à Julie!')
    await expect
      .poll(() => result.innerText())
      .toContain('FORBID-1 signalerait « Bonne fête » — repéré par l’expression interdite « bonne fête »')
    await tester.fill('la fête des bénévoles')
    await expect.poll(() => result.innerText()).toBe('Rien à signaler : FORBID-1 ne repère aucune expression interdite.')

    // A line typed (not saved) counts at once: « bénévole* » is excused by the allowed « fête des bénévoles ».
    await forbidden.focus()
    await page.keyboard.press('Control+End')
    await page.keyboard.type('\nbénévole*\nbonne fete')
    await expect
      .poll(() => page.locator('[data-path="forbiddenPatterns"] .balises-phrase-list__count').innerText())
      .toBe(`${DEFAULT_FORBIDDEN_PATTERNS.length + 1} expressions`)
    await expect
      .poll(() => page.locator('[data-path="forbiddenPatterns"] .balises-phrase-list__status').innerText())
      .toContain('« bonne fête » figure déjà à la ligne 1')
    await expect
      .poll(() => result.innerText())
      .toContain('« bénévoles » est permis : l’expression permise « fête des bénévoles » l’excuse.')
    await tester.fill('Merci à nos bénévoles')
    await expect.poll(() => result.innerText()).toContain('FORBID-1 signalerait « bénévoles »')
    await page.screenshot({ path: path.join(SHOTS, 'fr-1440-tester.png'), fullPage: true })
    await page.context().close()
  })

  it('en: the tester and the count speak English', async () => {
    const page = await signIn(browser, app, 'responsable', { viewport: { width: 390, height: 844 } })
    await openPolicy(page, app, 'en')
    await expect.poll(() => page.locator('.balises-time-zone').innerText()).toMatch(/Montréal, Toronto — Eastern Time \(UTC−0[45]:00\)/)
    await openTab(page, 'Forbidden content')
    await expect
      .poll(() => page.locator('[data-path="forbiddenPatterns"] .balises-phrase-list__count').innerText())
      .toBe(`${DEFAULT_FORBIDDEN_PATTERNS.length} phrases`)
    const tester = page.locator('.balises-phrase-tester input')
    await tester.fill('Bonne fête à Julie!')
    await expect.poll(() => page.locator('.balises-phrase-tester__result').innerText()).toContain('FORBID-1 would flag “Bonne fête”')
    await page.screenshot({ path: path.join(SHOTS, 'en-390-tester.png'), fullPage: true })
    await page.context().close()
  })
})
