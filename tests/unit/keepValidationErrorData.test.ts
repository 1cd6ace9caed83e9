import { describe, expect, it } from 'vitest'

import { keepValidationErrorData } from '../../hooks/keepValidationErrorData'

/** A ValidationError from another copy of Payload's code: same shape, another class. */
class ForeignValidationError extends Error {
  status = 400
  data = { collection: 'posts', errors: [{ path: 'channels.0.text', message: 'CHAN-1 : le texte X compte 300 caractères…' }] }
  constructor() {
    super('The following field is invalid: channels.0.text')
    this.name = 'a'
  }
}

const call = (error: Error, result: unknown) =>
  keepValidationErrorData({ error, result, req: {} as never, context: {}, collection: undefined } as never)

describe('keepValidationErrorData (REST answers keep field errors across copies of Payload)', () => {
  it('puts back data.errors when the formatter answered with the message alone', () => {
    const error = new ForeignValidationError()
    expect(call(error, { errors: [{ message: error.message }] })).toEqual({
      status: 400,
      response: { errors: [{ name: 'a', data: error.data, message: error.message }] },
    })
  })

  it('leaves an answer that already has its data, errors without field errors, and server errors alone', () => {
    const error = new ForeignValidationError()
    expect(call(error, { errors: [{ name: 'a', data: error.data, message: error.message }] })).toBeUndefined()
    expect(call(new Error('boom'), { errors: [{ message: 'boom' }] })).toBeUndefined()
    const serverError = Object.assign(new ForeignValidationError(), { status: 500 })
    expect(call(serverError, { errors: [{ message: 'Something went wrong.' }] })).toBeUndefined()
  })
})
