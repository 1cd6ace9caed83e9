import type { AddressInfo } from 'node:net'

import { SMTPServer } from 'smtp-server'

/** A real SMTP server in the test's process: it accepts every message and keeps it, decoded. */
export type SmtpInbox = { port: number; mails: Mail[]; refuse: (address: string) => void; close: () => Promise<void> }

export type Mail = { from: string; to: string[]; raw: string; subject: string; text: string }

/** Quoted-printable and encoded-word (=?UTF-8?Q?…?=) back to text, enough to read what nodemailer sent. */
function decodeQuotedPrintable(text: string): string {
  const bytes: number[] = []
  const flat = text.replace(/=\r?\n/g, '')
  for (let i = 0; i < flat.length; i++) {
    if (flat[i] === '=' && /^[0-9A-F]{2}$/i.test(flat.slice(i + 1, i + 3))) {
      bytes.push(parseInt(flat.slice(i + 1, i + 3), 16))
      i += 2
    } else bytes.push(...Buffer.from(flat[i], 'utf8'))
  }
  return Buffer.from(bytes).toString('utf8')
}

function decodeHeader(value: string): string {
  return value
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?utf-8\?([QB])\?([^?]*)\?=/gi, (_, encoding: string, body: string) =>
      encoding.toUpperCase() === 'B' ? Buffer.from(body, 'base64').toString('utf8') : decodeQuotedPrintable(body.replace(/_/g, ' ')),
    )
}

function parse(raw: string, envelope: { from: string; to: string[] }): Mail {
  const [head, ...rest] = raw.split(/\r?\n\r?\n/)
  const unfolded = head.replace(/\r?\n[ \t]+/g, ' ')
  const subject = decodeHeader(/^Subject: (.*)$/im.exec(unfolded)?.[1] ?? '')
  const body = rest.join('\n\n')
  const encoding = /^Content-Transfer-Encoding: (.*)$/im.exec(unfolded)?.[1]?.trim().toLowerCase()
  const text =
    encoding === 'quoted-printable'
      ? decodeQuotedPrintable(body)
      : encoding === 'base64'
        ? Buffer.from(body, 'base64').toString('utf8')
        : body
  return { ...envelope, raw, subject, text: text.replace(/\r\n/g, '\n').trim() }
}

export async function startSmtpInbox(): Promise<SmtpInbox> {
  const mails: Mail[] = []
  let refusedRecipient = ''
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onRcptTo(address, _session, callback) {
      if (address.address === refusedRecipient) return callback(Object.assign(new Error('Mailbox unavailable'), { responseCode: 550 }))
      callback()
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = []
      stream.on('data', (chunk: Buffer) => chunks.push(chunk))
      stream.on('end', () => {
        const envelope = {
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((rcpt) => rcpt.address),
        }
        mails.push(parse(Buffer.concat(chunks).toString('utf8'), envelope))
        callback()
      })
    },
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return {
    port: (server.server.address() as AddressInfo).port,
    mails,
    refuse: (address) => (refusedRecipient = address),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}
