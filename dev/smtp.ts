import nodemailer from 'nodemailer'
import type { EmailAdapter } from 'payload'

type Env = Record<string, string | undefined>

/**
 * Payload's e-mail adapter over SMTP, from SMTP_* (SMTP_HOST required; SMTP_PORT, SMTP_USER,
 * SMTP_PASS, SMTP_FROM, SMTP_SECURE). What @payloadcms/email-nodemailer does, without its exact
 * peer on payload 3.90.1 that Payload 3.90.2's dependency checker refuses. The transport is not
 * checked at start: a mail server that is down shows in the log when an e-mail fails, and never
 * stops the app.
 */
export function smtpEmailFromEnv(env: Env): EmailAdapter {
  const secure = env.SMTP_SECURE === 'true'
  const transport = nodemailer.createTransport({
    host: env.SMTP_HOST,
    port: Number(env.SMTP_PORT) || (secure ? 465 : 587),
    secure,
    ...(env.SMTP_USER ? { auth: { user: env.SMTP_USER, pass: env.SMTP_PASS ?? '' } } : {}),
  })
  const defaultFromAddress = env.SMTP_FROM || 'balises@localhost'
  const defaultFromName = 'Balises'
  return () => ({
    name: 'smtp',
    defaultFromAddress,
    defaultFromName,
    sendEmail: async (message) => transport.sendMail({ from: `${defaultFromName} <${defaultFromAddress}>`, ...message }),
  })
}
