import { Writable } from 'node:stream'

import { pino } from 'pino'
import { describe, expect, it } from 'vitest'

import { redactingLoggerOptions, withoutQueryParameters, withRedactingLogger } from '../../src/logging'

function capture() {
  const lines: Record<string, any>[] = []
  const stream = new Writable({
    write(chunk, _encoding, done) {
      for (const line of chunk.toString().split('\n').filter(Boolean)) lines.push(JSON.parse(line))
      done()
    },
  })
  return { logger: pino(redactingLoggerOptions({ level: 'info' }), stream), lines }
}

// What drizzle throws for a refused insert, as Payload's logError logs it: `logger.error({ err })`.
const failedInsert = () =>
  Object.assign(
    new Error('Failed query: insert into "consents" ("person_id", "signatory_name") values (?, ?)\nparams: 999,Marie Tremblay'),
    {
      name: 'DrizzleQueryError',
      query: 'insert into "consents" ("person_id", "signatory_name") values (?, ?)',
      params: [999, 'Marie Tremblay'],
      cause: Object.assign(new Error('SQLITE_CONSTRAINT_FOREIGNKEY: FOREIGN KEY constraint failed'), {
        code: 'SQLITE_CONSTRAINT_FOREIGNKEY',
      }),
    },
  )

describe('the redacting logger: no personal data, refusals at info/warn without a stack', () => {
  it('drops the bound values of a failed query and logs the refused reference as a warning, once', () => {
    const { logger, lines } = capture()
    logger.error({ err: failedInsert() })
    expect(lines).toHaveLength(1)
    expect(JSON.stringify(lines[0])).not.toContain('Marie')
    expect(lines[0].level).toBe(40)
    expect(lines[0].err.stack).toBeUndefined()
    expect(lines[0].msg).toContain('params: [redacted]')
  })

  it('logs a 4xx refusal at info without a stack, in both of the forms Payload uses', () => {
    const { logger, lines } = capture()
    const refusal = Object.assign(new Error('Missing ID of document to update.'), { name: 'APIError', status: 400 })
    logger.error({ err: refusal })
    logger.error(refusal)
    expect(lines.map((line) => [line.level, line.msg, line.err.stack])).toEqual([
      [30, 'Missing ID of document to update.', undefined],
      [30, 'Missing ID of document to update.', undefined],
    ])
  })

  it('logs what clientMistakes turns into a 4xx (an unreadable body, bad JSON) at info without a stack', () => {
    const { logger, lines } = capture()
    // As in the production bundle: Payload's APIError (500) around busboy's message, and JSON.parse's SyntaxError.
    logger.error({
      err: Object.assign(new Error('Unexpected end of form'), {
        status: 500,
        stack: 'Error: Unexpected end of form\n    at t (/app/.next/server/chunks/1.js:1:1)',
      }),
    })
    logger.error({ err: new SyntaxError('Unexpected token \'o\', "notjson" is not valid JSON') })
    expect(lines.map((line) => [line.level, line.err.stack])).toEqual([
      [30, undefined],
      [30, undefined],
    ])
  })

  it('keeps a server fault at error with its stack, values still redacted', () => {
    const { logger, lines } = capture()
    const fault = new TypeError('Cannot read properties of undefined')
    logger.error({ err: fault })
    logger.error({ err: Object.assign(new Error('Failed query: select 1\nparams: Marie'), { status: 500, params: ['Marie'] }) })
    expect(lines[0]).toMatchObject({ level: 50, err: { type: 'TypeError', stack: expect.stringContaining('TypeError') } })
    expect(lines[1].level).toBe(50)
    expect(JSON.stringify(lines[1])).not.toContain('Marie')
  })

  it('leaves plain messages alone', () => {
    const { logger, lines } = capture()
    logger.info('Payload started')
    expect(lines[0]).toMatchObject({ level: 30, msg: 'Payload started' })
    expect(withoutQueryParameters('no parameters here')).toBe('no parameters here')
  })

  it('wraps the host setting, keeps an instantiated logger, and applies without one', () => {
    const wrapped = withRedactingLogger({ options: { level: 'warn' } }) as { options: { level: string; hooks: unknown } }
    expect(wrapped.options.level).toBe('warn')
    expect(wrapped.options.hooks).toBeDefined()
    const own = pino({ enabled: false })
    expect(withRedactingLogger(own)).toBe(own)
    expect((withRedactingLogger(undefined) as { options: { hooks: unknown } }).options.hooks).toBeDefined()
  })
})
