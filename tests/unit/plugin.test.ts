import type { CollectionBeforeChangeHook, Config } from 'payload'
import { describe, expect, it } from 'vitest'

import { balises } from '../../src/index'

const hostHook: CollectionBeforeChangeHook = ({ data }) => data

function hostConfig(): Config {
  return {
    secret: 'unit',
    db: {} as Config['db'],
    collections: [
      {
        slug: 'notes',
        fields: [{ name: 'text', type: 'text' }],
        hooks: { beforeChange: [hostHook] },
      },
    ],
    globals: [{ slug: 'site', fields: [{ name: 'motto', type: 'text' }] }],
    endpoints: [{ path: '/host-ping', method: 'get', handler: () => Response.json({ ok: true }) }],
    i18n: {
      translations: {
        fr: { host: { hello: 'Bonjour' }, balises: { roles: { admin: 'Admin de l’hôte' } } },
        en: { host: { hello: 'Hello' } },
      },
    },
    admin: { components: { beforeDashboard: ['host/components#Banner'] } },
  } as Config
}

describe('balises() plugin transform', () => {
  it("keeps the host's collection, hook, global, endpoint, translation and dashboard component", () => {
    const config = balises()(hostConfig())
    const notes = config.collections?.find((collection) => collection.slug === 'notes')
    expect(notes?.fields).toEqual([{ name: 'text', type: 'text' }])
    expect(notes?.hooks?.beforeChange).toEqual([hostHook])
    expect(config.globals?.map((global) => global.slug)).toEqual(['site', 'policy'])
    expect(config.endpoints?.map((endpoint) => endpoint.path).slice(0, 2)).toEqual(['/host-ping', '/balises/health'])
    const translations = config.i18n?.translations as Record<string, Record<string, any>>
    expect(translations.fr.host.hello).toBe('Bonjour')
    expect(translations.en.host.hello).toBe('Hello')
    expect(config.admin?.components?.beforeDashboard).toEqual(['host/components#Banner', 'balises/rsc#BalisesDashboard'])
  })

  it('adds its own collections, global and translation namespace', () => {
    const config = balises()(hostConfig())
    expect(config.collections?.map((collection) => collection.slug)).toEqual([
      'notes',
      'posts',
      'media',
      'positions',
      'categories',
      'people',
      'consents',
      'consent-forms',
      'privacy-tasks',
      'audience-snapshots',
      'meetings',
      'moderation-log',
      'help-requests',
      'audit-log',
      'purge-log',
      'comments',
      'notifications',
      'deliveries',
      'channel-accounts',
      'users',
    ])
    const translations = config.i18n?.translations as Record<string, Record<string, any>>
    expect(translations.fr.balises.users.roles).toBe('Rôles')
    expect(translations.en.balises.users.roles).toBe('Roles')
    // A host can reword a Balises string; the rest of the namespace stays.
    expect(translations.fr.balises.roles.admin).toBe('Admin de l’hôte')
    expect(translations.fr.balises.roles.collective).toBe('Membre de la Collective')
    expect(Object.keys(config.i18n?.supportedLanguages ?? {})).toEqual(expect.arrayContaining(['fr', 'en']))
  })

  it("extends the host's own users collection instead of replacing it", () => {
    const host = hostConfig()
    host.collections!.push({
      slug: 'users',
      auth: true,
      fields: [
        { name: 'name', type: 'text', label: 'Host name label' },
        { name: 'phone', type: 'text' },
      ],
      hooks: { beforeChange: [hostHook] },
    })
    const users = balises()(host).collections!.find((collection) => collection.slug === 'users')!
    const names = users.fields.map((field) => ('name' in field ? field.name : null))
    expect(names).toEqual([
      'name',
      'phone',
      'roles',
      'calendarFeedTokenHash',
      'codeOfConductAcceptedAt',
      'codeOfConductVersion',
      'codeOfConductAcceptance',
      'emailNotificationKinds',
      'notificationLanguage',
      // Declared so their read access can be set (src/access/accountFields.ts); Payload merges its own definition in.
      'email',
      // Payload's own timestamps, declared as Payload does so that they show in the person's date format.
      'updatedAt',
      'createdAt',
    ])
    expect(users.fields[0]).toMatchObject({ label: 'Host name label' })
    expect(users.hooks?.beforeChange).toHaveLength(3)
    expect(users.hooks?.beforeChange?.[1]).toBe(hostHook)
    expect(users.endpoints).toContainEqual(expect.objectContaining({ path: '/accept-code-of-conduct', method: 'post' }))
  })

  it('fails fast, naming the problem, on a slug clash or a bad option', () => {
    const clash = hostConfig()
    clash.collections!.push({ slug: 'posts', fields: [] })
    expect(() => balises()(clash)).toThrow('[balises] the host config already has a collection "posts"')
    const notAuth = hostConfig()
    notAuth.collections!.push({ slug: 'users', fields: [] })
    expect(() => balises()(notAuth)).toThrow('must be an auth collection')
    expect(() => balises({ timeZone: 'Mars/Olympus' })(hostConfig())).toThrow('[balises] timeZone must be an IANA time zone')
    expect(() => balises({ usersSlug: 'Bad Slug' })(hostConfig())).toThrow('[balises] usersSlug')
  })

  it('leaves the input config object untouched', () => {
    const host = hostConfig()
    const before = JSON.stringify(host)
    balises()(host)
    expect(JSON.stringify(host)).toBe(before)
  })

  it('uses the configured time zone as the admin default and keeps it in the zone list', () => {
    const config = balises({ timeZone: 'America/Halifax' })(hostConfig())
    expect(config.admin?.timezones?.defaultTimezone).toBe('America/Halifax')
    const list = config.admin?.timezones?.supportedTimezones
    const zones = typeof list === 'function' ? list({ defaultTimezones: [{ label: 'UTC', value: 'UTC' }] }) : list
    expect(zones?.map((zone) => zone.value)).toEqual(expect.arrayContaining(['America/Halifax', 'America/Toronto', 'UTC']))
  })

  it("refuses a host users collection that already has Balises' roles field, and takes another name", () => {
    const host = hostConfig()
    host.collections!.push({
      slug: 'users',
      auth: true,
      fields: [{ name: 'roles', type: 'select', hasMany: true, options: ['editor', 'viewer'] }],
    })
    expect(() => balises()(host)).toThrow(`[balises] collection "users" already has a field "roles"; pass rolesField: 'balisesRoles'`)
    const users = balises({ rolesField: 'balisesRoles' })(host).collections!.find((collection) => collection.slug === 'users')!
    const selects = users.fields.filter((field) => field.type === 'select').map((field) => ('name' in field ? field.name : null))
    expect(selects).toEqual(expect.arrayContaining(['roles', 'balisesRoles']))
    const ours = users.fields.find((field) => 'name' in field && field.name === 'balisesRoles') as { options: { value: string }[] }
    expect(ours.options.map((option) => option.value)).toEqual(['admin', 'responsable', 'redaction', 'collective'])
  })

  it("gives posts' body Balises' own editor (or the host's choice), so a host without a config editor works", () => {
    const body = (config: Config) =>
      (
        config
          .collections!.find((collection) => collection.slug === 'posts')!
          .fields.find((field) => 'name' in field && field.name === 'body') as { editor?: unknown }
      ).editor
    expect(hostConfig().editor).toBeUndefined()
    expect(typeof body(balises()(hostConfig()))).toBe('function')
    const editor = (() => ({})) as unknown as NonNullable<Config['editor']>
    expect(body(balises({ editor })(hostConfig()))).toBe(editor)
  })

  it('runs the balises queue every minute unless jobsAutoRun is false', () => {
    expect(balises()(hostConfig()).jobs?.autoRun).toEqual([{ cron: '* * * * *', queue: 'balises' }])
    expect(balises({ jobsAutoRun: false })(hostConfig()).jobs?.autoRun).toEqual([])
  })

  it("puts the input guard on Balises' collections and the accounts only, unless the host opts in", () => {
    const beforeOperation = (config: Config, slug: string) =>
      config.collections!.find((collection) => collection.slug === slug)!.hooks?.beforeOperation ?? []
    const siteGuarded = (config: Config) => (config.globals!.find((global) => global.slug === 'site')!.hooks?.beforeOperation ?? []).length
    const plain = balises()(hostConfig())
    expect(beforeOperation(plain, 'notes')).toEqual([])
    expect(siteGuarded(plain)).toBe(0)
    expect(beforeOperation(plain, 'posts')).toHaveLength(
      beforeOperation(balises({ guardHostCollections: true })(hostConfig()), 'posts').length,
    )
    expect(beforeOperation(plain, 'posts').length).toBeGreaterThan(0)
    expect(beforeOperation(plain, 'users').length).toBeGreaterThan(0)
    const optedIn = balises({ guardHostCollections: true })(hostConfig())
    expect(beforeOperation(optedIn, 'notes')).toHaveLength(1)
    expect(siteGuarded(optedIn)).toBe(1)
  })

  it("leaves a host collection's errors to the host: the config-level formatters skip it unless opted in", async () => {
    const mistake = Object.assign(new SyntaxError('Unexpected token } in JSON'), { status: 500 })
    const run = async (config: Config, slug: string | undefined) => {
      const results = []
      for (const hook of config.hooks!.afterError!) {
        results.push(
          await hook({
            error: mistake,
            collection: slug ? ({ slug } as never) : undefined,
            context: {},
            req: { i18n: { language: 'fr' }, t: (key: string) => key } as never,
          }),
        )
      }
      return results.filter(Boolean)
    }
    expect(await run(balises()(hostConfig()), 'notes')).toEqual([])
    expect(await run(balises()(hostConfig()), 'posts')).toContainEqual(expect.objectContaining({ status: 400 }))
    expect(await run(balises()(hostConfig()), undefined)).toContainEqual(expect.objectContaining({ status: 400 }))
    // Payload's own collections (added after the plugins) are not the host's.
    expect(await run(balises()(hostConfig()), 'payload-preferences')).toContainEqual(expect.objectContaining({ status: 400 }))
    expect(await run(balises({ guardHostCollections: true })(hostConfig()), 'notes')).toContainEqual(
      expect.objectContaining({ status: 400 }),
    )
  })

  it('enabled: false keeps the same schema but adds no hooks, endpoints, scheduled jobs, admin components or views', () => {
    const on = balises()(hostConfig())
    const off = balises({ enabled: false })(hostConfig())
    const fieldNames = (config: Config) =>
      config.collections!.map((collection) => [
        collection.slug,
        collection.fields
          .filter((field) => field.type !== 'ui')
          .map((field) => ('name' in field ? field.name : field.type))
          // Payload adds the same timestamps to both; the enabled plugin declares them for their display.
          .filter((name) => name !== 'createdAt' && name !== 'updatedAt'),
      ])
    expect(fieldNames(off)).toEqual(fieldNames(on))
    expect(off.globals!.map((global) => global.slug)).toEqual(['site', 'policy'])
    expect(off.jobs?.tasks?.map((task) => task.slug)).toEqual(on.jobs?.tasks?.map((task) => task.slug))
    expect(off.jobs?.autoRun).toBeUndefined()
    for (const slug of ['posts', 'categories', 'users']) {
      const collection = off.collections!.find((entry) => entry.slug === slug)!
      expect(collection.hooks, slug).toBeUndefined()
      expect(collection.endpoints, slug).toBeUndefined()
    }
    expect(off.globals!.find((global) => global.slug === 'policy')!.hooks).toBeUndefined()
    expect(off.endpoints?.map((endpoint) => endpoint.path)).toEqual(['/host-ping'])
    expect(off.hooks?.afterError).toBeUndefined()
    expect(off.onInit).toBeUndefined()
    expect(off.admin?.components).toEqual({ beforeDashboard: ['host/components#Banner'] })
    // Notes keep the host's own hook.
    expect(off.collections!.find((collection) => collection.slug === 'notes')!.hooks?.beforeChange).toEqual([hostHook])
  })
})
