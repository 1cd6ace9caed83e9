import path from 'node:path'

import type { Browser, Page } from 'playwright-core'
import { beforeAll, describe, expect, it } from 'vitest'

import type { RunningApp } from './helpers/app'
import { apiAsRole } from './helpers/api'
import { SCREENSHOTS } from './helpers/browser'
import { setUpAppAndBrowser, signIn } from './helpers/session'

const SHOTS = path.join(SCREENSHOTS, 'preview')
const COMMON = 'Texte commun de la publication : notre atelier de prévention revient cet automne.'
/** Over 280 for X, past Instagram's 125 in its feed, with a link and a hashtag early on. */
const LONG =
  'Inscrivez votre école à nos ateliers #PréventionViolence : https://exemple.org/ateliers. ' +
  'Nos animatrices rencontrent les élèves du primaire pour parler de leurs droits, de leurs émotions et des adultes de confiance. '.repeat(
    3,
  )

function lexical(text: string) {
  const node = { type: 'text', text, format: 0, style: '', mode: 'normal', detail: 0, version: 1 }
  const paragraph = { type: 'paragraph', format: '', indent: 0, version: 1, direction: 'ltr', textFormat: 0, children: [node] }
  return { root: { type: 'root', format: '', indent: 0, version: 1, direction: 'ltr', children: [paragraph] } }
}

