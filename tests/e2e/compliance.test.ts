import path from 'node:path'

import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startApp, type RunningApp } from './helpers/app'
import { launchChromium, SCREENSHOTS } from './helpers/browser'
import { apiToken, signIn } from './helpers/session'

const FORBID_2_TEXT = 'Écrivez-nous en message privé pour être accompagnée dans vos démarches.'
/** 300 characters without links or emoji: X counts 300, 20 over its 280. */
const OFFER_TEXT = 'Nous cherchons une personne animatrice pour nos ateliers de prévention dans les écoles primaires. '
  .repeat(4)
  .slice(0, 300)

type FieldErrors = { path: string; message: string }[]

describe('compliance panel, character counter and the rules over HTTP (production build, Express edge)', () => {
  let app: RunningApp
  let browser: Browser

  beforeAll(async () => {
    app = await startApp()
    // Every test below signs in with a demo account: say so plainly (with the start's output) if there are none.
    const roles = app.accounts.map((account) => account.role).sort()
    const output = app.output().replace(/(@demo\.balises\.test\s+)\S+/g, '$1<password>')
    expect(roles, `demo accounts missing from the start's output:\n${output}`).toEqual(['admin', 'collective', 'redaction', 'responsable'])
    browser = await launchChromium()
  })
  afterAll(async () => {
    await browser?.close()
    await app?.stop()
  })

  // One login per role for the file: the edge allows 10 logins a minute per address.
  const tokens = new Map<string, Promise<string>>()
  const loginToken = (role: string) => {
    if (!tokens.has(role)) tokens.set(role, apiToken(app, role))
    return tokens.get(role)!
  }
  async function api(token: string | null, route: string, init: { method?: string; body?: string } = {}) {
    return fetch(`${app.url}${route}`, {
      method: init.method ?? 'GET',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `JWT ${token}` } : {}) },
      body: init.body,
    })
  }
  async function postCount(token: string): Promise<number> {
    const response = await api(token, '/api/posts/count')
    expect(response.status).toBe(200)
    return ((await response.json()) as { totalDocs: number }).totalDocs
  }
  async function categoryId(token: string, code: string): Promise<number> {
    const response = await api(token, `/api/categories?where[code][equals]=${code}&depth=0&limit=1`)
    return ((await response.json()) as { docs: { id: number }[] }).docs[0].id
  }

  describe('POST /api/posts/compliance through the real server', () => {
    it('answers 401 without a session', async () => {
      const response = await api(null, '/api/posts/compliance', { method: 'POST', body: JSON.stringify({ data: {} }) })
      expect(response.status).toBe(401)
      const body = (await response.json()) as { errors: { message: string }[] }
      expect(body.errors[0].message).toMatch(/Connectez-vous/)
    })

    it('answers 403 to an account without any Balises role', async () => {
      const admin = await loginToken('admin')
      const email = `sans-role-${Date.now()}@demo.balises.test`
      const password = 'Un-mot-de-passe-assez-long-1'
      const created = await api(admin, '/api/users', {
        method: 'POST',
        body: JSON.stringify({ email, password, name: 'Sans rôle', roles: [] }),
      })
      expect(created.status).toBe(201)
      const login = await api(null, '/api/users/login', { method: 'POST', body: JSON.stringify({ email, password }) })
      expect(login.status).toBe(200)
      const { token } = (await login.json()) as { token: string }
      const response = await api(token, '/api/posts/compliance', { method: 'POST', body: JSON.stringify({ data: {} }) })
      expect(response.status).toBe(403)
      expect(((await response.json()) as { errors: { message: string }[] }).errors[0].message).toMatch(/aucun rôle/)
    })

    it('answers 400 with a message to a bad body, JSON or not', async () => {
      const token = await loginToken('redaction')
      for (const body of ['{ pas du JSON', JSON.stringify({ data: { channels: [{ channel: 'myspace', text: 1 }] } }), JSON.stringify([])]) {
        const response = await api(token, '/api/posts/compliance', { method: 'POST', body })
        expect(response.status).toBe(400)
        const answer = (await response.json()) as { errors: { message: string }[] }
        expect(answer.errors).toHaveLength(1)
        expect(answer.errors[0].message).toMatch(/^Requête invalide : ./)
      }
    })

    it('answers 200 with the FORBID-1 warning for birthday wishes, and writes nothing', async () => {
      const token = await loginToken('redaction')
      const before = await postCount(token)
      const response = await api(token, '/api/posts/compliance', {
        method: 'POST',
        body: JSON.stringify({ data: { channels: [{ channel: 'facebook', text: 'Joyeux anniversaire Marc !' }] } }),
      })
      expect(response.status).toBe(200)
      const report = (await response.json()) as {
        rules: { id: string }[]
        findings: { rule: string; level: string; path: string; message: { fr: string; en: string }; overridden: boolean }[]
      }
      expect(report.rules.map((rule) => rule.id)).toContain('FORBID-1')
      expect(report.findings).toContainEqual({
        rule: 'FORBID-1',
        level: 'warn',
        path: 'channels.0.text',
        // The rule ID is data (`rule`), not a prefix of the message.
        message: { fr: expect.stringMatching(/^« Joyeux anniversaire/), en: expect.not.stringMatching(/^FORBID-1/) },
        overridden: false,
      })
      expect(await postCount(token)).toBe(before)
    })
  })

  describe('the rules hold over REST and GraphQL', () => {
    it('REST: a FORBID-2 text is refused with 400 on channels.0.text, nothing written', async () => {
      const token = await loginToken('redaction')
      const before = await postCount(token)
      const response = await api(token, '/api/posts', {
        method: 'POST',
        body: JSON.stringify({
          title: 'Besoin d’aide ?',
          category: await categoryId(token, 'CAT-2'),
          channels: [{ channel: 'facebook', text: FORBID_2_TEXT }],
        }),
      })
      expect(response.status).toBe(400)
      const body = (await response.json()) as { errors: { data?: { errors: FieldErrors } }[] }
      const first = body.errors[0].data!.errors[0]
      expect(first.path).toBe('channels.0.text')
      expect(first.message).toMatch(/^FORBID-2 /)
      expect(await postCount(token)).toBe(before)
    })

    it('GraphQL: the same createPost is refused with the FORBID-2 message, nothing written', async () => {
      const token = await loginToken('redaction')
      const before = await postCount(token)
      const response = await api(token, '/api/graphql', {
        method: 'POST',
        body: JSON.stringify({
          query: 'mutation ($data: mutationPostInput!) { createPost(data: $data) { id } }',
          variables: {
            data: {
              title: 'Besoin d’aide ?',
              category: await categoryId(token, 'CAT-2'),
              channels: [{ channel: 'facebook', text: FORBID_2_TEXT }],
              // GraphQL marks a required field with a default as non-null in the input type.
              workflowStatus: 'draft',
            },
          },
        }),
      })
      const body = (await response.json()) as {
        data?: { createPost: { id: number } | null } | null
        errors?: { message: string; extensions?: { statusCode?: number; data?: { errors: FieldErrors } } }[]
      }
      expect(body.errors, JSON.stringify(body)).toHaveLength(1)
      expect(body.data?.createPost ?? null).toBeNull()
      const error = body.errors![0]
      expect(error.extensions?.statusCode).toBe(400)
      expect(error.extensions?.data?.errors[0]).toMatchObject({ path: 'channels.0.text', message: expect.stringMatching(/^FORBID-2 /) })
      expect(await postCount(token)).toBe(before)
    })
  })

  describe('the post edit view (redaction, in French)', () => {
    let page: Page

    beforeAll(async () => {
      const account = app.accounts.find((candidate) => candidate.role === 'redaction')!
      const context = await browser.newContext({ viewport: { width: 1440, height: 1000 } })
      page = await context.newPage()
      await page.goto(`${app.url}/admin/login`)
      await page.locator('input[name="email"]').fill(account.email)
      await page.locator('input[name="password"]').fill(account.password)
      await page.getByRole('button', { name: 'Se connecter' }).click()
      await page.getByTestId('balises-dashboard').waitFor({ timeout: 60_000 })
    })
    afterAll(async () => {
      await page?.context().close()
    })

    async function choose(selectLocator: string, option: string) {
      const select = page.locator(selectLocator)
      await select.locator('button.dropdown-indicator').click()
      const menu = page.locator('.rs__menu')
      await menu.waitFor({ state: 'visible', timeout: 30_000 })
      await menu.locator('.rs__option', { hasText: option }).first().click()
    }

    it('counts the X text as X counts it, and the panel shows CAT-6 to complete and CHAN-1 blocking', async () => {
      await page.goto(`${app.url}/admin/collections/posts/create`)
      // An unsaved form: nothing is written until « Enregistrer le brouillon » (drafts are validated).
      const title = page.locator('#field-title')
      await title.waitFor({ timeout: 60_000 })
      const panel = page.getByTestId('compliance-panel')
      await panel.waitFor({ timeout: 60_000 })
      await expect.poll(() => panel.locator('h3').textContent()).toBe('Conformité à la politique')

      await title.fill('Offre de stage en animation')
      await page.getByTestId('category-picker').locator('label', { hasText: "Offres d'emploi, de stage ou de bénévolat" }).click()

      await page.locator('#field-channels .array-field__add-row').first().click()
      await page.locator('#field-channels__0__channel').waitFor({ timeout: 30_000 })
      await choose('#field-channels__0__channel', 'X (Twitter)')
      const text = page.locator('#field-channels__0__text')
      await text.fill(OFFER_TEXT)
      expect(OFFER_TEXT).toHaveLength(300)

      const counter = page.getByTestId('channel-counter')
      await expect.poll(() => counter.getAttribute('data-over'), { timeout: 30_000 }).toBe('true')
      const counterText = (await counter.textContent()) ?? ''
      expect(counterText).toContain('300 / 280')
      expect(counterText).toContain('(liens comptés 23)')
      expect(counterText).toContain('CHAN-1 : 20 caractères de trop')
      const [red, green, blue] = (await counter.evaluate((element) => getComputedStyle(element).color)).match(/\d+/g)!.map(Number)
      expect(red).toBeGreaterThan(150)
      expect(red).toBeGreaterThan(green + 60)
      expect(red).toBeGreaterThan(blue + 60)

      // The panel follows the form: CAT-6 waits for its closing date (a draft may be incomplete), CHAN-1 blocks.
      const cat6 = panel.locator('[data-rule="CAT-6"]')
      const chan1 = panel.locator('[data-rule="CHAN-1"]')
      await expect.poll(() => cat6.getAttribute('data-state'), { timeout: 60_000 }).toBe('warn')
      await expect.poll(() => chan1.getAttribute('data-state'), { timeout: 60_000 }).toBe('block')
      expect(await cat6.textContent()).toContain('date de fin')
      expect(await chan1.textContent()).toContain('le texte X compte 300 caractères, au-delà de la limite de 280')
      expect(await panel.locator('[data-rule="CAT"]').getAttribute('data-state')).toBe('ok')
      expect(await panel.locator('[data-rule]').count()).toBe(12)

      // « Pourquoi ? » gives the guide's own sentence behind the rule, and where it is in the guide.
      const why = cat6.locator('.balises-compliance__why')
      await why.locator('summary', { hasText: 'Pourquoi ?' }).click()
      await expect.poll(() => why.locator('blockquote').textContent()).toContain('« Offres d’emploi, de stage ou de bénévolat. »')
      expect(await why.locator('.balises-compliance__why-source').textContent()).toContain('Guide médias sociaux du ROEQ (juillet 2017)')
      expect(await panel.locator('.balises-compliance__why').count()).toBe(12)

      await panel.screenshot({ path: path.join(SCREENSHOTS, 'post-compliance-panel-detail.png') })
      // From the top, so that Payload's sticky bars sit where a person sees them.
      await page.evaluate(() => window.scrollTo(0, 0))
      await page.screenshot({ path: path.join(SCREENSHOTS, 'post-compliance-panel.png'), fullPage: true })
      await page.locator('#field-channels').screenshot({ path: path.join(SCREENSHOTS, 'post-character-counter.png') })

      // Shortened to the limit: the counter and the panel clear, live.
      await text.fill(OFFER_TEXT.slice(0, 280))
      await expect.poll(() => counter.getAttribute('data-over')).toBe('false')
      expect(await counter.textContent()).toContain('280 / 280')
      await expect.poll(() => chan1.getAttribute('data-state'), { timeout: 60_000 }).toBe('ok')
      await page.locator('#action-save-draft').click()
      await page.waitForURL(/\/collections\/posts\/\d+/, { timeout: 60_000 })
    })

    it('speaks English to a person who chose English', async () => {
      // The draft the previous test saved once its X text fit.
      const id = /\/collections\/posts\/(\d+)/.exec(page.url())?.[1]
      expect(id).toBeDefined()
      await expect
        .poll(
          async () => {
            const response = await page.request.get(`${app.url}/api/posts/${id}?draft=true&depth=0`)
            const post = (await response.json()) as { channels?: { text?: string }[] }
            return post.channels?.[0]?.text?.length
          },
          { timeout: 60_000 },
        )
        .toBe(280)
      await page.context().addCookies([{ name: 'payload-lng', value: 'en', url: app.url }])
      await page.goto(`${app.url}/admin/collections/posts/${id}`)
      const panel = page.getByTestId('compliance-panel')
      await panel.waitFor({ timeout: 60_000 })
      await expect.poll(() => panel.locator('h3').textContent()).toBe('Policy compliance')
      const cat6 = panel.locator('[data-rule="CAT-6"]')
      await expect.poll(() => cat6.getAttribute('data-state'), { timeout: 60_000 }).toBe('warn')
      expect(await cat6.textContent()).toContain('An offer has a closing date')
      expect(await cat6.textContent()).toContain('needs a closing date')

      await page.locator('#field-channels__0__text').fill(OFFER_TEXT)
      const counter = page.getByTestId('channel-counter')
      await expect.poll(() => counter.textContent(), { timeout: 30_000 }).toContain('CHAN-1: 20 characters over')
      expect(await counter.textContent()).toContain('300 / 280 (links count as 23)')
      const chan1 = panel.locator('[data-rule="CHAN-1"]')
      await expect.poll(() => chan1.getAttribute('data-state'), { timeout: 60_000 }).toBe('block')
      expect(await chan1.textContent()).toContain('the X text counts 300 characters, over the limit of 280')
      // « Why? »: the guide's sentence as written (French), then our translation.
      const why = chan1.locator('.balises-compliance__why')
      await why.locator('summary', { hasText: 'Why?' }).click()
      await expect.poll(() => why.locator('blockquote').getAttribute('lang')).toBe('fr')
      expect(await why.locator('blockquote').textContent()).toContain('140 caractères')
      expect(await why.locator('.balises-compliance__why-translation').textContent()).toContain(
        'Our translation: “One can only express oneself in 140 characters.”',
      )
      await panel.screenshot({ path: path.join(SCREENSHOTS, 'post-compliance-why-en.png') })
      await page.evaluate(() => window.scrollTo(0, 0))
      await page.screenshot({ path: path.join(SCREENSHOTS, 'post-compliance-panel-en.png'), fullPage: true })
    })
  })
  describe('a post showing a child: what each role reads in the panel (PRIV-4)', () => {
    let postId: number

    beforeAll(async () => {
      const token = await loginToken('redaction')
      const media = await api(
        token,
        `/api/media?where[alt][equals]=${encodeURIComponent('Atelier de prévention en classe')}&depth=0&limit=1`,
      )
      const workshop = ((await media.json()) as { docs: { id: number }[] }).docs[0]
      expect(workshop).toBeDefined()
      const created = await api(token, '/api/posts', {
        method: 'POST',
        body: JSON.stringify({
          title: 'Retour sur l’atelier en classe',
          category: await categoryId(token, 'CAT-2'),
          channels: [
            { channel: 'facebook', text: 'Retour en images sur notre atelier de prévention.' },
            { channel: 'linkedin', text: 'Retour en images sur notre atelier de prévention.' },
          ],
          media: [workshop.id],
          publishAt: '2031-01-10T15:00:00.000Z',
        }),
      })
      expect(created.status).toBe(201)
      postId = ((await created.json()) as { doc: { id: number } }).doc.id
    })

    async function privacyLines(page: Page) {
      await page.goto(`${app.url}/admin/collections/posts/${postId}`)
      const panel = page.getByTestId('compliance-panel')
      await panel.waitFor({ timeout: 60_000 })
      const priv1 = panel.locator('[data-rule="PRIV-1"]')
      await expect.poll(() => priv1.getAttribute('data-state'), { timeout: 60_000 }).not.toBeNull()
      // The check runs once the form is loaded: wait for its answer (a state other than the first ✓).
      await expect.poll(() => priv1.getAttribute('data-state'), { timeout: 60_000 }).toBe('warn')
      // The findings' messages, not « Pourquoi ? » (the guide's sentence, the same for everyone).
      const messages = async (rule: string) =>
        (await panel.locator(`[data-rule="${rule}"] .balises-compliance__message`).allTextContents()).join(' ')
      return { panel, priv1: await messages('PRIV-1'), priv2: await messages('PRIV-2') }
    }

    it('redaction reads one coarse finding, in French and in English, at 1440 and 390 px', async () => {
      const page = await signIn(browser, app, 'redaction')
      for (const [width, height] of [
        [1440, 1000],
        [390, 844],
      ] as const) {
        await page.context().clearCookies({ name: 'payload-lng' })
        await page.setViewportSize({ width, height })
        const french = await privacyLines(page)
        for (const line of [french.priv1, french.priv2]) {
          expect(line).toContain('montre des personnes inscrites')
          expect(line).toContain('vérifiés par la personne responsable')
          expect(line).not.toMatch(/PRIV-1\/PRIV-2 :|2031|LinkedIn|moins de 14 ans|personne montrée n’a pas/)
        }
        await french.panel.screenshot({ path: path.join(SCREENSHOTS, `post-compliance-withheld-fr-${width}.png`) })
        await page.evaluate(() => window.scrollTo(0, 0))
        await page.screenshot({ path: path.join(SCREENSHOTS, `post-compliance-withheld-fr-${width}-page.png`), fullPage: true })

        await page.context().addCookies([{ name: 'payload-lng', value: 'en', url: app.url }])
        const english = await privacyLines(page)
        expect(english.priv1).toContain("need the responsible person's check")
        expect(english.priv1).not.toMatch(/2031|LinkedIn|under 14/)
        await english.panel.screenshot({ path: path.join(SCREENSHOTS, `post-compliance-withheld-en-${width}.png`) })
      }
      await page.context().close()
    })

    // The demo child's consent ends 540 days after the first start, long before this post's 10 January 2031.
    it('the responsible person reads the exact finding (the child’s consent ended before the publication)', async () => {
      const page = await signIn(browser, app, 'responsable')
      const lines = await privacyLines(page)
      expect(lines.priv1).toMatch(/pour 1 personne montrée, le consentement a pris fin le .+, avant la publication du 10 janvier 2031\./)
      expect(lines.priv1).not.toContain('montre des personnes inscrites')
      await lines.panel.screenshot({ path: path.join(SCREENSHOTS, 'post-compliance-exact-responsable.png') })
      await page.context().close()
    })
  })
})
