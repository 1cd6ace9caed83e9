import type { Config } from 'payload'
import type { LoggerOptions } from 'pino'

import { clientMistake } from '../hooks/clientMistakes'

const LEVELS = { info: 30, warn: 40, error: 50 } as const

type LoggedError = Error & { status?: number; cause?: unknown }

/** Drizzle writes the bound values of a failed query into its message: a signatory's name, a child's birth date… */
export function withoutQueryParameters(message: string): string {
  const at = message.search(/\n?params: /)
  return at < 0 ? message : `${message.slice(0, at)}\nparams: [redacted]`
}

function causeCode(error: LoggedError): string | undefined {
  const cause = error.cause as { code?: unknown } | undefined
  return cause && cause.code !== undefined ? String(cause.code) : undefined
}

/**
 * How bad a logged error is: a refusal of the request (a 4xx, or what clientMistakes answers with
 * one: an unreadable body, a file over the limit, a reference the database refused) is the
 * client's mistake, not the server's. Payload logs before its afterError hooks run.
 */
export function refusalLevel(error: LoggedError): 'info' | 'warn' | null {
  const mistake = clientMistake(error)
  if (mistake) return mistake === 'unreadable' ? 'info' : 'warn'
  if (typeof error.status === 'number' && error.status >= 400 && error.status < 500) return error.status === 403 ? 'warn' : 'info'
  return null
}

/** An error as it may be logged: its kind, status and message without query values; the stack only for a server fault. */
export function loggableError(error: LoggedError): Record<string, unknown> {
  const cause =
    error.cause instanceof Error
      ? { type: error.cause.name, message: withoutQueryParameters(error.cause.message), code: causeCode(error) }
      : undefined
  return {
    type: error.name,
    message: withoutQueryParameters(String(error.message ?? '')),
    ...(error.status !== undefined ? { status: error.status } : {}),
    ...(cause ? { cause } : {}),
    ...(refusalLevel(error) ? {} : { stack: withoutQueryParameters(String(error.stack ?? '')) }),
  }
}

const isError = (value: unknown): value is LoggedError =>
  value instanceof Error || (typeof value === 'object' && value !== null && 'message' in value && 'stack' in value)

/**
 * pino options that keep personal data out of the server's log and log refusals as what they
 * are: Payload logs every error of a request with its full object (a failed insert's `params`, its
 * SQL with the bound values) at `error`, and a 4xx with its stack.
 */
export function redactingLoggerOptions(options: LoggerOptions = {}): LoggerOptions {
  return {
    ...options,
    serializers: { ...options.serializers, err: (error: LoggedError) => (isError(error) ? loggableError(error) : error) },
    hooks: {
      ...options.hooks,
      logMethod(args, method, level) {
        const [first, ...rest] = args as unknown[]
        const error = isError(first)
          ? first
          : isError((first as { err?: unknown } | undefined)?.err)
            ? (first as { err: LoggedError }).err
            : undefined
        if (!error) return method.apply(this, args as Parameters<typeof method>)
        const refusal = refusalLevel(error)
        const message = withoutQueryParameters(String(error.message ?? ''))
        if (refusal && level > LEVELS[refusal]) return this[refusal]({ err: error }, message)
        return method.apply(this, [
          { err: error },
          typeof rest[0] === 'string' ? withoutQueryParameters(rest[0]) : message,
        ] as unknown as Parameters<typeof method>)
      },
    },
  }
}

/**
 * The host's `logger` setting with the redaction on top (an instantiated logger is the host's
 * own choice and is kept as it is). Without a setting: pino's JSON lines on standard output.
 */
export function withRedactingLogger(logger: Config['logger']): Config['logger'] {
  if (logger && typeof logger === 'object' && 'options' in logger) return { ...logger, options: redactingLoggerOptions(logger.options) }
  if (logger) return logger
  return { options: redactingLoggerOptions() }
}
