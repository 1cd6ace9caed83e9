import { describe, expect, it } from 'vitest'

import { parsePort } from '../../dev/launch'

describe('parsePort (PORT)', () => {
  it('defaults to 3000 and keeps 0 for a free port', () => {
    expect(parsePort(undefined)).toBe(3000)
    expect(parsePort('')).toBe(3000)
    expect(parsePort('0')).toBe(0)
    expect(parsePort('8080')).toBe(8080)
  })

  it('refuses a value that is not a port, saying which', () => {
    expect(() => parsePort('http')).toThrow('[balises] PORT must be a number between 0 and 65535, got "http"')
    expect(() => parsePort('70000')).toThrow('got "70000"')
  })
})
