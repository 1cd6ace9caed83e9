import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterAll, describe, expect, it } from 'vitest'

// This host's payload.config.ts maps its environment to Balises' options (the plugin reads none).
const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'balises-host-env-'))
process.env.DATABASE_URI = `file:${path.join(folder, 'unused.db')}`
process.env.JOBS_AUTORUN = 'false'
process.env.TRUST_PROXY = 'loopback'

describe("the host config's environment → plugin options", () => {
  afterAll(() => {
    delete process.env.JOBS_AUTORUN
    delete process.env.TRUST_PROXY
    fs.rmSync(folder, { recursive: true, force: true })
  })

  it('JOBS_AUTORUN=false schedules nothing, TRUST_PROXY believes the proxy, cookies are not Secure outside production', async () => {
    const { default: config } = await import('@payload-config')
    const sanitized = await config
    expect(sanitized.jobs.autoRun).toEqual([])
    expect((sanitized.custom as { balises: { trustProxy: boolean } }).balises.trustProxy).toBe(true)
    const users = sanitized.collections.find((collection) => collection.slug === 'users')!
    expect((users.auth as { cookies: { secure?: boolean } }).cookies.secure).toBe(false)
  })
})
