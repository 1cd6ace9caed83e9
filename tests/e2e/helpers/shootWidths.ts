import path from 'node:path'

import type { Page } from 'playwright-core'
import { expect } from 'vitest'

/** The desktop and the phone widths every screen is judged at. */
const VIEWPORTS = [
  { width: 1440, height: 1100 },
  { width: 390, height: 844 },
] as const

/**
 * Screenshots of the page as it is, at 1440 and 390 px (`<folder>/<name>-<width>.png`), after
 * checking that nothing makes it wider than the screen; leaves the page at 1440 px.
 */
export async function shootWidths(page: Page, folder: string, name: string): Promise<void> {
  for (const viewport of VIEWPORTS) {
    await page.setViewportSize(viewport)
    await page.waitForTimeout(400)
    const { scroll, inner } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, inner: window.innerWidth }))
    expect(scroll, `${name} at ${viewport.width} px is wider than the screen`).toBeLessThanOrEqual(inner)
    await page.screenshot({ path: path.join(folder, `${name}-${viewport.width}.png`), fullPage: true, timeout: 60_000 })
  }
  await page.setViewportSize(VIEWPORTS[0])
}
