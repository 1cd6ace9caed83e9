/**
 * The meeting digest as Markdown (GOV-2), to paste into the meeting's minutes: headings, bullet
 * lists and a table for the rhythm. Deterministic: the same digest gives the same text, byte for
 * byte (dates in the policy's zone, no locale-dependent number formatting).
 */
import { categoryLabel, channelList, dateTime, day, personLabel, signed, t, type DigestLanguage } from './format'
import { CONSENT_WINDOW_DAYS, type DigestPost, type MeetingDigest } from './meetingDigest'

/**
 * Backslash-escapes what Markdown would read as formatting, links, HTML, entities or table cells,
 * and folds line breaks: typed text stays text, on one line.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\\`*_[\]<>|~#&]/g, (character) => `\\${character}`)
}

export function digestMarkdown(digest: MeetingDigest, language: DigestLanguage): string {
  const zone = digest.timeZone
  const lines: string[] = []
  const heading = (text: string) => lines.push('', `## ${text}`, '')
  const empty = (text: string) => lines.push(`_${text}_`)

  lines.push(`# ${t(language, 'digest:title')}`, '', periodLine(digest, language))

  heading(`${t(language, 'digest:publishedTitle')} (${digest.published.length})`)
  if (digest.published.length === 0) empty(t(language, 'digest:publishedEmpty'))
  for (const post of digest.published) lines.push(postLine(post, language, zone))

  heading(`${t(language, 'digest:upcomingTitle')} (${digest.upcoming.posts.length})`)
  if (digest.upcoming.posts.length === 0) empty(t(language, 'digest:upcomingEmpty'))
  for (const post of digest.upcoming.posts) {
    lines.push(`${postLine(post, language, zone)} — ${t(language, `workflow:${post.workflowStatus}`)}`)
  }
  lines.push('', t(language, 'digest:undatedApproved', { count: digest.upcoming.undatedApproved }))

  heading(t(language, 'digest:rhythmTitle'))
  rhythm(digest, language, lines)

  heading(t(language, 'digest:audienceTitle'))
  if (digest.audience.length === 0) empty(t(language, 'digest:audienceEmpty'))
  for (const row of digest.audience) lines.push(`- ${audienceLine(row, language)}`)

  heading(`${t(language, 'digest:moderationTitle')} (${digest.moderation.total})`)
  if (digest.moderation.total === 0) empty(t(language, 'digest:moderationEmpty'))
  else {
    for (const row of digest.moderation.byReason)
      lines.push(`- ${t(language, 'digest:reasonCount', { reason: t(language, `moderation:${row.reason}`), count: row.count })}`)
    lines.push('', t(language, 'digest:moderationDetail'), '')
    for (const event of digest.moderation.events) {
      lines.push(
        `- ${dateTime(event.removedAt, zone)} — ${t(language, `channels:${event.channel}`)} — ${t(language, `moderation:${event.reason}`)} — ${escapeMarkdown(event.description)}`,
      )
    }
  }

  heading(`${t(language, 'digest:overridesTitle')} (${digest.overrides.length})`)
  if (digest.overrides.length === 0) empty(t(language, 'digest:overridesEmpty'))
  for (const override of digest.overrides) {
    const by = t(language, 'digest:overrideBy', { name: escapeMarkdown(personLabel(language, override.byName, override.byId)) })
    lines.push(
      `- ${dateTime(override.at, zone)} — ${override.rule} — **${escapeMarkdown(override.postTitle)}** — « ${escapeMarkdown(override.justification)} » — ${by}`,
    )
  }

  heading(t(language, 'digest:helpRequestsTitle'))
  lines.push(t(language, 'digest:helpRequestsCount', { count: digest.helpRequests.count }))

  const consents = digest.consents
  if (consents.reserved) {
    heading(t(language, 'digest:consentsTitle', { days: CONSENT_WINDOW_DAYS }))
    empty(t(language, 'digest:consentsReserved'))
  } else {
    heading(`${t(language, 'digest:consentsTitle', { days: consents.windowDays })} (${consents.items.length})`)
    if (consents.items.length === 0) empty(t(language, 'digest:consentsEmpty'))
    for (const consent of consents.items) {
      const name = consent.personName ? ` — ${escapeMarkdown(consent.personName)}` : ''
      lines.push(`- ${day(consent.expiresAt, zone)} — ${channelList(language, consent.scopes)}${name}`)
    }
  }

  return `${lines.join('\n')}\n`
}

/** The period sentence; `text` escapes the meeting's title (identity on the page). */
export function periodLine(digest: MeetingDigest, language: DigestLanguage, text: (value: string) => string = escapeMarkdown): string {
  const zone = digest.timeZone
  const { period } = digest
  const variables = { from: dateTime(period.from, zone), to: dateTime(period.to, zone), zone }
  if (period.source === 'meeting' && period.meeting) {
    return t(language, 'digest:periodSinceMeeting', {
      ...variables,
      meeting: text(period.meeting.title || t(language, 'digest:meetingUntitled')),
    })
  }
  return t(language, 'digest:periodDefault', { ...variables, days: period.defaultDays })
}

function postLine(post: DigestPost, language: DigestLanguage, zone: string): string {
  return `- ${dateTime(post.at, zone)} — **${escapeMarkdown(post.title)}** — ${escapeMarkdown(categoryLabel(language, post.category))} — ${channelList(language, post.channels)}`
}

export function audienceLine(row: MeetingDigest['audience'][number], language: DigestLanguage): string {
  const channel = t(language, `channels:${row.channel}`)
  if (!row.baseline || row.followersChange === null) {
    return t(language, 'digest:audienceNoBaseline', { channel, followers: row.current.followers, day: row.current.day })
  }
  const line = t(language, 'digest:audienceChange', {
    channel,
    before: row.baseline.followers,
    after: row.current.followers,
    change: signed(row.followersChange),
    fromDay: row.baseline.day,
    toDay: row.current.day,
  })
  return row.pageLikesChange === null ? line : `${line} ${t(language, 'digest:audiencePageLikes', { change: signed(row.pageLikesChange) })}`
}

/** `2 / 3 ⚠` for a week under the target, `3 / 3` otherwise. */
export function rhythmCell(count: number, target: number, belowTarget: boolean): string {
  return `${count} / ${target}${belowTarget ? ' ⚠' : ''}`
}

function rhythm(digest: MeetingDigest, language: DigestLanguage, lines: string[]): void {
  const { weeks, summary, fromDay, toDay } = digest.rhythm
  if (summary.length === 0) {
    lines.push(`_${t(language, 'digest:rhythmNoTargets')}_`)
    return
  }
  lines.push(t(language, 'digest:rhythmIntro', { fromDay, toDay }), '')
  const channels = summary.map((row) => row.channel)
  lines.push(`| ${t(language, 'digest:rhythmWeek')} | ${channels.map((channel) => t(language, `channels:${channel}`)).join(' | ')} |`)
  lines.push(`| --- | ${channels.map(() => '---').join(' | ')} |`)
  for (const week of weeks) {
    const cells = week.channels.map((cell) => rhythmCell(cell.count, cell.target, cell.belowTarget))
    lines.push(`| ${week.week} (${t(language, `digest:week_${week.when}`)}) | ${cells.join(' | ')} |`)
  }
  lines.push('')
  for (const row of summary) {
    lines.push(
      `- ${t(language, 'digest:rhythmSummary', { channel: t(language, `channels:${row.channel}`), below: row.weeksBelowTarget, weeks: row.weeksCounted })}`,
    )
  }
}
