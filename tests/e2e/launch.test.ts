import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'

import { describe, expect, it } from 'vitest'

import { ROOT, freshAppDatabaseUri, startApp } from './helpers/app'

function runStart(env: Record<string, string>, cwd = ROOT) {
  const started = Date.now()
  // tsx by absolute URL: the working directory may be a project without node_modules.
  const tsx = pathToFileURL(path.join(ROOT, 'node_modules', 'tsx', 'dist', 'loader.mjs')).href
  const result = spawnSync(process.execPath, ['--import', tsx, path.join(ROOT, 'dev', 'start.ts')], {
    cwd,
    env: { ...process.env, PORT: '0', ...env },
    encoding: 'utf8',
    timeout: 60_000,
  })
  const lines = `${result.stdout}${result.stderr}`.split('\n').filter((line) => line.trim() !== '')
  return { status: result.status, lines, seconds: (Date.now() - started) / 1000 }
}

describe('npm start (dev/start.ts)', () => {
  it('fails fast with one clear line when MongoDB is unreachable, password masked', () => {
    const { status, lines, seconds } = runStart({ DATABASE_URI: 'mongodb://balises:topsecret@127.0.0.1:1/x' })
    expect(status).not.toBe(0)
    expect(lines).toHaveLength(1)
    expect(lines[0]).toContain('Cannot reach MongoDB at mongodb://balises:****@127.0.0.1:1/x')
    expect(lines[0]).not.toContain('topsecret')
    expect(seconds).toBeLessThan(30)
  })

  it('refuses to start in production without PAYLOAD_SECRET', () => {
    const emptyProject = fs.mkdtempSync(path.join(os.tmpdir(), 'balises-nosecret-'))
    const { status, lines } = runStart({ NODE_ENV: 'production', PAYLOAD_SECRET: '', DATABASE_URI: freshAppDatabaseUri() }, emptyProject)
    expect(status).toBe(1)
    expect(lines.join('\n')).toContain('[balises] PAYLOAD_SECRET is not set. In production it must come from the environment')
    expect(fs.existsSync(path.join(emptyProject, '.env'))).toBe(false)
  })

  it('seeds an empty database once: a second start adds nothing', async () => {
    const databaseUri = freshAppDatabaseUri()
    const first = await startApp({ DATABASE_URI: databaseUri })
    expect(first.output()).toContain('categories CAT-1..CAT-10: 10 created')
    expect(first.accounts).toHaveLength(4)
    expect(await first.stop()).toBe(0)

    const second = await startApp({ DATABASE_URI: databaseUri })
    try {
      expect(second.output()).toContain('seed: nothing to add (database already seeded)')
      expect(second.accounts).toHaveLength(0)
      const response = await fetch(`${second.url}/api/categories?limit=0`)
      expect(((await response.json()) as { totalDocs: number }).totalDocs).toBe(10)
    } finally {
      await second.stop()
    }
  })
})
