/** What a notification is about (CONTRACT of issue 11). */
export const NOTIFICATION_KINDS = [
  'submitted',
  'sentBack',
  'approved',
  'scheduled',
  'published',
  'publishRefused',
  'cascadeUnscheduled',
  'offerClosed',
  'mention',
  'consentExpiring',
  'consentWithdrawn',
  'deliveryFailed',
  'takedownFailed',
] as const
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number]

/** What comes by e-mail when the person has not chosen: what asks them to act. */
export const DEFAULT_EMAIL_KINDS: readonly NotificationKind[] = [
  'sentBack',
  'publishRefused',
  'cascadeUnscheduled',
  'offerClosed',
  'mention',
  'consentWithdrawn',
  'deliveryFailed',
  'takedownFailed',
]

export const NOTIFICATION_LANGUAGES = ['fr', 'en'] as const
export type NotificationLanguage = (typeof NOTIFICATION_LANGUAGES)[number]

/** The language a person reads their e-mails in: their choice, or French. */
export function languageOf(user: { notificationLanguage?: string | null } | null | undefined): NotificationLanguage {
  return user?.notificationLanguage === 'en' ? 'en' : 'fr'
}

/** Whether this person asked for this kind by e-mail (no choice stored yet: the defaults). */
export function wantsEmail(
  user: { emailNotificationKinds?: readonly string[] | null } | null | undefined,
  kind: NotificationKind,
): boolean {
  const chosen = user?.emailNotificationKinds
  return (Array.isArray(chosen) ? chosen : DEFAULT_EMAIL_KINDS).includes(kind)
}
