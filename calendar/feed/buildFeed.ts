import { TZDate } from '@date-fns/tz'
import ical, { ICalCalendarMethod } from 'ical-generator'
import { tzlib_get_ical_block } from 'timezones-ical-library'

import type { CategoryDoc, PostDoc } from '../../src/types'
import { CHANNEL_NAMES } from '../../src/channels'
import { shownAt } from '../../src/publication/shownAt'
import { translate } from '../../src/translations'

const EVENT_MINUTES = 30

/** The VTIMEZONE block of a zone (with its daylight-saving rules), for calendar apps. */
function vtimezone(zone: string): string | null {
  const block = tzlib_get_ical_block(zone)
  return Array.isArray(block) && block[0] ? block[0] : null
}

/**
 * An iCalendar feed of planned, scheduled and published posts, in the policy's zone with its
 * VTIMEZONE, so that a calendar app shows 10:00 Toronto time as 10:00 across the DST changes.
 */
export function buildFeed(options: {
  posts: PostDoc[]
  categories: Map<string, CategoryDoc>
  zone: string
  language: 'fr' | 'en'
  adminURL: string
  /** Slug of Balises' posts collection, for each event's link into the admin. */
  postsSlug: string
  host: string
}): string {
  const { posts, categories, zone, language, adminURL, postsSlug, host } = options
  const calendar = ical({
    name: translate(language, 'calendar:feedName'),
    method: ICalCalendarMethod.PUBLISH,
    timezone: { name: zone, generator: vtimezone },
    prodId: { company: 'Balises', product: 'calendrier', language: language.toUpperCase() },
    ttl: 15 * 60,
  })
  for (const post of posts) {
    // A published post at the moment it went out, the others at their planned moment.
    const at = shownAt(post)
    if (!at) continue
    // ical-generator writes a plain Date's wall clock in the server process's own zone; a TZDate
    // carries the policy's zone, so DTSTART;TZID=… shows that zone's hour whatever the server's.
    const start = new TZDate(at, zone)
    const categoryId = post.category && typeof post.category === 'object' ? post.category.id : post.category
    const category = categoryId ? categories.get(String(categoryId)) : undefined
    const channels = (post.channels ?? []).map((row) => CHANNEL_NAMES[row.channel]).join(', ')
    const stage = translate(language, `workflow:${post.workflowStatus}`)
    calendar.createEvent({
      id: `balises-post-${post.id}@${host}`,
      start,
      end: new TZDate(start.getTime() + EVENT_MINUTES * 60_000, zone),
      timezone: zone,
      summary: `[${stage}] ${post.title}`,
      description: [
        channels && `${translate(language, 'posts:channels')} : ${channels}`,
        category && `${category.code} — ${language === 'en' ? category.labelEn : category.labelFr}`,
        `${translate(language, 'posts:workflowStatus')} : ${stage}`,
      ]
        .filter(Boolean)
        .join('\n'),
      url: `${adminURL}/collections/${postsSlug}/${post.id}`,
      categories: category ? [{ name: category.code }] : [],
    })
  }
  return calendar.toString()
}
