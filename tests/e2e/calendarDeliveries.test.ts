import fs from 'node:fs'
import path from 'node:path'

import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { dayKey } from '../../src/time/zonedTime'
import { startFakeMastodon, type FakeMastodon } from '../fakes/mastodon'
import { apiAsRole } from './helpers/api'
import type { RunningApp } from './helpers/app'
import { SCREENSHOTS } from './helpers/browser'
import { shootWidths } from './helpers/shootWidths'
import { setUpAppAndBrowser, signIn } from './helpers/session'

const SHOTS = path.join(SCREENSHOTS, 'calendar-deliveries')

const TITLES = {
  posted: 'Ateliers de janvier (Mastodon et X)',
  refused: 'Refusée par Mastodon',
  pending: 'Capsule du jour (Mastodon et Facebook)',
}

const WORDS = {
  fr: {
    refused: 'Mastodon : Échec — le réseau a refusé le contenu',
    refusedState: 'Échec — le réseau a refusé le contenu',
    manualState: 'À publier à la main',
    open: 'Mastodon : Publiée — ouvrir la publication sur le réseau',
    manual: '✎ À publier à la main',
    legend: 'Sur les réseaux',
    other: 'To publish by hand',
  },
  en: {
    refused: 'Mastodon: Failed — the network refused the content',
    refusedState: 'Failed — the network refused the content',
    manualState: 'To publish by hand',
    open: 'Mastodon: Published — open the post on the network',
    manual: '✎ To publish by hand',
    legend: 'On the networks',
    other: 'À publier à la main',
  },
} as const

/** Codes of the deliveries collection that must never reach a person's eyes. */
const INTERNAL = ['removalFailed', 'rateLimited', 'noAccount', 'state_', 'reason_', 'deliveries:', '{{']

