import { translate, type TranslationKey } from '../translations'

/** Canada's zones, Eastern first (Québec), with the key of their fr/en label. */
export const CANADIAN_ZONES: { value: string; key: TranslationKey }[] = [
  { value: 'America/Toronto', key: 'policySettings:zone_toronto' },
  { value: 'America/Halifax', key: 'policySettings:zone_halifax' },
  { value: 'America/St_Johns', key: 'policySettings:zone_stJohns' },
  { value: 'America/Winnipeg', key: 'policySettings:zone_winnipeg' },
  { value: 'America/Regina', key: 'policySettings:zone_regina' },
  { value: 'America/Edmonton', key: 'policySettings:zone_edmonton' },
  { value: 'America/Vancouver', key: 'policySettings:zone_vancouver' },
  { value: 'America/Whitehorse', key: 'policySettings:zone_whitehorse' },
]

export type TimeZoneOption = { value: string; label: string; canadian: boolean }

/** Every IANA zone this runtime knows (Intl), plus UTC. */
export function supportedTimeZones(): string[] {
  const zones = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : []
  return zones.includes('UTC') ? zones : [...zones, 'UTC']
}

/** « UTC−05:00 » at `now` (a minus sign, not a hyphen; « UTC » alone for offset zero). */
export function zoneOffset(zone: string, now: Date): string {
  const part = new Intl.DateTimeFormat('en', { timeZone: zone, timeZoneName: 'longOffset' })
    .formatToParts(now)
    .find((item) => item.type === 'timeZoneName')?.value
  const offset = (part ?? 'GMT').replace(/^GMT/, '')
  return offset ? `UTC${offset.replace('-', '−')}` : 'UTC'
}

/**
 * The options of the time-zone select: Canada's zones first (named in the language), then every
 * other zone by name, each with its offset at `now` (« Montréal, Toronto — heure de l’Est (UTC−05:00) »).
 * A stored zone that is not in the list (an alias such as America/Montreal) is kept first so it shows.
 */
export function timeZoneOptions(language: string, now: Date = new Date(), current?: string | null): TimeZoneOption[] {
  const canadian = CANADIAN_ZONES.map(({ value, key }) => ({
    value,
    label: `${translate(language, key)} (${zoneOffset(value, now)})`,
    canadian: true,
  }))
  const known = new Set(canadian.map((option) => option.value))
  const others = supportedTimeZones()
    .filter((zone) => !known.has(zone))
    .sort((a, b) => a.localeCompare(b))
    .map((zone) => ({ value: zone, label: `${zone.replace(/_/g, ' ')} (${zoneOffset(zone, now)})`, canadian: false }))
  const options = [...canadian, ...others]
  if (current && !options.some((option) => option.value === current) && isTimeZone(current)) {
    options.unshift({ value: current, label: `${current.replace(/_/g, ' ')} (${zoneOffset(current, now)})`, canadian: false })
  }
  return options
}

/** A zone Intl can compute with (the IANA names and their aliases). */
export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone })
    return true
  } catch {
    return false
  }
}
