import crypto from 'node:crypto'

import type { Config } from 'payload'
import { describe, expect, it } from 'vitest'

import { balises } from '../../src/index'
import { BAD_PAYLOAD_CATEGORIES, badPayloads, bodyFields, type BadPayload, type BodyField } from '../helpers/badPayloads'

const config = balises()({ secret: 'unit', db: {} as Config['db'], collections: [], globals: [] } as Config)

/** Every write body of the plugin's own config (users' auth fields are added by Payload later). */
const targets = [
  ...(config.collections ?? []).map((collection) => ({
    name: collection.slug,
    fields: bodyFields(collection.fields),
    upload: Boolean(collection.upload),
    // Collections store createdAt/updatedAt: the only breakers of an upload without fields of its own.
    timestamps: true,
    operations: ['create', 'update'] as const,
  })),
  ...(config.globals ?? []).map((global) => ({
    name: `globals/${global.slug}`,
    fields: bodyFields(global.fields),
    upload: false,
    timestamps: false,
    operations: ['update'] as const,
  })),
]

const fingerprint = (payloads: BadPayload[]) =>
  crypto
    .createHash('sha256')
    .update(payloads.map((payload) => `${payload.category}|${payload.contentType}|${payload.breaker}|${payload.body}`).join('\n'))
    .digest('hex')

function parse(body: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(body) }
  } catch {
    return { ok: false }
  }
}

/** Deepest bracket nesting of a JSON text, strings skipped (no recursion: the texts nest 10 000 deep). */
function nestingDepth(text: string): number {
  let depth = 0
  let deepest = 0
  let inString = false
  for (let index = 0; index < text.length; index++) {
    const char = text[index]
    if (inString) {
      if (char === '\\') index++
      else if (char === '"') inString = false
    } else if (char === '"') inString = true
    else if (char === '{' || char === '[') deepest = Math.max(deepest, ++depth)
    else if (char === '}' || char === ']') depth--
  }
  return deepest
}

function valueAt(value: unknown, path: string[]): { found: boolean; value?: unknown } {
  let current: any = value
  for (const key of path) {
    if (current === null || typeof current !== 'object' || !Object.prototype.hasOwnProperty.call(current, key)) return { found: false }
    current = current[key]
  }
  return { found: true, value: current }
}

/** The longest string anywhere in a parsed body (iterative: bodies nest 10 000 deep). */
function longestString(value: unknown): number {
  let longest = 0
  const stack = [value]
  while (stack.length > 0) {
    const current = stack.pop()
    if (typeof current === 'string') longest = Math.max(longest, current.length)
    else if (current && typeof current === 'object') stack.push(...Object.values(current))
  }
  return longest
}

const isPlainObject = (value: unknown) => value !== null && typeof value === 'object' && !Array.isArray(value)

describe('badPayloads: the malformed-input generator', () => {
  it('has the plugin’s collections and global to work on', () => {
    expect(targets.map((target) => target.name)).toEqual(
      expect.arrayContaining(['posts', 'media', 'categories', 'users', 'globals/policy']),
    )
  })

  it.each(targets)(
    'gives $name at least 200 payloads per operation, every category present',
    ({ name, fields, upload, timestamps, operations }) => {
      for (const operation of operations) {
        const payloads = badPayloads({ fields, operation, seed: name, upload, timestamps })
        expect(payloads.length).toBeGreaterThanOrEqual(200)
        expect(new Set(payloads.map((payload) => payload.category))).toEqual(new Set(BAD_PAYLOAD_CATEGORIES))
      }
    },
  )

  it('is deterministic: same seed, same bytes; another seed, other payloads', () => {
    const posts = targets.find((target) => target.name === 'posts')!
    const first = badPayloads({ fields: posts.fields, operation: 'update', seed: 'posts' })
    const again = badPayloads({ fields: posts.fields, operation: 'update', seed: 'posts' })
    const other = badPayloads({ fields: posts.fields, operation: 'update', seed: 'posts-2' })
    expect(fingerprint(again)).toBe(fingerprint(first))
    expect(fingerprint(other)).not.toBe(fingerprint(first))
  })

  it('keeps every breaker in the body it claims to break, and required fields out when it relies on their absence', () => {
    for (const { name, fields, upload, timestamps, operations } of targets) {
      for (const operation of operations) {
        for (const payload of badPayloads({ fields, operation, seed: name, upload, timestamps })) {
          const parsed = parse(payload.body)
          if (payload.category === 'malformed-json') {
            expect(parsed.ok, payload.summary).toBe(false)
            continue
          }
          if (payload.category === 'non-object-json') {
            expect(parsed.ok && !isPlainObject(parsed.value), payload.summary).toBe(true)
            continue
          }
          if (!payload.contentType.startsWith('application/json') || !parsed.ok) continue
          expect(isPlainObject(parsed.value), payload.summary).toBe(true)
          const missing = /^required field (\S+) missing$/.exec(payload.breaker)
          const located = /^([^:]+): /.exec(payload.breaker)
          if (missing) expect(valueAt(parsed.value, [missing[1]]).found, `${name} ${payload.summary}`).toBe(false)
          else if (located) expect(valueAt(parsed.value, located[1].split('.')).found, `${name} ${payload.summary}`).toBe(true)
          else expect(['an upload create without a file', 'the endpoint takes no body']).toContain(payload.breaker)
        }
      }
    }
  }, 120_000) // every payload of every write endpoint: 11–14 s on a busy 2-core machine

  it('sends 1–5 MB strings, 10 000 levels of nesting and __proto__ keys without polluting anything here', () => {
    const posts = targets.find((target) => target.name === 'posts')!
    const payloads = badPayloads({ fields: posts.fields, operation: 'create', seed: 'posts' })
    const sizes = payloads.filter((payload) => payload.category === 'huge-string').map((payload) => longestString(JSON.parse(payload.body)))
    expect(sizes.filter((size) => size >= 1024 * 1024 && size <= 5 * 1024 * 1024).length).toBeGreaterThanOrEqual(3)
    const depths = payloads.filter((payload) => payload.category === 'deep-nesting').map((payload) => nestingDepth(payload.body))
    expect(Math.max(...depths)).toBeGreaterThanOrEqual(10_000)
    const polluting = payloads.filter((payload) => payload.category === 'prototype-pollution')
    expect(polluting.every((payload) => /"(__proto__|constructor|prototype)":/.test(payload.body))).toBe(true)
    for (const payload of payloads) parse(payload.body)
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })

  it('breaks only what the sender may write, and says so when nothing can be broken', () => {
    const fields: BodyField[] = [{ name: 'note', type: 'json' }]
    expect(() => badPayloads({ fields, operation: 'update', seed: 'x' })).toThrow(/no field can be made certainly invalid/)
    const onTimestamps = badPayloads({ fields, operation: 'update', seed: 'x', timestamps: true })
    expect(onTimestamps.filter((payload) => /^(createdAt|updatedAt): /.test(payload.breaker)).length).toBeGreaterThan(50)
    // A create of a file-less upload is invalid by itself; a body sent where none is taken too.
    expect(badPayloads({ fields, operation: 'create', seed: 'x', upload: true })).toHaveLength(200)
    expect(badPayloads({ fields: [], operation: 'update', seed: 'x', noBody: true }).every((payload) => payload.body.length > 0)).toBe(true)
    const readOnly = bodyFields(
      [
        { name: 'secret', type: 'text', access: { update: () => false } },
        { name: 'open', type: 'number' },
      ],
      (field) => !('access' in field && field.access),
    )
    expect(readOnly.map((field) => field.name)).toEqual(['open'])
  })
})
