import type { Timezone } from 'payload'

/** Canada's zones, Eastern first (Québec, America/Toronto); Payload's own list follows. */
export const CANADIAN_TIMEZONES: Timezone[] = [
  { label: 'Montréal, Toronto (heure de l’Est / Eastern)', value: 'America/Toronto' },
  { label: 'Halifax, Moncton (Atlantique / Atlantic)', value: 'America/Halifax' },
  { label: 'St. John’s (Terre-Neuve / Newfoundland)', value: 'America/St_Johns' },
  { label: 'Winnipeg (Centre / Central)', value: 'America/Winnipeg' },
  { label: 'Regina (Saskatchewan)', value: 'America/Regina' },
  { label: 'Edmonton (Rocheuses / Mountain)', value: 'America/Edmonton' },
  { label: 'Vancouver (Pacifique / Pacific)', value: 'America/Vancouver' },
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
