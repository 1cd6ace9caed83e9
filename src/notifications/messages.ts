import { translate, type TranslationKey } from '../translations'
import type { NotificationKind } from './kinds'
import { formatMoment, formatStoredDay } from '../time/formatMoment'

export type Messages = { fr: string; en: string }
export type MessageValues = {
  title?: string
  actor?: string
  reason?: string
  when?: string
  excerpt?: string
  unscheduled?: number
  takedowns?: number
  date?: string
  network?: string
}

const LIMIT = 1000
const WITH_ACTOR: readonly NotificationKind[] = ['submitted', 'sentBack', 'approved']

/** The text of a notification in both languages; `when`/`date` are given per language. */
export function noticeMessages(kind: NotificationKind, values: { fr: MessageValues; en: MessageValues }): Messages {
  const text = (language: 'fr' | 'en') => {
    const filled = { ...values[language] } as Record<string, string | number>
    // Moves made by the system (seed, import) have nobody to name.
    const variant = `notify:messages:${kind}NoActor` as TranslationKey
    const key = (WITH_ACTOR.includes(kind) && !values[language].actor ? variant : `notify:messages:${kind}`) as TranslationKey
    let message = translate(language, key, filled)
    if (values[language].reason) message += ` ${translate(language, 'notify:reasonSuffix', { reason: values[language].reason! })}`
    return message.slice(0, LIMIT)
  }
  return { fr: text('fr'), en: text('en') }
}

/** « 15 déc. 2026, 16 h 28 » / "Dec 15, 2026, 4:28 PM" in the zone (src/time/formatMoment.ts). */
export function formatWhen(iso: string, zone: string, language: 'fr' | 'en'): string {
  return formatMoment(iso, language, zone)
}

/** « 15 déc. 2026 » / "Dec 15, 2026": a calendar day (an expiry, stored at noon UTC) is that day everywhere. */
export function formatDay(iso: string, _zone: string, language: 'fr' | 'en'): string {
  return formatStoredDay(iso, language)
}

/** A comment's first words, for a mention. */
export function excerpt(body: string, max = 140): string {
  const flat = body.replace(/\s+/g, ' ').trim()
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat
}
