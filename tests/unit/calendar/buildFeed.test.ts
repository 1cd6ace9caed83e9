import { afterEach, describe, expect, it } from 'vitest'

import type { Post } from '../../../dev/payload-types'
import { buildFeed } from '../../../calendar/feed/buildFeed'

const ORIGINAL_TZ = process.env.TZ

function feedOf(publishAt: string): string {
  const post = { id: 7, title: 'Atelier', publishAt, workflowStatus: 'scheduled', channels: [] } as unknown as Post
  return buildFeed({
    posts: [post],
    categories: new Map(),
    zone: 'America/Toronto',
    language: 'fr',
    adminURL: 'https://balises.example/admin',
    postsSlug: 'social-posts',
    host: 'balises.example',
  })
}

describe('buildFeed: the event hour is the policy zone’s, whatever the server process’s zone', () => {
  afterEach(() => {
    if (ORIGINAL_TZ === undefined) delete process.env.TZ
    else process.env.TZ = ORIGINAL_TZ
  })

  // Node re-reads TZ when it is assigned: each case runs as a process started with that zone would.
  it.each(['UTC', 'Asia/Tokyo', 'America/Toronto', 'Europe/Paris'])('server in %s', (serverZone) => {
    process.env.TZ = serverZone
    expect(new Date('2026-12-02T15:00:00Z').getHours()).toBe(
      Number(
        new Intl.DateTimeFormat('en-US', { timeZone: serverZone, hour: '2-digit', hourCycle: 'h23' }).format(
          new Date('2026-12-02T15:00:00Z'),
        ),
      ),
    )
    const winter = feedOf('2026-12-02T15:00:00.000Z')
    expect(winter).toContain('DTSTART;TZID=America/Toronto:20261202T100000')
    expect(winter).toContain('DTEND;TZID=America/Toronto:20261202T103000')
    // Summer time (UTC−4), and an evening event that is already the next day in UTC and in Tokyo.
    expect(feedOf('2026-07-01T14:00:00.000Z')).toContain('DTSTART;TZID=America/Toronto:20260701T100000')
    expect(feedOf('2026-03-09T03:30:00.000Z')).toContain('DTSTART;TZID=America/Toronto:20260308T233000')
  })
})

describe('buildFeed: links into the admin', () => {
  it('names the posts collection by its slug, which the host may have renamed', () => {
    expect(feedOf('2026-03-10T14:00:00.000Z').replace(/\r\n /g, '')).toContain('https://balises.example/admin/collections/social-posts/7')
  })
})