describe('preview per network in the post edit view', () => {
  let app: RunningApp
  let browser: Browser
  let postId: number
  setUpAppAndBrowser((started, launched) => {
    app = started
    browser = launched
  })
  const { api } = apiAsRole(() => app)

  beforeAll(async () => {
    const categories = await api('redaction', '/api/categories?where[code][equals]=CAT-2&depth=0&limit=1')
    const media = await api('redaction', '/api/media?depth=0&limit=2&sort=id')
    const created = await api('redaction', '/api/posts', 'POST', {
      title: 'Aperçu des réseaux',
      category: categories.docs[0].id,
      channels: [{ channel: 'x', text: 'Court' }, { channel: 'instagram', text: 'Court aussi' }, { channel: 'facebook' }],
      body: lexical(COMMON),
      media: media.docs.map((doc: { id: number }) => doc.id),
    })
    postId = created.doc.id
  })

  async function openPost(page: Page) {
    await page.goto(`${app.url}/admin/collections/posts/${postId}`)
    const preview = page.getByTestId('post-preview')
    await preview.waitFor({ timeout: 60_000 })
    await page.locator('#field-channels__0__text').waitFor({ timeout: 60_000 })
    return preview
  }

  async function noSidewaysScroll(page: Page) {
    const { scroll, width } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, width: window.innerWidth }))
    expect(scroll, 'page wider than the viewport').toBeLessThanOrEqual(width)
  }

  it('in French: follows typing, marks X’s excess, cuts Instagram with « … plus », says which text is published', async () => {
    const page = await signIn(browser, app, 'redaction')
    const preview = await openPost(page)
    expect(await preview.locator('h3').textContent()).toBe('Aperçu par réseau')

    // Facebook has no text of its own: it receives the common text, and says so.
    await preview.getByTestId('preview-tab-facebook').click()
    const facebook = preview.getByTestId('preview-card-facebook')
    await expect.poll(() => facebook.getAttribute('data-source')).toBe('common')
    expect(await facebook.getByTestId('preview-text-facebook').textContent()).toBe(COMMON)
    expect(await facebook.getByTestId('preview-source-facebook').textContent()).toContain('Texte commun')
    // The post's images, read through the media API with the session, in Facebook's grid.
    await expect.poll(() => facebook.locator('img').count(), { timeout: 30_000 }).toBeGreaterThan(0)

    const x = preview.getByTestId('preview-card-x')
    await preview.getByTestId('preview-tab-x').click()
    expect(await x.getAttribute('data-source')).toBe('own')
    expect(await x.getByTestId('preview-text-x').textContent()).toBe('Court')
    const xText = page.locator('#field-channels__0__text')
    await xText.fill(LONG)
    // The card follows typing, key by key.
    await xText.press('End')
    await xText.pressSequentially(' Merci!')
    await expect.poll(() => x.getByTestId('preview-text-x').textContent(), { timeout: 10_000 }).toBe(`${LONG} Merci!`)
    expect(await x.getAttribute('data-over')).toBe('true')
    const over = x.locator('.balises-preview__over')
    expect(await over.count()).toBeGreaterThan(0)
    expect((await over.allTextContents()).join('')).toContain('Merci!')
    expect(await x.getByTestId('preview-count-x').textContent()).toMatch(/\d+ \/ 280 caractères — \d+ de trop/)
    expect(await x.locator('.balises-preview__hashtag').first().textContent()).toBe('#PréventionViolence')
    expect(await x.locator('.balises-preview__link').first().textContent()).toBe('https://exemple.org/ateliers')

    const instagramText = page.locator('#field-channels__1__text')
    await instagramText.fill(LONG)
    await preview.getByTestId('preview-tab-instagram').click()
    const instagram = preview.getByTestId('preview-card-instagram')
    await expect.poll(() => instagram.getAttribute('data-truncated')).toBe('true')
    const shown = (await instagram.getByTestId('preview-text-instagram').textContent()) ?? ''
    expect(shown).toMatch(/… plus$/)
    expect(shown.length).toBeLessThan(140)
    expect(await instagram.getByTestId('preview-images-instagram').getAttribute('data-layout')).toMatch(/single|carousel/)
    await page.evaluate(() => window.scrollTo(0, 0))
    await page.screenshot({ path: path.join(SHOTS, 'preview-fr-1440.png'), fullPage: true })
    await preview.screenshot({ path: path.join(SHOTS, 'preview-fr-1440-panel.png') })
    await instagram.getByTestId('preview-more-instagram').click()
    await expect.poll(() => instagram.getByTestId('preview-text-instagram').textContent()).toBe(LONG)

    await page.setViewportSize({ width: 390, height: 844 })
    await preview.getByTestId('preview-tab-x').click()
    await noSidewaysScroll(page)
    await preview.scrollIntoViewIfNeeded()
    await preview.screenshot({ path: path.join(SHOTS, 'preview-fr-390-panel.png') })
    await page.evaluate(() => window.scrollTo(0, 0))
    await page.screenshot({ path: path.join(SHOTS, 'preview-fr-390.png'), fullPage: true })
    await page.context().close()
  })

  it('in English', async () => {
    const page = await signIn(browser, app, 'redaction')
    await page.context().addCookies([{ name: 'payload-lng', value: 'en', url: app.url }])
    const preview = await openPost(page)
    await expect.poll(() => preview.locator('h3').textContent()).toBe('Preview per network')
    await page.locator('#field-channels__1__text').fill(LONG)
    await preview.getByTestId('preview-tab-instagram').click()
    const instagram = preview.getByTestId('preview-card-instagram')
    await expect.poll(() => instagram.getByTestId('preview-text-instagram').textContent()).toMatch(/… more$/)
    expect(await instagram.getByTestId('preview-source-instagram').textContent()).toBe('Instagram’s own text')
    await page.locator('#field-channels__0__text').fill(LONG)
    await preview.getByTestId('preview-tab-x').click()
    await expect.poll(() => preview.getByTestId('preview-count-x').textContent()).toMatch(/\d+ \/ 280 characters — \d+ too many/)
    await page.evaluate(() => window.scrollTo(0, 0))
    await page.screenshot({ path: path.join(SHOTS, 'preview-en-1440.png'), fullPage: true })
    await preview.screenshot({ path: path.join(SHOTS, 'preview-en-1440-panel.png') })
    await page.setViewportSize({ width: 390, height: 844 })
    await noSidewaysScroll(page)
    await preview.scrollIntoViewIfNeeded()
    await preview.screenshot({ path: path.join(SHOTS, 'preview-en-390-panel.png') })
    await page.evaluate(() => window.scrollTo(0, 0))
    await page.screenshot({ path: path.join(SHOTS, 'preview-en-390.png'), fullPage: true })
    await page.context().close()
  })
})
