import { NextResponse, type NextRequest } from 'next/server'

import { withDefaultLanguage } from './defaultLanguage'

/** French first: an admin request without a language choice is served in French. */
export function proxy(request: NextRequest) {
  const cookie = withDefaultLanguage(request.headers.get('cookie'))
  if (!cookie) return NextResponse.next()
  const headers = new Headers(request.headers)
  headers.set('cookie', cookie)
  return NextResponse.next({ request: { headers } })
}

export const config = { matcher: ['/admin/:path*', '/api/:path*'] }
