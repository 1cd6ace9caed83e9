import path from 'node:path'

import type { Browser } from 'playwright-core'
import { describe, expect, it } from 'vitest'

import type { RunningApp } from './helpers/app'
import { SCREENSHOTS } from './helpers/browser'
import { apiToken, setUpAppAndBrowser, signIn } from './helpers/session'

describe('PRIV-3 in the admin: withdrawing a consent unschedules its posts and fills « À traiter »', () => {
  let app: RunningApp
  let browser: Browser

  setUpAppAndBrowser((started, launched) => {
    app = started
    browser = launched
  })

  const token = (role: string) => apiToken(app, role)
  async function api(jwt: string, route: string, method = 'GET', body?: unknown): Promise<any> {
    const response = await fetch(`${app.url}${route}`, {
      method,
      headers: { 'content-type': 'application/json', authorization: `JWT ${jwt}` },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    const json = await response.json()
    expect(response.status, JSON.stringify(json)).toBeLessThan(300)
    return json
  }
  const login = (role: string) => signIn(browser, app, role)

  it('one action on the consent: the scheduled post showing the child is unscheduled, the published one listed for takedown', async () => {
    const responsable = await token('responsable')
    const consent = (await api(responsable, `/api/consents?where[signatoryName][equals]=${encodeURIComponent('Isabelle Gagnon')}&depth=0`))
      .docs[0]
    const workshop = (
      await api(responsable, `/api/media?where[alt][equals]=${encodeURIComponent('Atelier de prévention en classe')}&depth=0`)
    ).docs[0]
    const category = (await api(responsable, '/api/categories?where[code][equals]=CAT-2&depth=0')).docs[0]
    const published = (
      await api(responsable, `/api/posts?where[media][contains]=${workshop.id}&where[workflowStatus][equals]=published&depth=0&draft=true`)
    ).docs
    expect(published.length).toBeGreaterThan(0)

    const publishAt = new Date(Date.now() + 3 * 24 * 3600_000).toISOString()
    const { doc: post } = await api(responsable, '/api/posts', 'POST', {
      title: 'Retour en images sur l’atelier',
      category: category.id,
      media: [workshop.id],
      publishAt,
      channels: [{ channel: 'facebook', text: 'Merci aux élèves pour leur participation à notre atelier de prévention.' }],
    })
    for (const step of [
      { workflowStatus: 'in_review' },
      { workflowStatus: 'approved', valuesConfirmed: true },
      { workflowStatus: 'scheduled' },
    ]) {
      await api(responsable, `/api/posts/${post.id}?draft=true`, 'PATCH', step)
    }
    expect((await api(responsable, `/api/posts/${post.id}?draft=true&depth=0`)).workflowStatus).toBe('scheduled')

    const page = await login('responsable')
    await page.goto(`${app.url}/admin/collections/consents/${consent.id}`)
    await page.getByRole('button', { name: 'Retirer ce consentement' }).click()
    await page.locator('select[name="method"]').selectOption('phone')
    await page.screenshot({ path: path.join(SCREENSHOTS, 'consent-withdraw-form.png'), fullPage: true })
    // The button reloads the page 1.5 s after its answer: a navigation before that reload is aborted by it.
    const reloaded = page.waitForEvent('load', { timeout: 60_000 })
    await page.getByRole('button', { name: 'Retirer le consentement' }).click()
    const status = page.getByRole('status').filter({ hasText: 'Consentement retiré' })
    await status.waitFor({ timeout: 30_000 })
    expect(await status.textContent()).toMatch(/Consentement retiré\. 1 publication déprogrammée, (aucune|\d+) à retirer des réseaux/)
    await page.screenshot({ path: path.join(SCREENSHOTS, 'consent-withdrawn.png'), fullPage: true })

    const after = await api(responsable, `/api/posts/${post.id}?draft=true&depth=0`)
    expect(after.workflowStatus).toBe('unscheduled')
    expect(after.history.at(-1).reason).toContain('PRIV-3')
    const withdrawn = await api(responsable, `/api/consents/${consent.id}?depth=0`)
    expect(withdrawn.revocationMethod).toBe('phone')
    expect(withdrawn.revokedAt).toBeTruthy()

    await reloaded
    await page.goto(`${app.url}/admin/a-traiter`)
    const replan = page.getByTestId('to-handle-replan')
    const takedown = page.getByTestId('to-handle-takedown')
    await replan.waitFor()
    expect(await replan.textContent()).toContain('Retour en images sur l’atelier')
    expect(await takedown.textContent()).toContain(published[0].title)
    expect(await takedown.textContent()).toContain('Léa Gagnon')
    await page.screenshot({ path: path.join(SCREENSHOTS, 'to-handle.png'), fullPage: true })

    const openTakedowns = await takedown.getByRole('button', { name: 'Marquer comme retirée' }).count()
    await takedown.getByRole('button', { name: 'Marquer comme retirée' }).first().click()
    await expect
      .poll(() => takedown.getByRole('button', { name: 'Marquer comme retirée' }).count(), { timeout: 20_000 })
      .toBe(openTakedowns - 1)
    expect(await page.getByTestId('to-handle-done').textContent()).toContain('Retirée le')

    await page.goto(`${app.url}/admin/collections/posts?where[workflowStatus][equals]=unscheduled`)
    await page.getByText('Retour en images sur l’atelier').first().waitFor()
    await page.screenshot({ path: path.join(SCREENSHOTS, 'posts-unscheduled-after-withdrawal.png'), fullPage: true })
  })

  it('right of access: from the person, a readable page and a JSON download of everything held', async () => {
    const responsable = await token('responsable')
    const person = (await api(responsable, `/api/people?where[fullName][equals]=${encodeURIComponent('Léa Gagnon')}&depth=0`)).docs[0]
    const page = await login('responsable')
    await page.goto(`${app.url}/admin/collections/people/${person.id}`)
    await page.getByRole('link', { name: 'Voir toutes les données détenues' }).click()
    const section = page.getByTestId('person-access-person')
    await section.waitFor({ timeout: 30_000 })
    expect(await section.textContent()).toContain('Léa Gagnon')
    const body = (await page.locator('main, body').first().textContent()) ?? ''
    expect(body).toContain('Isabelle Gagnon')
    expect(body).toContain('Formation pour les parents')
    await page.screenshot({ path: path.join(SCREENSHOTS, 'person-access.png'), fullPage: true })

    const download = await fetch(`${app.url}/api/people/${person.id}/export`, { headers: { authorization: `JWT ${responsable}` } })
    expect(download.status).toBe(200)
    expect(download.headers.get('content-disposition')).toMatch(/^attachment; filename="personne-/)
    const record = (await download.json()) as Record<string, unknown>
    expect(JSON.stringify(record)).toContain('Isabelle Gagnon')
    const redaction = await fetch(`${app.url}/api/people/${person.id}/export`, {
      headers: { authorization: `JWT ${await token('redaction')}` },
    })
    expect(redaction.status).toBe(403)
  })

  it('shows « À traiter » to the responsible person only', async () => {
    const page = await login('redaction')
    expect(await page.locator('#nav-balises-to-handle').count()).toBe(0)
    await page.goto(`${app.url}/admin/a-traiter`)
    const refusal = page.getByRole('alert').filter({ hasText: 'réservée à la personne responsable' })
    await refusal.waitFor()
    expect(await page.content()).not.toContain('Léa Gagnon')
  })
})
