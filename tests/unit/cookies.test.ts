import { generatePayloadCookie } from 'payload/shared'
import { afterEach, describe, expect, it } from 'vitest'

import { usersCollection } from '../../collections/Users'
import { resolveOptions, type BalisesOptions } from '../../src/options'

const saved = { NODE_ENV: process.env.NODE_ENV, COOKIE_SECURE: process.env.COOKIE_SECURE }

function withEnv(env: { NODE_ENV?: string; COOKIE_SECURE?: string }, options: BalisesOptions = {}) {
  for (const [name, value] of Object.entries(env)) {
    if (value === undefined) delete process.env[name]
    else process.env[name] = value
  }
  return usersCollection(resolveOptions(options))
}

/** The Set-Cookie value Payload's login handler would send with this collection's auth settings. */
function loginCookie(collection: ReturnType<typeof usersCollection>): string {
  const auth = collection.auth as { cookies: { sameSite?: 'Lax'; secure?: boolean } }
  return generatePayloadCookie({
    collectionAuthConfig: { cookies: auth.cookies, tokenExpiration: 7200 } as never,
    cookiePrefix: 'payload',
    token: 'jeton',
  }) as string
}

const attributes = (cookie: string) =>
  cookie
    .split(';')
    .slice(1)
    .map((part) => part.trim().split('=')[0].toLowerCase())

describe('session cookie of the users collection', () => {
  afterEach(() => {
    withEnv(saved)
  })

  it('is Secure in production', () => {
    const collection = withEnv({ NODE_ENV: 'production', COOKIE_SECURE: undefined })
    const auth = collection.auth as { cookies: { secure?: boolean; sameSite?: string } }
    expect(auth.cookies.secure).toBe(true)
    expect(auth.cookies.sameSite).toBe('Lax')
    const cookie = loginCookie(collection)
    expect(attributes(cookie)).toEqual(expect.arrayContaining(['secure', 'httponly', 'samesite', 'path']))
    expect(cookie).toMatch(/;\s*SameSite=Lax(;|$)/)
  })

  it('is not Secure in production with cookieSecure: false (the host maps COOKIE_SECURE=false to it)', () => {
    const collection = withEnv({ NODE_ENV: 'production' }, { cookieSecure: false })
    expect((collection.auth as { cookies: { secure?: boolean } }).cookies.secure).toBe(false)
    expect(attributes(loginCookie(collection))).not.toContain('secure')
  })

  it('reads no COOKIE_SECURE itself: the option decides', () => {
    const secure = (collection: ReturnType<typeof usersCollection>) => (collection.auth as { cookies: { secure?: boolean } }).cookies.secure
    expect(secure(withEnv({ NODE_ENV: 'production', COOKIE_SECURE: 'false' }))).toBe(true)
    expect(secure(withEnv({ NODE_ENV: 'development', COOKIE_SECURE: 'true' }, { cookieSecure: true }))).toBe(true)
  })

  it('is not Secure outside production', () => {
    for (const env of ['development', 'test']) {
      const collection = withEnv({ NODE_ENV: env, COOKIE_SECURE: undefined })
      expect((collection.auth as { cookies: { secure?: boolean } }).cookies.secure, env).toBe(false)
      expect(attributes(loginCookie(collection)), env).toEqual(expect.arrayContaining(['httponly', 'samesite', 'path']))
      expect(attributes(loginCookie(collection)), env).not.toContain('secure')
    }
  })

  it('keeps the lock-out settings: 5 attempts, 10 minutes', () => {
    const auth = withEnv({}).auth as { maxLoginAttempts?: number; lockTime?: number }
    expect(auth.maxLoginAttempts).toBe(5)
    expect(auth.lockTime).toBe(10 * 60 * 1000)
  })
})
