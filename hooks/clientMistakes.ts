import type { AfterErrorHook, PayloadRequest } from 'payload'

import { translate } from '../src/translations'

const FOREIGN_KEY_VIOLATIONS = new Set(['SQLITE_CONSTRAINT_FOREIGNKEY', '23503'])

/**
 * What busboy (Payload's multipart reader) and Payload's request readers say about a body they
 * cannot read. Recognised by message, never by stack frames: the production build bundles these
 * modules into `.next/server/chunks/…`, where no frame is called `busboy` any more.
 */
const UNREADABLE_BODY = [
  /^Unexpected end of (form|file)$/,
  /^Malformed part header$/,
  /^Multipart: Boundary not found$/,
  /^Malformed (content type|urlencoded form)$/,
  /^Missing Content-Type$/,
  /^Unsupported content type/,
  /^Request is not eligible for file upload$/,
]

type MistakeKind = 'foreign-key' | 'unreadable' | 'too-large'

/** Which client mistake an error that Payload would answer with a 500 (or an untranslated 413) is, if any. */
export function clientMistake(error: Error): MistakeKind | null {
  const status = (error as { status?: number }).status
  if (status === 413) return 'too-large'
  if (status !== undefined && status !== 500) return null
  const cause = (error as { cause?: { code?: unknown } }).cause
  if (cause && FOREIGN_KEY_VIOLATIONS.has(String(cause.code))) return 'foreign-key'
  // JSON.parse is the only thing Payload runs on request input that throws a SyntaxError.
  if (error.name === 'SyntaxError' || error instanceof SyntaxError) return 'unreadable'
  return UNREADABLE_BODY.some((pattern) => pattern.test(String(error.message))) ? 'unreadable' : null
}

type Refusal = { status: number; response: { errors: { message: string }[] } }

const refuse = (status: number, message: string): Refusal => ({ status, response: { errors: [{ message }] } })

function invalidArgs(req: PayloadRequest | undefined, args: string): string {
  return typeof req?.t === 'function' ? req.t('error:invalidRequestArgs', { args }) : `Invalid ${args}`
}

/** The upload limit in MB, as configured (Payload's `upload.limits.fileSize`). */
function uploadLimitMB(req: PayloadRequest | undefined): number | null {
  const bytes = req?.payload?.config?.upload?.limits?.fileSize
  return typeof bytes === 'number' ? Math.round((bytes / 1024 / 1024) * 10) / 10 : null
}

/**
 * Config-level `afterError`: the answer a client mistake deserves, when Payload only notices it
 * as a 500 or answers it untranslated.
 * - A body that cannot be read (multipart with no boundary, cut short, a bad part header; JSON
 *   that does not parse, in the body, `_payload` or `?where=`): 400.
 * - A file over the upload limit: 413 naming the limit, in the person's language.
 * - A reference to a document that does not exist: Payload never checks existence, the database's
 *   foreign key refuses it (SQLite, Postgres), and the transaction is already rolled back: 400.
 */
export const clientMistakesAre400: AfterErrorHook = ({ error, req }) => {
  const language = req?.i18n?.language
  switch (clientMistake(error)) {
    case 'too-large': {
      const limit = uploadLimitMB(req)
      return limit === null ? undefined : refuse(413, translate(language, 'incoming:uploadTooLarge', { limit }))
    }
    case 'foreign-key':
      return refuse(400, typeof req?.t === 'function' ? req.t('validation:invalidSelection') : 'Invalid reference')
    case 'unreadable':
      return refuse(400, invalidArgs(req, error.name === 'SyntaxError' && req?.method === 'GET' ? 'where' : 'body'))
    default:
      return undefined
  }
}