describe('delivery marks on the calendar (issue 15, production build, a fake Mastodon)', () => {
  let app: RunningApp
  let browser: Browser
  let mastodon: FakeMastodon
  setUpAppAndBrowser((started, launched) => {
    app = started
    browser = launched
  })
  const { api } = apiAsRole(() => app)
  beforeAll(async () => {
    mastodon = await startFakeMastodon()
    fs.mkdirSync(SHOTS, { recursive: true })
  })
  afterAll(async () => {
    await mastodon?.close()
  })

  const ids: Record<keyof typeof TITLES, number> = { posted: 0, refused: 0, pending: 0 }
  const today = () => dayKey(new Date(), 'America/Toronto')

  async function publishNow(title: string, channels: string[]): Promise<number> {
    const category = (await api('redaction', '/api/categories?where[code][equals]=CAT-2&depth=0')).docs[0]
    const text = `${title} : nos animatrices reprennent les ateliers de prévention dans les écoles.`
    const { doc } = await api('redaction', '/api/posts', 'POST', {
      title,
      category: category.id,
      channels: channels.map((channel) => ({ channel, text })),
    })
    await api('redaction', `/api/posts/${doc.id}/workflow`, 'POST', { action: 'submit' })
    await api('responsable', `/api/posts/${doc.id}/workflow`, 'POST', { action: 'approve', valuesConfirmed: true })
    await api('responsable', `/api/posts/${doc.id}/workflow`, 'POST', { action: 'publishNow' })
    return doc.id
  }
  const stateOf = async (id: number, network: string) =>
    (await api('responsable', `/api/deliveries?where[post][equals]=${id}&depth=0`)).docs.find(
      (row: { network: string }) => row.network === network,
    )?.state

  it('three posts go out: one reaches Mastodon (X by hand), one is refused, one is still on its way', async () => {
    await api('responsable', '/api/channel-accounts', 'POST', {
      name: 'Mastodon de l’organisme',
      network: 'mastodon',
      serverUrl: mastodon.url,
      secret: mastodon.token,
    })
    ids.posted = await publishNow(TITLES.posted, ['mastodon', 'x'])
    // The app runs its jobs queue every minute.
    await expect.poll(() => stateOf(ids.posted, 'mastodon'), { timeout: 150_000, interval: 2000 }).toBe('posted')
    mastodon.failNext(/\/api\/v1\/statuses$/, { status: 422, body: { error: 'Validation failed: Text contains a forbidden word' } })
    ids.refused = await publishNow(TITLES.refused, ['mastodon'])
    await expect.poll(() => stateOf(ids.refused, 'mastodon'), { timeout: 150_000, interval: 2000 }).toBe('failed')
    // Just after a run: the next one is about a minute away, so this one is seen waiting.
    ids.pending = await publishNow(TITLES.pending, ['mastodon', 'facebook'])
  }, 360_000)

  for (const language of ['fr', 'en'] as const) {
    it(`${language}: each event shows its networks’ marks with words in the person’s language, at 1440 and 390 px`, async () => {
      expect(ids.pending).not.toBe(0)
      const words = WORDS[language]
      const page = await signIn(browser, app, 'responsable', { viewport: { width: 1440, height: 1100 } })
      await page.context().addCookies([{ name: 'payload-lng', value: language, url: app.url }])
      // Only the Mastodon posts: the demo's own posts of the day would hide them behind « +2 ».
      await page.goto(`${app.url}/admin/calendar?view=dayGridMonth&date=${today()}&channel=mastodon`)
      const event = (title: string) => page.locator('.fc-daygrid-event', { hasText: title })
      await event(TITLES.pending).waitFor({ timeout: 60_000 })

      const posted = event(TITLES.posted)
      const link = posted.locator('a.balises-delivery[data-network="mastodon"]')
      expect((await link.getAttribute('href'))?.startsWith(`${mastodon.url}/`)).toBe(true)
      expect(await link.getAttribute('aria-label')).toBe(words.open)
      expect(await link.innerText()).toBe('MA\u00a0✓')
      expect(await posted.locator('[data-network="x"]').innerText()).toBe('X\u00a0✎')
      expect(await posted.locator('.balises-event__manual').innerText()).toBe(words.manual)
      // The networks with a mark are not named a second time in the stage line.
      expect(await posted.locator('.balises-event__meta').innerText()).not.toMatch(/\b(MA|X)\b/)

      const refused = event(TITLES.refused).locator('[data-network="mastodon"]')
      expect(await refused.getAttribute('title')).toBe(words.refused)
      expect(await refused.innerText()).toBe('MA\u00a0✗')
      const pending = event(TITLES.pending)
      expect(['pending', 'posted']).toContain(
        (await pending.locator('[data-network="mastodon"]').getAttribute('class'))?.match(/is-(\w+)/)?.[1],
      )
      expect(await pending.locator('[data-network="facebook"]').innerText()).toBe('FB\u00a0✎')

      // ⏳ is drawn (no font here has it): in the legend, and on the post still on its way if it still is.
      expect(await page.getByTestId('calendar-legend-deliveries').locator('svg.balises-hourglass').count()).toBe(1)
      if ((await pending.locator('[data-network="mastodon"].is-pending').count()) === 1)
        expect(await pending.locator('[data-network="mastodon"] svg.balises-hourglass').isVisible()).toBe(true)
      // The grid fills its frame (FullCalendar once kept a stale width there).
      const grid = await page.locator('.fc-daygrid-body').boundingBox()
      const frame = await page.locator('.fc-view-harness').boundingBox()
      expect(Math.abs((grid?.width ?? 0) - (frame?.width ?? 0))).toBeLessThan(3)
      expect(await page.getByTestId('calendar-legend').innerText()).toContain(words.legend)
      const shown = await page.getByTestId('balises-calendar').innerText()
      expect(shown).not.toContain(words.other)
      for (const code of INTERNAL) expect(shown).not.toContain(code)
      await shootWidths(page, SHOTS, `${language}-month`)

      // The ✓ opens the post on its network, in a new tab; the calendar stays where it is.
      const calendarUrl = page.url()
      const [tab] = await Promise.all([page.context().waitForEvent('page'), link.click()])
      expect(tab.url()).toBe(await link.getAttribute('href'))
      await tab.close()
      expect(page.url()).toBe(calendarUrl)

      await page.goto(`${app.url}/admin/calendar?view=timeGridWeek&date=${today()}&channel=mastodon`)
      await page.locator('.fc-timegrid-event .balises-delivery').first().waitFor({ timeout: 60_000 })
      await shootWidths(page, SHOTS, `${language}-week`)

      // The list (a phone's view): each state in words, the refusal with its reason.
      await page.goto(`${app.url}/admin/calendar?view=listMonth&date=${today()}&channel=mastodon`)
      const row = (title: string) => page.locator('.fc-list-event', { hasText: title })
      await row(TITLES.refused).waitFor({ timeout: 60_000 })
      expect(await row(TITLES.refused).locator('[data-network="mastodon"]').innerText()).toBe(`MA\u00a0✗${words.refusedState}`)
      expect(await row(TITLES.posted).locator('[data-network="x"]').innerText()).toBe(`X\u00a0✎${words.manualState}`)
      for (const code of INTERNAL) expect(await page.getByTestId('balises-calendar').innerText()).not.toContain(code)
      await shootWidths(page, SHOTS, `${language}-list`)
      await page.context().close()
    })
  }
})
