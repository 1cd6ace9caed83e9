import { describe, expect, it } from 'vitest'

import { csrfSettingsFromEnv, isForeignCookieWrite, type WriteRequest } from '../../../dev/server/csrf'

const COOKIE = 'payload-lng=fr; payload-token=abc'
const HERE = 'http://localhost:3000'
const write = (overrides: Partial<WriteRequest>): WriteRequest => ({ method: 'POST', cookie: COOKIE, requestOrigin: HERE, ...overrides })

describe('CSRF at the edge: cookie-authenticated writes from another origin', () => {
  const defaults = csrfSettingsFromEnv({})

  it('with no CSRF_ORIGINS and no SERVER_URL, allows only the request’s own origin', () => {
    expect(isForeignCookieWrite(defaults, write({ origin: HERE }))).toBe(false)
    expect(isForeignCookieWrite(defaults, write({ origin: 'https://evil.example' }))).toBe(true)
    // Another port of the same host is same-site: the browser sends the cookie, the origin differs.
    expect(isForeignCookieWrite(defaults, write({ origin: 'http://localhost:3001' }))).toBe(true)
    expect(isForeignCookieWrite(defaults, write({ origin: 'null' }))).toBe(true)
  })

  it('without Origin, refuses a cross-site fetch and lets same-origin ones and non-browser clients through', () => {
    expect(isForeignCookieWrite(defaults, write({ secFetchSite: 'cross-site' }))).toBe(true)
    expect(isForeignCookieWrite(defaults, write({ secFetchSite: 'same-origin' }))).toBe(false)
    expect(isForeignCookieWrite(defaults, write({}))).toBe(false)
  })

  it('ignores reads and requests without the session cookie (API clients send Authorization)', () => {
    for (const method of ['GET', 'HEAD', 'OPTIONS']) {
      expect(isForeignCookieWrite(defaults, write({ method, origin: 'https://evil.example' }))).toBe(false)
    }
    expect(isForeignCookieWrite(defaults, write({ cookie: 'payload-lng=fr', origin: 'https://evil.example' }))).toBe(false)
    for (const method of ['PATCH', 'PUT', 'DELETE', 'post']) {
      expect(isForeignCookieWrite(defaults, write({ method, origin: 'https://evil.example' }))).toBe(true)
    }
  })

  it('takes SERVER_URL as the allowed origin when it is set, not the Host header', () => {
    const settings = csrfSettingsFromEnv({ SERVER_URL: 'https://balises.org/' })
    expect(isForeignCookieWrite(settings, write({ origin: 'https://balises.org' }))).toBe(false)
    expect(isForeignCookieWrite(settings, write({ origin: HERE, requestOrigin: HERE }))).toBe(true)
  })

  it('takes CSRF_ORIGINS (trimmed comma list) when it is set', () => {
    const settings = csrfSettingsFromEnv({ CSRF_ORIGINS: ' https://a.example , https://b.example,' })
    expect(settings.origins).toEqual(['https://a.example', 'https://b.example'])
    expect(isForeignCookieWrite(settings, write({ origin: 'https://b.example' }))).toBe(false)
    expect(isForeignCookieWrite(settings, write({ origin: HERE }))).toBe(true)
  })
})
