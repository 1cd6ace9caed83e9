import path from 'node:path'

import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { afterEach, describe, expect, it } from 'vitest'

import { resolveOptions, type BalisesOptions } from '../../src/options'

const savedNodeEnv = process.env.NODE_ENV
const env = process.env as Record<string, string | undefined>

describe('resolveOptions', () => {
  afterEach(() => {
    env.NODE_ENV = savedNodeEnv
  })

  it('fills in every default', () => {
    env.NODE_ENV = 'development'
    const options = resolveOptions()
    expect(options).toMatchObject({
      enabled: true,
      usersSlug: 'users',
      rolesField: 'roles',
      timeZone: 'America/Toronto',
      maxUploadMB: 100,
      uploadsDir: path.resolve('data'),
      jobsAutoRun: true,
      cookieSecure: false,
      trustProxy: false,
      guardHostCollections: false,
    })
    expect(typeof options.editor).toBe('function')
  })

  it('makes cookies secure by default in production only', () => {
    env.NODE_ENV = 'production'
    expect(resolveOptions().cookieSecure).toBe(true)
    expect(resolveOptions({ cookieSecure: false }).cookieSecure).toBe(false)
    env.NODE_ENV = 'test'
    expect(resolveOptions().cookieSecure).toBe(false)
  })

  it('keeps what the host passes', () => {
    const editor = lexicalEditor({})
    const options = resolveOptions({
      enabled: false,
      rolesField: 'balisesRoles',
      editor,
      uploadsDir: '/srv/uploads',
      jobsAutoRun: false,
      cookieSecure: true,
      trustProxy: true,
      guardHostCollections: true,
      maxUploadMB: 12,
    })
    expect(options).toMatchObject({
      enabled: false,
      rolesField: 'balisesRoles',
      uploadsDir: '/srv/uploads',
      jobsAutoRun: false,
      cookieSecure: true,
      trustProxy: true,
      guardHostCollections: true,
      maxUploadMB: 12,
    })
    expect(options.editor).toBe(editor)
  })

  it('treats an undefined option as not given', () => {
    expect(resolveOptions({ rolesField: undefined, jobsAutoRun: undefined }).rolesField).toBe('roles')
    expect(resolveOptions({ jobsAutoRun: undefined }).jobsAutoRun).toBe(true)
  })

  it.each([
    [{ rolesField: '' }, /rolesField must be a field name/],
    [{ rolesField: 'balises roles' }, /rolesField must be a field name/],
    [{ rolesField: 3 }, /rolesField must be a field name/],
    [{ editor: 'lexical' }, /editor must be a rich-text editor/],
    [{ uploadsDir: '' }, /uploadsDir must be a folder path/],
    [{ uploadsDir: 42 }, /uploadsDir must be a folder path/],
    [{ maxUploadMB: 0 }, /maxUploadMB must be a positive number/],
    [{ jobsAutoRun: 'false' }, /jobsAutoRun must be true or false, got "false"/],
    [{ cookieSecure: 1 }, /cookieSecure must be true or false/],
    [{ trustProxy: 'loopback' }, /trustProxy must be true or false/],
    [{ enabled: 'no' }, /enabled must be true or false/],
    [{ guardHostCollections: null }, /guardHostCollections must be true or false/],
    [{ usersSlug: 'Users' }, /usersSlug must be a collection slug/],
    [{ timeZone: 'Mars/Olympus' }, /timeZone must be an IANA time zone/],
  ])('fails fast on %j', (bad, message) => {
    expect(() => resolveOptions(bad as unknown as BalisesOptions)).toThrow(message)
    expect(() => resolveOptions(bad as unknown as BalisesOptions)).toThrow(/^\[balises\] /)
  })
})
