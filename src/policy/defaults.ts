import { CHANNELS, DEFAULT_CHANNEL_LIMITS, type Channel } from '../channels'

export type FrequencyTarget = { channel: Channel; targetPerWeek: number; maxPerDay: number }

export const DEFAULT_FREQUENCY: FrequencyTarget[] = [
  { channel: 'facebook', targetPerWeek: 3, maxPerDay: 2 },
  { channel: 'instagram', targetPerWeek: 2, maxPerDay: 1 },
  { channel: 'x', targetPerWeek: 3, maxPerDay: 3 },
  { channel: 'linkedin', targetPerWeek: 1, maxPerDay: 1 },
]

/**
 * FORBID-1: personal information about people of the organisation (« souhaits de fête, décès,
 * congé maladie ou naissance »), in French and English. Syntax (hooks/rules/detectors/phrases.ts):
 * whole words, accents and case ignored; a space or hyphen matches spaces and hyphens; `*` in a
 * word stands for any letters (« décédé* » : décédé, décédée…). The organisation edits the list.
 */
export const DEFAULT_FORBIDDEN_PATTERNS: string[] = [
  // birthday wishes
  'bonne fête',
  'joyeuse fête',
  'joyeux anniversaire',
  'bon anniversaire',
  'souhait* de fête',
  "souhait* d'anniversaire",
  'happy birthday',
  'happy bday',
  'happy b-day',
  'birthday wish*',
  // deaths
  'décès',
  'décédé*',
  'condoléances',
  'nous a quitté*',
  'nous ont quitté*',
  'repose en paix',
  'funérailles',
  'obsèques',
  'est en deuil',
  'sommes en deuil',
  'congé de deuil',
  'passed away',
  'condolence*',
  'rest in peace',
  'in loving memory',
  'funeral*',
  'bereavement leave',
  // sick leave
  'congé de maladie',
  'congé maladie',
  'congés de maladie',
  'arrêt maladie',
  'arrêt de maladie',
  'arrêt de travail',
  "congé d'invalidité",
  'hospitalisé*',
  'en convalescence',
  'sick leave',
  'medical leave',
  'hospitalized',
  'hospitalised',
  // births
  'naissance',
  'bébé',
  'accouch*',
  'est enceinte',
  'congé de maternité',
  'congé de paternité',
  'congé parental',
  'est devenue maman',
  'est devenu papa',
  'gave birth',
  'welcomed a baby',
  'welcomed baby',
  'welcomed their baby',
  'new baby',
  'baby girl',
  'baby boy',
  'is pregnant',
  'birth of her',
  'birth of his',
  'birth of their',
  'maternity leave',
  'paternity leave',
  'parental leave',
]

/**
 * FORBID-1: ordinary phrases near a forbidden pattern. A match that overlaps one of them is not
 * flagged: « fête nationale » clears « Bonne fête nationale ! ». Same syntax as the patterns.
 */
export const DEFAULT_ALLOWED_PHRASES: string[] = [
  // holidays and events called « fête »
  'fête nationale',
  'fête du Canada',
  'fête des mère*',
  'fête des père*',
  'fête du travail',
  'fête des travailleu*',
  'fête de la Saint-Jean',
  'fête des patriotes',
  "fête de l'Action de grâce*",
  'fête des voisins',
  'fête des bénévoles',
  'fête de quartier',
  'fête de la famille',
  'fête des familles',
  'fête des enfants',
  'fête de Noël',
  'fête de la rentrée',
  "fête de fin d'année",
  'fête de la musique',
  "fête de l'Halloween",
  "fête d'Halloween",
  'fête des Rois',
  // the organisation's own anniversary
  'anniversaire de fondation',
  "anniversaire de l'organisme",
  'anniversaire de notre organisme',
  // « naissance » that is not a birth in the team
  "naissance d'un projet",
  'naissance du projet',
  'naissance de notre projet',
  "naissance d'une idée",
  "naissance de l'organisme",
  'naissance de notre organisme',
  'naissance du regroupement',
  'naissance de notre regroupement',
  'naissance du mouvement',
  'date de naissance',
  'lieu de naissance',
  'acte de naissance',
  'certificat de naissance',
  'de la naissance à',
  'dès la naissance',
  'depuis la naissance',
  // babies in general
  'parent* bébé',
  "préparation à l'accouchement",
  'date of birth',
  'birth certificate',
]

export const DEFAULT_ORGANISATION_PHONE = '514 555-0123'

export const DEFAULT_REDIRECTION = {
  fr: "Merci de votre message. Nous n'offrons pas d'accompagnement par les médias sociaux. Pour parler à une intervenante, appelez-nous au {{phone}}. Vous pouvez aussi composer le 811 (Info-Social) en tout temps, ou le 911 en cas d'urgence.",
  en: 'Thank you for your message. We do not provide support through social media. To talk to a worker, call us at {{phone}}. You can also dial 811 (Info-Social) at any time, or 911 in an emergency.',
}

/** PRIV-4: a photo consent's record is kept this many months after the consent ends, unless the policy says otherwise. */
export const DEFAULT_CONSENT_RETENTION_MONTHS = 24

export function defaultPolicy(timeZone: string) {
  return {
    timeZone,
    weeklyHours: 4,
    // The fiscal year of Québec community organisations: 1 April – 31 March (GOV-3's annual report).
    reportingYearStartMonth: 4,
    channelLimits: CHANNELS.map((channel) => ({ channel, limit: DEFAULT_CHANNEL_LIMITS[channel] })),
    frequency: DEFAULT_FREQUENCY,
    forbiddenPatterns: [...DEFAULT_FORBIDDEN_PATTERNS],
    allowedPhrases: [...DEFAULT_ALLOWED_PHRASES],
    consentRetentionMonths: DEFAULT_CONSENT_RETENTION_MONTHS,
    redirection: {
      organisationPhone: DEFAULT_ORGANISATION_PHONE,
      messageFr: DEFAULT_REDIRECTION.fr,
      messageEn: DEFAULT_REDIRECTION.en,
    },
    keyDates: [] as { label: string; date: string; yearly: boolean }[],
  }
}
