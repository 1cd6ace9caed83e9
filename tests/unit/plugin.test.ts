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
    expect(config.admin?.components?.beforeDashboard).toEqual([
      'host/components#Banner',
      'balises/rsc#BalisesDashboard',
    ])
  })

  it('adds its own collections, global and translation namespace', () => {
    const config = balises()(hostConfig())
    expect(config.collections?.map((collection) => collection.slug)).toEqual(['notes', 'posts', 'media', 'positions', 'categories', 'people', 'consents', 'consent-forms', 'privacy-tasks', 'audience-snapshots', 'meetings', 'moderation-log', 'help-requests', 'audit-log', 'purge-log', 'comments', 'notifications', 'users'])
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
      fields: [{ name: 'name', type: 'text', label: 'Host name label' }, { name: 'phone', type: 'text' }],
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
})
