import { DEFAULT_ORGANISATION_PHONE, DEFAULT_REDIRECTION } from './defaults'

export type RedirectionSettings =
  { organisationPhone?: string | null; messageFr?: string | null; messageEn?: string | null } | null | undefined

/**
 * FORBID-2: the reply to a help request, in French or English, from the policy settings, with the
 * organisation's phone in place of {{phone}}. A message that lost 811 or 911 gets them back: the
 * policy requires both numbers in every redirection.
 */
export function redirectionReply(settings: RedirectionSettings, language: 'fr' | 'en'): string {
  const phone = settings?.organisationPhone?.trim() || DEFAULT_ORGANISATION_PHONE
  const template = (language === 'en' ? settings?.messageEn : settings?.messageFr)?.trim() || DEFAULT_REDIRECTION[language]
  let reply = template.replace(/\{\{\s*phone\s*\}\}/g, phone)
  if (!reply.includes(phone)) reply += language === 'en' ? ` Call us at ${phone}.` : ` Appelez-nous au ${phone}.`
  if (!/\b811\b/.test(reply)) reply += language === 'en' ? ' Info-Social: 811.' : ' Info-Social : 811.'
  if (!/\b911\b/.test(reply)) reply += language === 'en' ? ' Emergency: 911.' : ' Urgence : 911.'
  return reply
}
