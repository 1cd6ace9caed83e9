import type { Payload } from 'payload'

import type { User } from '../payload-types'
import { addDays, formatDayKey } from '../../src/time/days'
import { dayKey, fromWallClock } from '../../src/time/zonedTime'
import type { Channel } from '../../src/channels'
import type { Role } from '../../src/roles'

export type DemoReportsCounts = { snapshots: number; meetings: number; moderation: number; helpRequests: number }

/** Followers 13 months ago and monthly growth: a small organisation, Instagram growing fastest. */
const AUDIENCE: { channel: Channel; start: number; growth: number; likesRatio: number | null }[] = [
  { channel: 'facebook', start: 1240, growth: 0.014, likesRatio: 0.86 },
  { channel: 'instagram', start: 430, growth: 0.032, likesRatio: null },
  { channel: 'linkedin', start: 182, growth: 0.021, likesRatio: null },
]
const AUDIENCE_MONTHS = 14

const MODERATION = [
  {
    daysAgo: 4,
    channel: 'facebook',
    reason: 'spam',
    description: 'Commentaire publicitaire répété (lien vers un site de vente) sous la publication du souper-bénéfice.',
  },
  {
    daysAgo: 9,
    channel: 'instagram',
    reason: 'prejudice',
    description: 'Commentaire méprisant envers les familles monoparentales sous la publication sur nos ateliers.',
  },
  {
    daysAgo: 26,
    channel: 'facebook',
    reason: 'personalInformation',
    description: 'Commentaire donnant le nom et l’école d’un enfant ; retiré et personne avisée en privé.',
  },
] as const

const HELP_REQUESTS = [
  { daysAgo: 2, channel: 'facebook', replyLanguage: 'fr' },
  { daysAgo: 7, channel: 'instagram', replyLanguage: 'fr' },
  { daysAgo: 16, channel: 'facebook', replyLanguage: 'en' },
  { daysAgo: 33, channel: 'linkedin', replyLanguage: 'fr' },
] as const

/** The same gentle wobble on every start (no randomness: the demo is reproducible). */
const wobble = (index: number, channel: number) => Math.round(Math.sin(index * 1.7 + channel) * 6)

/** The 1st of the month `monthsAgo` months before `today` (a day key). */
function firstOfMonth(today: string, monthsAgo: number): string {
  const total = Number(today.slice(0, 4)) * 12 + Number(today.slice(5, 7)) - 1 - monthsAgo
  return formatDayKey(Math.floor(total / 12), (total % 12) + 1, 1)
}

/**
 * Demo data for the activity report and the meeting digest: monthly audience snapshots for the
 * last 14 months (Facebook, Instagram, LinkedIn) plus a reading two days ago, two past team meetings (the last 12 days ago),
 * three moderation entries and four help requests, recorded by the demo accounts. Each collection
 * is filled only while it is empty, like the rest of the seed.
 */
export async function seedDemoReports(
  payload: Payload,
  options: { now: Date; timeZone: string; users: Partial<Record<Role, User['id']>> },
): Promise<DemoReportsCounts> {
  const { now, timeZone } = options
  const today = dayKey(now, timeZone)
  const counts: DemoReportsCounts = { snapshots: 0, meetings: 0, moderation: 0, helpRequests: 0 }
  const isEmpty = async (collection: 'audience-snapshots' | 'meetings' | 'moderation-log' | 'help-requests') =>
    (await payload.count({ collection })).totalDocs === 0
  const at = (daysAgo: number, time: string) => fromWallClock(`${addDays(today, -daysAgo)}T${time}`, timeZone).toISOString()
  const actor = async (role: Role) => {
    const id = options.users[role]
    return id === undefined
      ? undefined
      : { ...(await payload.findByID({ collection: 'users', id, depth: 0 })), collection: 'users' as const }
  }

  if (await isEmpty('audience-snapshots')) {
    for (const [channelIndex, audience] of AUDIENCE.entries()) {
      for (let month = 0; month < AUDIENCE_MONTHS; month++) {
        const followers = Math.round(audience.start * (1 + audience.growth) ** month) + wobble(month, channelIndex)
        await payload.create({
          collection: 'audience-snapshots',
          data: {
            channel: audience.channel,
            date: firstOfMonth(today, AUDIENCE_MONTHS - 1 - month),
            followers,
            pageLikes: audience.likesRatio === null ? null : Math.round(followers * audience.likesRatio),
            source: 'import',
          },
        })
        counts.snapshots++
      }
      // The latest reading, two days ago: the digest since the last meeting has a change to show.
      const recent = addDays(today, -2)
      if (recent > firstOfMonth(today, 0)) {
        const followers =
          Math.round(audience.start * (1 + audience.growth) ** (AUDIENCE_MONTHS - 1 + 0.8)) + wobble(AUDIENCE_MONTHS, channelIndex)
        await payload.create({
          collection: 'audience-snapshots',
          data: {
            channel: audience.channel,
            date: recent,
            followers,
            pageLikes: audience.likesRatio === null ? null : Math.round(followers * audience.likesRatio),
            source: 'manual',
          },
        })
        counts.snapshots++
      }
    }
  }

  if (await isEmpty('meetings')) {
    for (const daysAgo of [40, 12]) {
      await payload.create({ collection: 'meetings', data: { date: at(daysAgo, '13:30'), title: 'Réunion d’équipe' } })
      counts.meetings++
    }
  }

  if (await isEmpty('moderation-log')) {
    const user = await actor('responsable')
    for (const entry of MODERATION) {
      await payload.create({
        collection: 'moderation-log',
        data: { channel: entry.channel, reason: entry.reason, description: entry.description, removedAt: at(entry.daysAgo, '16:10') },
        user,
      })
      counts.moderation++
    }
  }

  if (await isEmpty('help-requests')) {
    const user = await actor('redaction')
    for (const entry of HELP_REQUESTS) {
      await payload.create({
        collection: 'help-requests',
        data: { channel: entry.channel, replyLanguage: entry.replyLanguage, receivedAt: at(entry.daysAgo, '11:45') },
        user,
      })
      counts.helpRequests++
    }
  }
  return counts
}
