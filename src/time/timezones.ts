import type { Timezone } from 'payload'

/**
 * Canada's zones, Eastern first (Québec, America/Toronto); Payload's own list follows. Payload takes one
 * label string for both languages: cities and offsets (winter / summer), no words to translate.
 */
export const CANADIAN_TIMEZONES: Timezone[] = [
  { label: 'Montréal, Toronto (UTC−5 / UTC−4)', value: 'America/Toronto' },
  { label: 'Halifax, Moncton (UTC−4 / UTC−3)', value: 'America/Halifax' },
  { label: 'St. John’s (UTC−3:30 / UTC−2:30)', value: 'America/St_Johns' },
  { label: 'Winnipeg (UTC−6 / UTC−5)', value: 'America/Winnipeg' },
  { label: 'Regina (UTC−6)', value: 'America/Regina' },
  { label: 'Edmonton (UTC−7 / UTC−6)', value: 'America/Edmonton' },
  { label: 'Vancouver (UTC−8 / UTC−7)', value: 'America/Vancouver' },
]

export function withCanadianTimezones(preferred: string): (args: { defaultTimezones: Timezone[] }) => Timezone[] {
  return ({ defaultTimezones }) => {
    const ours = CANADIAN_TIMEZONES.some((zone) => zone.value === preferred)
      ? CANADIAN_TIMEZONES
      : [{ label: preferred, value: preferred }, ...CANADIAN_TIMEZONES]
    const known = new Set(ours.map((zone) => zone.value))
    return [...ours, ...defaultTimezones.filter((zone) => !known.has(zone.value))]
  }
}
