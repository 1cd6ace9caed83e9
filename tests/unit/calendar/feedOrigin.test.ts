import { describe, expect, it } from 'vitest'

import { feedOrigin } from '../../../calendar/feed/feedOrigin'

const forged = new Headers({ host: 'balises.example:3000', 'x-forwarded-host': 'evil.example', 'x-forwarded-proto': 'https' })

describe('feedOrigin: the origin of the iCal feed address', () => {
  it('ignores X-Forwarded-* headers when TRUST_PROXY is not set', () => {
    expect(feedOrigin({ url: 'http://localhost:3000/api/calendar/feed-token', headers: forged })).toBe('http://balises.example:3000')
    expect(feedOrigin({ url: 'http://localhost:3000/api/x', headers: forged, trustProxy: '' })).toBe('http://balises.example:3000')
  })

  it('believes them behind a trusted proxy, taking the first value of a chain', () => {
    const chained = new Headers({
      host: '127.0.0.1:3000',
      'x-forwarded-host': 'balises.org, proxy.internal',
      'x-forwarded-proto': 'https, http',
    })
    expect(feedOrigin({ url: 'http://127.0.0.1:3000/api/x', headers: chained, trustProxy: 'loopback' })).toBe('https://balises.org')
  })

  it('always uses serverURL when it is configured', () => {
    expect(feedOrigin({ serverURL: 'https://balises.org/', url: 'http://localhost/api/x', headers: forged, trustProxy: '1' })).toBe(
      'https://balises.org',
    )
  })

  it('falls back to the request URL without a Host header', () => {
    expect(feedOrigin({ url: 'http://localhost:4000/api/x', headers: new Headers() })).toBe('http://localhost:4000')
  })
})
