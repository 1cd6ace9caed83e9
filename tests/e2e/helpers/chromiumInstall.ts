import { spawnSync } from 'node:child_process'
import fs from 'node:fs'

export function chromiumPath(): string {
  return process.env.CHROMIUM_PATH || '/usr/bin/chromium'
}

/**
 * The browser tests drive Debian's Chromium (no browser download works here). On a fresh machine,
 * as root, install it; otherwise say exactly what to do.
 */
export function ensureChromium(): void {
  const executable = chromiumPath()
  if (fs.existsSync(executable)) return
  const isRoot = process.getuid?.() === 0
  if (!isRoot || executable !== '/usr/bin/chromium') {
    throw new Error(
      `[balises] Chromium not found at ${executable}. Install Debian's package (apt-get install chromium) or set CHROMIUM_PATH.`,
    )
  }
  console.log("[balises] installing Debian's Chromium for the browser tests (apt-get, about a minute)…")
  for (const args of [
    ['update', '-qq'],
    ['install', '-y', '-qq', 'chromium'],
  ]) {
    const result = spawnSync('apt-get', args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } })
    if (result.status !== 0) throw new Error(`[balises] apt-get ${args.join(' ')} failed; install chromium by hand`)
  }
}
