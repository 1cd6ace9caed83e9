import { expect } from 'vitest'

import type { RunningApp } from './app'
import { apiToken } from './session'

/**
 * REST calls as a demo account, one token per role for the whole file (logins are rate-limited:
 * AUTH_RATE_LIMIT_MAX). `app` is read at call time: the app starts in a beforeAll.
 */
export function apiAsRole(app: () => RunningApp) {
  const tokens = new Map<string, Promise<string>>()
  const token = (role: string) => {
    if (!tokens.has(role)) tokens.set(role, apiToken(app(), role))
    return tokens.get(role)!
  }
  /** The JSON answer, after checking the call succeeded. */
  async function api(role: string, route: string, method = 'GET', body?: unknown): Promise<any> {
    const response = await fetch(`${app().url}${route}`, {
      method,
      headers: { 'content-type': 'application/json', authorization: `JWT ${await token(role)}` },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    const json = await response.json()
    expect(response.status, JSON.stringify(json)).toBeLessThan(300)
    return json
  }
  return { token, api }
}
