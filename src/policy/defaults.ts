import { CHANNELS, DEFAULT_CHANNEL_LIMITS, type Channel } from '../channels'

export type FrequencyTarget = { channel: Channel; targetPerWeek: number; maxPerDay: number }

export const DEFAULT_FREQUENCY: FrequencyTarget[] = [
  { channel: 'facebook', targetPerWeek: 3, maxPerDay: 2 },
  { channel: 'instagram', targetPerWeek: 2, maxPerDay: 1 },
  { channel: 'x', targetPerWeek: 3, maxPerDay: 3 },
  { channel: 'linkedin', targetPerWeek: 1, maxPerDay: 1 },
]

/** FORBID-1: the guide's examples, in French and English (« souhaits de fête, décès, congé maladie ou naissance »). */
export const DEFAULT_FORBIDDEN_PATTERNS: string[] = [
  'bonne fête',
  'joyeux anniversaire',
  'décès',
  'condoléances',
  'congé de maladie',
  'congé maladie',
  'naissance',
  'bébé',
  'happy birthday',
  'passed away',
  'condolences',
  'sick leave',
]

export const DEFAULT_ORGANISATION_PHONE = '514 555-0123'

export const DEFAULT_REDIRECTION = {
  fr: "Merci de votre message. Nous n'offrons pas d'accompagnement par les médias sociaux. Pour parler à une intervenante, appelez-nous au {{phone}}. Vous pouvez aussi composer le 811 (Info-Social) en tout temps, ou le 911 en cas d'urgence.",
  en: 'Thank you for your message. We do not provide support through social media. To talk to a worker, call us at {{phone}}. You can also dial 811 (Info-Social) at any time, or 911 in an emergency.',
}

export function defaultPolicy(timeZone: string) {
  return {
    timeZone,
    weeklyHours: 4,
    channelLimits: CHANNELS.map((channel) => ({ channel, limit: DEFAULT_CHANNEL_LIMITS[channel] })),
    frequency: DEFAULT_FREQUENCY,
    forbiddenPatterns: DEFAULT_FORBIDDEN_PATTERNS.map((pattern) => ({ pattern })),
    redirection: {
      organisationPhone: DEFAULT_ORGANISATION_PHONE,
      messageFr: DEFAULT_REDIRECTION.fr,
      messageEn: DEFAULT_REDIRECTION.en,
    },
    keyDates: [] as { label: string; date: string; yearly: boolean }[],
  }
}
