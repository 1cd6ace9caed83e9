import fs from 'node:fs'
import path from 'node:path'

import { chromium, type Browser } from 'playwright-core'

import { ROOT } from './app'
import { chromiumPath } from './chromiumInstall'

export const SCREENSHOTS = path.join(ROOT, 'test-results', 'screenshots')

/** Debian's Chromium, with the flags this closed network needs (Playwright gives it a fresh profile). */
export async function launchChromium(): Promise<Browser> {
  fs.mkdirSync(SCREENSHOTS, { recursive: true })
  return chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  })
}
