/**
 * How the digest writes dates, numbers and labels — the same on the page and in the Markdown, and
 * the same on every machine (no locale-dependent separators), in the policy's zone.
 */
import { toWallClock } from '../time/zonedTime'
import type { Channel } from '../channels'
import { translate, type TranslationKey } from '../translations'
import type { CategoryFact } from './meetingDigest'

export type DigestLanguage = 'fr' | 'en'

export const t = (language: DigestLanguage, key: TranslationKey, variables?: Record<string, string | number>) =>
  translate(language, key, variables)

/** `2026-11-20 10:00` in the zone. */
export function dateTime(instant: string, zone: string): string {
  return toWallClock(instant, zone).slice(0, 16).replace('T', ' ')
}

/** `2026-11-20` in the zone. */
export function day(instant: string, zone: string): string {
  return toWallClock(instant, zone).slice(0, 10)
}

/** `+50`, `-12`, `0`. */
export function signed(value: number): string {
  return value > 0 ? `+${value}` : String(value)
}

export function channelList(language: DigestLanguage, channels: readonly Channel[]): string {
  return channels.length ? channels.map((channel) => t(language, `channels:${channel}`)).join(', ') : '—'
}

export function categoryLabel(language: DigestLanguage, category: CategoryFact | null): string {
  if (!category) return t(language, 'digest:uncategorized')
  return `${category.code} ${language === 'en' ? category.labelEn : category.labelFr}`
}

export function personLabel(language: DigestLanguage, name: string | null, id: number | string | null): string {
  if (name) return name
  return id === null ? t(language, 'digest:bySystem') : t(language, 'digest:byAccount', { id: String(id) })
}
