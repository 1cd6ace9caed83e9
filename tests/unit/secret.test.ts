import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { ensureSecret } from '../../dev/env/secret'

const tempRoot = () => fs.mkdtempSync(path.join(os.tmpdir(), 'balises-secret-'))

describe('ensureSecret (PAYLOAD_SECRET)', () => {
  it('keeps a secret that the environment gives', () => {
    const root = tempRoot()
    const env = { PAYLOAD_SECRET: 'from-env' }
    expect(ensureSecret(root, env)).toBe('present')
    expect(fs.existsSync(path.join(root, '.env'))).toBe(false)
  })

  it('in development, generates a random secret once into .env, keeping what .env had', () => {
    const root = tempRoot()
    fs.writeFileSync(path.join(root, '.env'), 'PORT=4000')
    const env: Record<string, string | undefined> = { NODE_ENV: 'development' }
    expect(ensureSecret(root, env)).toBe('generated')
    const content = fs.readFileSync(path.join(root, '.env'), 'utf8')
    expect(content).toMatch(/^PORT=4000\n/)
    expect(content).toMatch(new RegExp(`PAYLOAD_SECRET=${env.PAYLOAD_SECRET}\n$`))
    expect(env.PAYLOAD_SECRET).toMatch(/^[0-9a-f]{64}$/)
    expect(fs.statSync(path.join(root, '.env')).mode & 0o077).toBe(0)

    const other: Record<string, string | undefined> = { NODE_ENV: 'development' }
    ensureSecret(tempRoot(), other)
    expect(other.PAYLOAD_SECRET).not.toBe(env.PAYLOAD_SECRET)
  })

  it('in production, refuses to start without a secret and writes nothing', () => {
    const root = tempRoot()
    expect(() => ensureSecret(root, { NODE_ENV: 'production' })).toThrow(
      /PAYLOAD_SECRET is not set\. In production it must come from the environment/,
    )
    expect(fs.existsSync(path.join(root, '.env'))).toBe(false)
  })
})
