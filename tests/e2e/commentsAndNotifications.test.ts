import path from 'node:path'

import type { Browser, Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'

import type { RunningApp } from './helpers/app'
import { SCREENSHOTS } from './helpers/browser'
import { apiToken, setUpAppAndBrowser, signIn } from './helpers/session'

const SIZES = [
  [1440, 1000],
  [390, 844],
] as const

describe('comments with @mentions in the edit view, and the bell of the person mentioned (production build, Chromium)', () => {
  let app: RunningApp
  let browser: Browser
  setUpAppAndBrowser((started, launched) => {
    app = started
    browser = launched
  })

  async function api(role: string, route: string, init: RequestInit = {}): Promise<any> {
    const response = await fetch(`${app.url}${route}`, {
      ...init,
      headers: { 'content-type': 'application/json', authorization: `JWT ${await apiToken(app, role)}`, ...init.headers },
    })
    const json = await response.json()
    expect(response.status, JSON.stringify(json)).toBeLessThan(300)
    return json
  }

  async function setLanguage(page: Page, language: 'fr' | 'en') {
    await page.context().addCookies([{ name: 'payload-lng', value: language, url: app.url }])
  }

  const unreadCount = async (page: Page) => {
    const badge = page.getByTestId('notification-count')
    return (await badge.count()) === 0 ? 0 : Number(await badge.textContent())
  }

  it('redaction mentions the responsible person; she sees the count and the item, opens the post, marks all read', async () => {
    const title = 'Atelier parents — commentaires'
    const category = (await api('redaction', '/api/categories?where[code][equals]=CAT-2&depth=0')).docs[0]
    const post = (
      await api('redaction', '/api/posts', {
        method: 'POST',
        body: JSON.stringify({
          title,
          category: category.id,
          channels: [{ channel: 'facebook', text: 'Un atelier pour les parents, jeudi soir à la bibliothèque.' }],
        }),
      })
    ).doc
    const responsable = await signIn(browser, app, 'responsable')
    // Demo notifications may exist already: mark them read so the count speaks of this test only.
    await api('responsable', '/api/notifications?where[readAt][exists]=false', {
      method: 'PATCH',
      body: JSON.stringify({ readAt: new Date().toISOString() }),
    })

    const page = await signIn(browser, app, 'redaction')
    await page.goto(`${app.url}/admin/collections/posts/${post.id}`)
    const panel = page.getByTestId('comments-panel')
    await panel.waitFor({ timeout: 60_000 })
    await expect.poll(() => panel.textContent(), { timeout: 30_000 }).toContain('Aucun commentaire pour l’instant.')
    await page.getByTestId('comment-input').fill('@Roxanne Responsable pouvez-vous vérifier l’heure de l’atelier ?')
    await page.getByTestId('comment-submit').click()
    const item = page.getByTestId('comment-item')
    await expect.poll(() => item.count(), { timeout: 30_000 }).toBe(1)
    expect(await item.first().textContent()).toContain('Rémi Rédaction')
    expect(await item.first().textContent()).toContain('pouvez-vous vérifier l’heure')
    expect(await item.first().textContent()).not.toMatch(/\b(AM|PM)\b/)
    await expect.poll(() => page.getByTestId('comment-input').inputValue()).toBe('')

    for (const language of ['fr', 'en'] as const) {
      await setLanguage(page, language)
      for (const [width, height] of SIZES) {
        await page.setViewportSize({ width, height })
        await page.reload()
        await panel.waitFor({ timeout: 60_000 })
        await expect.poll(() => item.count(), { timeout: 30_000 }).toBe(1)
        await panel.scrollIntoViewIfNeeded()
        expect(await panel.textContent()).toContain(language === 'fr' ? 'Commentaires' : 'Comments')
        await panel.screenshot({ path: path.join(SCREENSHOTS, `comments-panel-${language}-${width}.png`) })
        await page.screenshot({ path: path.join(SCREENSHOTS, `comments-edit-view-${language}-${width}.png`) })
      }
    }

    // The responsible person: the bell counts it on the next navigation, the item leads to the post.
    await responsable.goto(`${app.url}/admin`)
    const bell = responsable.getByTestId('notification-bell')
    await bell.waitFor({ timeout: 60_000 })
    await expect.poll(() => unreadCount(responsable), { timeout: 30_000 }).toBe(1)
    await bell.click()
    const mention = responsable.getByTestId('notification-item').filter({ hasText: 'Rémi Rédaction vous a mentionné·e' })
    await mention.waitFor({ timeout: 30_000 })
    expect(await mention.textContent()).toContain(`« ${title} »`)
    expect(await mention.textContent()).toContain('Mention dans un commentaire')
    expect(await mention.textContent()).not.toMatch(/\b(AM|PM)\b/)
    for (const language of ['fr', 'en'] as const) {
      await setLanguage(responsable, language)
      for (const [width, height] of SIZES) {
        await responsable.setViewportSize({ width, height })
        await responsable.reload()
        await bell.waitFor({ timeout: 60_000 })
        await expect.poll(() => unreadCount(responsable), { timeout: 30_000 }).toBe(1)
        await bell.click()
        await responsable.getByTestId('notification-item').first().waitFor({ timeout: 30_000 })
        // The list stays inside the screen, its messages wrapped, not cut.
        const box = (await responsable.locator('.balises-bell__panel').boundingBox())!
        expect(box.x).toBeGreaterThanOrEqual(0)
        expect(box.x + box.width).toBeLessThanOrEqual(width)
        const link = responsable.getByTestId('notification-item').first().locator('a')
        expect(await link.evaluate((element) => element.scrollWidth <= element.clientWidth + 1)).toBe(true)
        expect(await responsable.getByTestId('notification-mark-all-read').textContent()).toBe(
          language === 'fr' ? 'Tout marquer comme lu' : 'Mark all as read',
        )
        await responsable.screenshot({ path: path.join(SCREENSHOTS, `notification-bell-${language}-${width}.png`) })
      }
    }
    await setLanguage(responsable, 'fr')
    await responsable.setViewportSize({ width: 1440, height: 1000 })
    await responsable.reload()
    await bell.click()
    await mention.locator('a').click()
    await responsable.waitForURL(`**/admin/collections/posts/${post.id}`, { timeout: 60_000 })
    await responsable.getByTestId('comments-panel').getByTestId('comment-item').first().waitFor({ timeout: 60_000 })
    await expect.poll(() => unreadCount(responsable), { timeout: 30_000 }).toBe(0)

    // Resolve from the panel (the responsible person may resolve any comment), then reopen.
    await responsable.getByTestId('comment-resolve').click()
    await responsable.getByTestId('comment-resolve').waitFor({ state: 'detached', timeout: 30_000 })
    const stored = (await api('responsable', `/api/comments?where[post][equals]=${post.id}&depth=0`)).docs[0]
    expect(stored.resolved).toBe(true)

    // A new one, then « mark all read » empties the count.
    await api('redaction', '/api/comments', {
      method: 'POST',
      body: JSON.stringify({ post: post.id, body: 'Merci @Roxanne Responsable !' }),
    })
    await responsable.goto(`${app.url}/admin`)
    await expect.poll(() => unreadCount(responsable), { timeout: 30_000 }).toBe(1)
    await bell.click()
    await responsable.getByTestId('notification-mark-all-read').click()
    await expect.poll(() => unreadCount(responsable), { timeout: 30_000 }).toBe(0)
  })

  it('each person chooses on their account which notifications also come by e-mail, and their language', async () => {
    const page = await signIn(browser, app, 'redaction')
    for (const language of ['fr', 'en'] as const) {
      await setLanguage(page, language)
      for (const [width, height] of SIZES) {
        await page.setViewportSize({ width, height })
        await page.goto(`${app.url}/admin/account`)
        const field = page.locator('#field-emailNotificationKinds')
        await field.waitFor({ timeout: 60_000 })
        const label = language === 'fr' ? 'Notifications reçues aussi par courriel' : 'Notifications also received by e-mail'
        await page.getByText(label, { exact: true }).first().waitFor({ timeout: 30_000 })
        const sentBack = language === 'fr' ? 'Publication renvoyée en rédaction' : 'Post sent back to drafting'
        await expect.poll(async () => (await field.textContent()) ?? '', { timeout: 30_000 }).toContain(sentBack)
        expect(await field.textContent()).not.toMatch(/sentBack|publishRefused/)
        // Their own choice: editable (roles, for comparison, are not).
        expect(await field.getAttribute('class')).not.toContain('read-only')
        expect(await page.locator('#field-notificationLanguage').getAttribute('class')).not.toContain('read-only')
        expect(await page.locator('#field-roles').getAttribute('class')).toContain('read-only')
        await field.scrollIntoViewIfNeeded()
        await page.screenshot({ path: path.join(SCREENSHOTS, `account-email-notifications-${language}-${width}.png`) })
      }
    }
  })
})
