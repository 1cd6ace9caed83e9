import fs from 'node:fs'
import path from 'node:path'

import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startFakeMastodon, type FakeMastodon } from '../fakes/mastodon'
import { apiAsRole } from './helpers/api'
import type { RunningApp } from './helpers/app'
import { SCREENSHOTS } from './helpers/browser'
import { shootWidths } from './helpers/shootWidths'
import { setUpAppAndBrowser, signIn } from './helpers/session'

const SHOTS = path.join(SCREENSHOTS, 'networks')

const WORDS = {
  fr: {
    save: 'Sauvegarder',
    test: 'Tester la connexion',
    stored: 'Un secret est enregistré depuis le',
    connected: 'Connexion réussie',
    posted: 'Publiée',
    copy: 'Copier le texte',
    copied: 'Texte copié.',
    download: 'Télécharger',
    history: 'Publiée sur Mastodon',
  },
  en: {
    save: 'Save',
    test: 'Test the connection',
    stored: 'A secret has been saved since',
    connected: 'Connected:',
    posted: 'Published',
    copy: 'Copy the text',
    copied: 'Text copied.',
    download: 'Download',
    history: 'Published on Mastodon',
  },
} as const

describe('network accounts and deliveries in the admin, as the responsible person (production build, a fake Mastodon)', () => {
  let app: RunningApp
  let browser: Browser
  let mastodon: FakeMastodon
  setUpAppAndBrowser((started, launched) => {
    app = started
    browser = launched
  })
  const { api, token } = apiAsRole(() => app)
  beforeAll(async () => {
    mastodon = await startFakeMastodon()
    fs.mkdirSync(SHOTS, { recursive: true })
  })
  afterAll(async () => {
    await mastodon?.close()
  })

  async function choose(page: Page, select: string, option: string) {
    await page.locator(`${select} button.dropdown-indicator`).click()
    const menu = page.locator('.rs__menu')
    await menu.waitFor({ state: 'visible', timeout: 30_000 })
    await menu.locator('.rs__option', { hasText: option }).first().click()
  }

  for (const language of ['fr', 'en'] as const) {
    it(`${language}: the account is created through the form, its secret typed once and never shown again, then tested`, async () => {
      const words = WORDS[language]
      const page = await signIn(browser, app, 'responsable')
      await page.context().addCookies([{ name: 'payload-lng', value: language, url: app.url }])
      await page.goto(`${app.url}/admin/collections/channel-accounts/create`)
      const secret = page.locator('input[name="secret"]')
      await secret.waitFor({ timeout: 60_000 })
      expect(await secret.getAttribute('type')).toBe('password')
      await shootWidths(page, SHOTS, `${language}-account-create`)

      await page.locator('input[name="name"]').fill(`Mastodon de l’organisme (${language})`)
      await choose(page, '#field-network', 'Mastodon')
      await page.locator('input[name="serverUrl"]').fill(mastodon.url)
      await secret.fill(mastodon.token)
      await page.getByRole('button', { name: words.save }).first().click()
      await page.waitForURL(/\/channel-accounts\/\d+/, { timeout: 60_000 })
      await expect.poll(() => page.locator('.balises-secret-field__stored').innerText(), { timeout: 30_000 }).toContain(words.stored)
      expect(await page.locator('input[name="secret"]').inputValue()).toBe('')
      expect(await page.content()).not.toContain(mastodon.token)

      await page.getByRole('button', { name: words.test }).click()
      await expect
        .poll(() => page.locator('.balises-test-connection [role="status"]').innerText(), { timeout: 30_000 })
        .toContain(words.connected)
      await page.waitForLoadState('networkidle')
      await shootWidths(page, SHOTS, `${language}-account-tested`)
      const id = page.url().match(/channel-accounts\/(\d+)/)![1]
      const stored = await api('responsable', `/api/channel-accounts/${id}?depth=0`)
      expect(stored).toMatchObject({ network: 'mastodon', health: 'ok' })
      expect(JSON.stringify(stored)).not.toContain(mastodon.token)
      // GraphQL, asked for the secret by name: never there (the stored cipher is not even in the schema).
      const graphql = await fetch(`${app.url}/api/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `JWT ${await token('responsable')}` },
        body: JSON.stringify({ query: '{ ChannelAccounts { docs { id name secret } } }' }),
      })
      const answer = await graphql.text()
      expect(graphql.status, answer).toBe(200)
      expect(answer).toContain(`Mastodon de l’organisme (${language})`)
      expect(answer).not.toContain(mastodon.token)
      // One account per language run: the second is switched off so the post below goes to one.
      if (language === 'en') await api('responsable', `/api/channel-accounts/${id}`, 'PATCH', { active: false })
      await page.context().close()
    })
  }

  it('a post published now reaches Mastodon by its job; its sidebar shows ✓ with the link, Instagram « à publier à la main » with the text to copy and the image; the history says it', async () => {
    const category = (await api('redaction', '/api/categories?where[code][equals]=CAT-2&depth=0')).docs[0]
    const image = (await api('redaction', '/api/media?where[noIdentifiablePerson][equals]=true&depth=0&limit=1')).docs[0]
    const text = 'Nos ateliers de prévention reprennent en janvier dans les écoles du quartier.'
    const { doc } = await api('redaction', '/api/posts', 'POST', {
      title: 'Ateliers de janvier',
      category: category.id,
      media: [image.id],
      channels: [
        { channel: 'mastodon', text },
        { channel: 'instagram', text },
      ],
    })
    await api('redaction', `/api/posts/${doc.id}/workflow`, 'POST', { action: 'submit' })
    await api('responsable', `/api/posts/${doc.id}/workflow`, 'POST', { action: 'approve', valuesConfirmed: true })
    await api('responsable', `/api/posts/${doc.id}/workflow`, 'POST', { action: 'publishNow' })
    // The app runs its jobs queue every minute.
    await expect
      .poll(() => [...mastodon.statuses.values()].filter((status) => status.text === text).length, { timeout: 150_000, interval: 2000 })
      .toBe(1)

    for (const language of ['fr', 'en'] as const) {
      const page = await signIn(browser, app, 'responsable')
      await page.context().addCookies([{ name: 'payload-lng', value: language, url: app.url }])
      await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.url })
      await page.goto(`${app.url}/admin/collections/posts/${doc.id}`)
      const panel = page.locator('.balises-deliveries')
      await expect.poll(() => panel.locator('.balises-deliveries__row--posted').count(), { timeout: 60_000 }).toBe(1)
      expect(await panel.locator('.balises-deliveries__row--posted').innerText()).toContain(WORDS[language].posted)
      expect(await panel.locator('.balises-deliveries__row--posted a').getAttribute('href')).toMatch(/^http/)
      const manual = panel.locator('.balises-deliveries__row--manual')
      expect(await manual.locator('input[type="url"]').count()).toBe(1)
      await expect.poll(() => manual.locator('textarea').inputValue(), { timeout: 30_000 }).toBe(text)
      const download = manual.locator('a[download]')
      expect(await download.innerText()).toContain(`${WORDS[language].download} ${image.filename}`)
      expect((await page.request.get(new URL(String(await download.getAttribute('href')), app.url).href)).status()).toBe(200)
      await manual.getByRole('button', { name: WORDS[language].copy }).click()
      await expect.poll(() => manual.locator('[role="status"]').innerText(), { timeout: 10_000 }).toBe(WORDS[language].copied)
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(text)
      expect(await page.getByText(WORDS[language].history, { exact: false }).count()).toBeGreaterThan(0)
      await panel.scrollIntoViewIfNeeded()
      await shootWidths(page, SHOTS, `${language}-post-deliveries`)
      await page.context().close()
    }
  })
})
