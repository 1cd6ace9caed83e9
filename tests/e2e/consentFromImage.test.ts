import fs from 'node:fs'
import path from 'node:path'

import type { Browser, Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'

import { demoSignedForm } from '../../dev/seed/signedForm'
import type { RunningApp } from './helpers/app'
import { SCREENSHOTS } from './helpers/browser'
import { apiToken, setUpAppAndBrowser, signIn } from './helpers/session'

const SHOTS = path.join(SCREENSHOTS, 'consent')
const DAY_MS = 24 * 3600_000
const dayKey = (offsetDays: number) => new Date(Date.now() + offsetDays * DAY_MS).toISOString().slice(0, 10)

const WORDS = {
  fr: {
    add: 'Ajouter une personne',
    save: 'Enregistrer',
    inForce: 'En vigueur',
    withdraw: 'Retirer',
    confirm: 'Retirer le consentement',
    done: /^Consentement retiré\. 1 publication déprogrammée, (aucune|\d+) à retirer des réseaux( \(tâches? créées?\))?\.$/,
  },
  en: {
    add: 'Add a person',
    save: 'Save',
    inForce: 'In force',
    withdraw: 'Withdraw',
    confirm: 'Withdraw the consent',
    done: /^Consent withdrawn\. 1 post unscheduled, (none|\d+) to take down from the networks( \(tasks? created\))?\.$/,
  },
} as const

describe('PRIV-1..4 in the admin: a photo consent recorded from the image, in one form', () => {
  let app: RunningApp
  let browser: Browser

  setUpAppAndBrowser((started, launched) => {
    app = started
    browser = launched
  })

  async function api(route: string, method = 'GET', body?: unknown): Promise<any> {
    const response = await fetch(`${app.url}${route}`, {
      method,
      headers: { 'content-type': 'application/json', authorization: `JWT ${await apiToken(app, 'responsable')}` },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    const json = await response.json()
    expect(response.status, JSON.stringify(json)).toBeLessThan(300)
    return json
  }

  /** Nothing wider than the viewport: no sideways scroll. */
  async function expectNoSidewaysScroll(page: Page) {
    const { scroll, width } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, width: window.innerWidth }))
    expect(scroll).toBeLessThanOrEqual(width)
  }

  async function expectInViewport(page: Page, selector: ReturnType<Page['getByRole']>) {
    await selector.scrollIntoViewIfNeeded()
    const box = await selector.boundingBox()
    const width = page.viewportSize()!.width
    expect(box).not.toBeNull()
    expect(box!.x).toBeGreaterThanOrEqual(0)
    expect(box!.x + box!.width).toBeLessThanOrEqual(width)
  }

  for (const [language, alt, child] of [
    ['fr', 'Atelier de prévention en classe', 'Zoé Tremblay'],
    ['en', 'Deux bénévoles à l’accueil', 'Noah Bouchard'],
  ] as const) {
    const words = WORDS[language]
    it(`${language}: « ${words.add} » on a demo image, one form for a child, the person listed valid; withdrawn from their page with the counts`, async () => {
      fs.mkdirSync(SHOTS, { recursive: true })
      const image = (await api(`/api/media?where[alt][equals]=${encodeURIComponent(alt)}&depth=0`)).docs[0]
      const page = await signIn(browser, app, 'responsable')
      await page.context().addCookies([{ name: 'payload-lng', value: language, url: app.url }])
      await page.goto(`${app.url}/admin/collections/media/${image.id}`)
      await page.getByRole('button', { name: words.add }).click()
      const dialog = page.getByRole('dialog')
      await dialog.waitFor()
      await dialog.locator('input[name="fullName"]').fill(child)
      await dialog.locator('select[name="kind"]').selectOption('child')
      await dialog.locator('input[name="birthDate"]').fill(`${new Date().getUTCFullYear() - 8}-03-15`)
      await dialog.locator('select[name="relationship"]').selectOption('parent')
      await dialog.locator('input[name="signatoryName"]').fill(`Parent de ${child}`)
      await dialog.locator('input[name="expiresAt"]').fill(dayKey(365))
      const pdf = demoSignedForm(`Parent de ${child}`, child)
      await dialog.locator('input[name="file"]').setInputFiles({ name: 'formulaire-signe.pdf', mimeType: 'application/pdf', buffer: pdf })
      // The retention date is filled in from the policy (24 months after the end by default).
      expect(await dialog.locator('input[name="retentionUntil"]').inputValue()).toMatch(/^\d{4}-\d{2}-\d{2}$/)
      await page.screenshot({ path: path.join(SHOTS, `image-form-${language}-1440.png`), fullPage: true })
      await page.setViewportSize({ width: 390, height: 844 })
      await expectNoSidewaysScroll(page)
      await expectInViewport(page, dialog.getByRole('button', { name: words.save }))
      await page.screenshot({ path: path.join(SHOTS, `image-form-${language}-390.png`), fullPage: false })
      await dialog.getByRole('button', { name: words.save }).click()
      await dialog.waitFor({ state: 'detached', timeout: 30_000 })

      // Listed on the image, with a valid badge, without reloading the page.
      const row = page.getByTestId('media-person').filter({ hasText: child })
      // The list reloads after the save; on a loaded 2-core machine that can take a while.
      await row.waitFor({ timeout: 60_000 })
      await expect.poll(() => row.textContent(), { timeout: 60_000 }).toContain(words.inForce)
      await expectNoSidewaysScroll(page)
      await page.screenshot({ path: path.join(SHOTS, `image-listed-${language}-390.png`), fullPage: true })
      await page.setViewportSize({ width: 1440, height: 1000 })
      await page.screenshot({ path: path.join(SHOTS, `image-listed-${language}-1440.png`), fullPage: true })

      // A scheduled post showing the image, so the withdrawal has something to unschedule.
      const person = (await api(`/api/people?where[fullName][equals]=${encodeURIComponent(child)}&depth=0`)).docs[0]
      const category = (await api('/api/categories?where[code][equals]=CAT-2&depth=0')).docs[0]
      const { doc: post } = await api('/api/posts', 'POST', {
        title: `Atelier avec ${child}`,
        category: category.id,
        media: [image.id],
        publishAt: new Date(Date.now() + 4 * DAY_MS).toISOString(),
        channels: [{ channel: 'facebook', text: 'Merci à tous pour votre participation à notre atelier de prévention.' }],
      })
      for (const step of [
        { workflowStatus: 'in_review' },
        { workflowStatus: 'approved', valuesConfirmed: true },
        { workflowStatus: 'scheduled' },
      ]) {
        await api(`/api/posts/${post.id}?draft=true`, 'PATCH', step)
      }

      await row.getByRole('link', { name: child }).click()
      await page.waitForURL(`**/collections/people/${person.id}`)
      const consent = page.getByTestId('person-consent').first()
      await consent.waitFor({ timeout: 30_000 })
      expect(await consent.textContent()).toContain(words.inForce)
      await page.screenshot({ path: path.join(SHOTS, `person-${language}-1440.png`), fullPage: true })
      await consent.getByRole('button', { name: words.withdraw, exact: true }).click()
      await page.locator('select[name="method"]').selectOption('phone')
      await page.setViewportSize({ width: 390, height: 844 })
      await expectNoSidewaysScroll(page)
      await expectInViewport(page, page.getByRole('button', { name: words.confirm }))
      await page.screenshot({ path: path.join(SHOTS, `person-withdraw-${language}-390.png`), fullPage: true })
      await page.getByRole('button', { name: words.confirm }).click()
      const notice = page.getByTestId('person-consents-notice')
      await notice.waitFor({ timeout: 30_000 })
      expect((await notice.textContent())?.trim()).toMatch(words.done)
      await page.screenshot({ path: path.join(SHOTS, `person-withdrawn-${language}-390.png`), fullPage: true })
      await page.setViewportSize({ width: 1440, height: 1000 })
      await page.screenshot({ path: path.join(SHOTS, `person-withdrawn-${language}-1440.png`), fullPage: true })
      expect((await api(`/api/posts/${post.id}?draft=true&depth=0`)).workflowStatus).toBe('unscheduled')
      await page.context().close()
    })
  }
})
