/**
 * npm run bench:render — the calendar page's first render with 500 posts in one month, in the
 * production build served by the Express edge, measured in Debian's Chromium.
 *
 * Target (calendar issue): ≤ 1.5 s. Baseline in the same run: Payload's own posts list view
 * (/admin/collections/posts), loaded the same way; the ratio is the figure to read on a shared,
 * noisy machine.
 */
import { performance } from 'node:perf_hooks'

import { ensureBuild } from '../dev/build/ensureBuild'
import { ROOT, startApp } from '../tests/e2e/helpers/app'
import { launchChromium } from '../tests/e2e/helpers/browser'
import { ensureChromium } from '../tests/e2e/helpers/chromiumInstall'

const POSTS = Number(process.env.BENCH_POSTS) || 500
const LOADS = Number(process.env.BENCH_LOADS) || 7
const TARGET_MS = 1500
const CHANNELS = ['facebook', 'instagram', 'x', 'linkedin']

const log = (line: string) => console.log(`· ${line}`)
const quantile = (values: number[], q: number) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]
}

function nextMonth(month: string): string {
  const [year, number] = month.split('-').map(Number)
  return number === 12 ? `${year + 1}-01` : `${year}-${String(number + 1).padStart(2, '0')}`
}

async function main() {
  ensureChromium()
  ensureBuild(ROOT)
  log('starting the app (production build, fresh SQLite database, demo accounts)…')
  const app = await startApp({ SEED_DEMO: 'true', LOG_LEVEL: 'error' })
  try {
    const responsable = app.accounts.find((account) => account.role === 'responsable')!
    const login = await fetch(`${app.url}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: responsable.email, password: responsable.password }),
    })
    const { token } = (await login.json()) as { token: string }
    const categories = (await (
      await fetch(`${app.url}/api/categories?limit=0`, { headers: { authorization: `JWT ${token}` } })
    ).json()) as {
      docs: { id: number; code: string }[]
    }
    const usable = categories.docs.filter((category) => !['CAT-6', 'CAT-7', 'CAT-8', 'CAT-10'].includes(category.code))
    const now = new Date()
    const month = `${now.getUTCFullYear() + 1}-03`
    log(`creating ${POSTS} posts in ${month} through the REST API (every rule runs)…`)
    const started = performance.now()
    for (let index = 0; index < POSTS; index++) {
      const day = String((index % 31) + 1).padStart(2, '0')
      const hour = 8 + (index % 10)
      const response = await fetch(`${app.url}/api/posts`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
        body: JSON.stringify({
          title: `Publication de démonstration ${index + 1}`,
          category: usable[index % usable.length].id,
          channels: [{ channel: CHANNELS[index % CHANNELS.length], text: 'Nos ateliers de prévention dans les écoles de la région.' }],
          publishAt: new Date(`${month}-${day}T${String(hour).padStart(2, '0')}:00:00-04:00`).toISOString(),
        }),
      })
      if (!response.ok && response.status !== 400) throw new Error(`create failed: ${response.status} ${await response.text()}`)
      if ((index + 1) % 100 === 0) log(`  ${index + 1} / ${POSTS} (${Math.round((performance.now() - started) / 1000)} s)`)
    }

    const apiTimes: number[] = []
    for (let round = 0; round < 5; round++) {
      const start = performance.now()
      const response = await fetch(`${app.url}/api/calendar/events?from=${month}-01&to=${nextMonth(month)}-01`, {
        headers: { authorization: `JWT ${token}` },
      })
      await response.json()
      apiTimes.push(performance.now() - start)
    }

    const browser = await launchChromium()
    const context = await browser.newContext({ viewport: { width: 1440, height: 1000 } })
    const page = await context.newPage()
    await page.goto(`${app.url}/admin/login`)
    await page.locator('input[name="email"]').fill(responsable.email)
    await page.locator('input[name="password"]').fill(responsable.password)
    await page.getByRole('button', { name: 'Se connecter' }).click()
    await page.getByTestId('balises-dashboard').waitFor({ timeout: 60_000 })

    const measure = async (url: string, ready: () => Promise<unknown>) => {
      const start = performance.now()
      await page.goto(url, { waitUntil: 'commit' })
      await ready()
      return performance.now() - start
    }
    const calendarReady = async () => {
      await page.locator('.balises-event').first().waitFor({ timeout: 60_000 })
      await page.getByTestId('rhythm-summary').waitFor({ timeout: 60_000 })
    }
    const listReady = () => page.locator('table tbody tr').first().waitFor({ timeout: 60_000 })
    const calendarUrl = `${app.url}/admin/calendar?view=dayGridMonth&date=${month}-15`
    const listUrl = `${app.url}/admin/collections/posts?limit=50`

    log('warming up…')
    await measure(calendarUrl, calendarReady)
    await measure(listUrl, listReady)
    const calendar: number[] = []
    const list: number[] = []
    for (let round = 0; round < LOADS; round++) {
      calendar.push(await measure(calendarUrl, calendarReady))
      list.push(await measure(listUrl, listReady))
    }
    const events = await (async () => {
      await measure(calendarUrl, calendarReady)
      return page.locator('.balises-event').count()
    })()
    await browser.close()

    const p50 = (values: number[]) => quantile(values, 0.5)
    const p95 = (values: number[]) => quantile(values, 0.95)
    console.log('')
    console.log(`first render, ${POSTS} posts in ${month} (${events} events drawn in the month view, the rest behind "+ more")`)
    console.log(`  calendar  /admin/calendar          median ${p50(calendar).toFixed(0)} ms   p95 ${p95(calendar).toFixed(0)} ms`)
    console.log(`  baseline  /admin/collections/posts median ${p50(list).toFixed(0)} ms   p95 ${p95(list).toFixed(0)} ms`)
    console.log(`  of which the events endpoint alone (JSON): median ${p50(apiTimes).toFixed(0)} ms`)
    console.log(`  ratio of medians (calendar / posts list): ${(p50(calendar) / p50(list)).toFixed(2)}`)
    console.log(`  target ≤ ${TARGET_MS} ms (p95): ${p95(calendar) <= TARGET_MS ? 'MET' : 'NOT MET'}`)
    console.log('machine: 2 shared cores; absolute times vary from run to run, read the ratio.')
  } finally {
    await app.stop()
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error)
    process.exit(1)
  },
)
