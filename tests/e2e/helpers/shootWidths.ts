import path from 'node:path'

import type { Page } from 'playwright-core'
import { expect } from 'vitest'

/** The desktop and the phone widths every screen is judged at. */
const VIEWPORTS = [
  { width: 1440, height: 1100 },
  { width: 390, height: 844 },
] as const

/** A page step that must answer within `ms`: a stuck page fails the test with what it was doing, not the test's whole time. */
function within<T>(step: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: no answer in ${ms / 1000} s`)), ms)
  })
  return Promise.race([step, late]).finally(() => clearTimeout(timer))
}

/**
 * Screenshots of the page as it is, at 1440 and 390 px (`<folder>/<name>-<width>.png`), after
 * checking that nothing makes it wider than the screen once the new width has settled (polled: a
 * layout caught mid-change is not a finding); leaves the page at 1440 px.
 */
export async function shootWidths(page: Page, folder: string, name: string): Promise<void> {
  for (const viewport of VIEWPORTS) {
    const where = `${name} at ${viewport.width} px`
    await within(page.setViewportSize(viewport), 30_000, `${where}, resizing`)
    const fits = await page
      .waitForFunction(() => document.documentElement.scrollWidth <= window.innerWidth, undefined, { timeout: 15_000 })
      .then(
        () => true,
        () => false,
      )
    if (!fits) {
      const { scroll, inner } = await within(
        page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, inner: window.innerWidth })),
        30_000,
        `${where}, measuring`,
      )
      expect(scroll, `${where} is wider than the screen`).toBeLessThanOrEqual(inner)
    }
    await page.screenshot({ path: path.join(folder, `${name}-${viewport.width}.png`), fullPage: true, timeout: 60_000 })
  }
  await within(page.setViewportSize(VIEWPORTS[0]), 30_000, `${name}, back to 1440 px`)
}
