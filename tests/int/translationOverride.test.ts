import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { initI18n, t as translateWith } from '@payloadcms/translations'
import { en } from '@payloadcms/translations/languages/en'
import { fr } from '@payloadcms/translations/languages/fr'
import type { Config, Field, Payload, SanitizedConfig } from 'payload'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { forbid2Rule } from '../../hooks/rules/forbid2'
import { loadDatabaseAdapter } from '../../dev/db/adapter'
import { chooseDatabase } from '../../dev/db/databaseUri'
import { balises } from '../../src/index'
import { translate } from '../../src/translations'
import { freshDatabaseUri, removeDatabaseFiles } from '../helpers/databases'
import { createUser, type TestPayload } from '../helpers/testPayload'

const HOST_TITLE = 'Intitulé de la publication'
const HOST_FORBID2 = 'Pas d’aide par message privé ici ({{quote}}, {{field}}) : appelez-nous.'
const HOST_FORBID1 = 'Information personnelle repérée : « {{quote}} ».'
const OFFER = 'Écrivez-nous en message privé pour être accompagnée dans vos démarches.'

/** A host app as a Payload user writes it, rewording one Balises label and one rule message. */
async function hostConfig(databaseUri: string, translations?: Config['i18n']): Promise<Config> {
  return {
    admin: { user: 'users', avatar: 'default' },
    collections: [],
    editor: lexicalEditor(),
    secret: process.env.PAYLOAD_SECRET ?? 'x',
    db: await loadDatabaseAdapter(chooseDatabase(databaseUri), path.resolve('dev', 'migrations')),
    sharp,
    telemetry: false,
    i18n: { supportedLanguages: { fr, en }, fallbackLanguage: 'fr', ...translations },
    plugins: [balises({ uploadsDir: fs.mkdtempSync(path.join(os.tmpdir(), 'balises-i18n-uploads-')) })],
  }
}

const override = {
  translations: {
    fr: { balises: { posts: { title: HOST_TITLE }, ruleMessages: { forbid1: HOST_FORBID1, forbid2: HOST_FORBID2 } } },
  } as never,
}

function titleField(config: SanitizedConfig): Field & { label?: unknown } {
  const posts = config.collections.find((collection) => collection.slug === 'posts')
  const field = posts?.fields.find((candidate) => 'name' in candidate && candidate.name === 'title')
  if (!field) throw new Error('no posts.title field')
  return field as Field & { label?: unknown }
}

async function frenchLabelOf(config: SanitizedConfig): Promise<string> {
  const i18n = await initI18n({ config: config.i18n, context: 'client', language: 'fr' })
  const { label } = titleField(config)
  expect(typeof label).toBe('function')
  return (label as (args: { i18n: unknown; t: unknown }) => string)({ i18n, t: i18n.t })
}

describe('a host rewording Balises strings in its i18n.translations', () => {
  let started: TestPayload
  let payload: Payload
  let databaseUri: string

  beforeAll(async () => {
    databaseUri = freshDatabaseUri('i18n')
    const { buildConfig, getPayload } = await import('payload')
    const { applyMigrations } = await import('../../dev/db/migrate')
    payload = await getPayload({ config: await buildConfig(await hostConfig(databaseUri, override)), key: 'translation-override' })
    await applyMigrations(payload)
    started = { payload, close: () => payload.destroy() }
  })

  afterAll(async () => {
    await started?.close()
    removeDatabaseFiles(databaseUri)
  })

  it('shows the host’s label through Payload’s own i18n', async () => {
    expect(await frenchLabelOf(payload.config)).toBe(HOST_TITLE)
    const i18n = await initI18n({ config: payload.config.i18n, context: 'client', language: 'en' })
    expect((titleField(payload.config).label as (args: { t: unknown }) => string)({ t: i18n.t })).toBe('Title')
  })

  it('refuses a save with the host’s rule message, still naming the rule', async () => {
    const user = await createUser(payload, ['redaction'])
    let caught: { status?: number; data?: { errors?: { path: string; message: string }[] } } | undefined
    try {
      await payload.create({
        collection: 'posts',
        data: {
          title: 'Nos ateliers',
          channels: [{ channel: 'facebook', text: OFFER }],
          publishAt: new Date(Date.now() + 30 * 24 * 3600_000).toISOString(),
        } as never,
        user,
        overrideAccess: false,
      })
    } catch (error) {
      caught = error as typeof caught
    }
    expect(caught?.status).toBe(400)
    const forbid2 = caught?.data?.errors?.find((error) => error.path === 'channels.0.text')
    expect(forbid2?.message).toMatch(/^FORBID-2 : Pas d’aide par message privé ici \(.+, le texte Facebook\) : appelez-nous\.$/)
  })

  it('stores a warning in the host’s wording, with the rule beside it', async () => {
    const user = await createUser(payload, ['redaction'])
    const post = await payload.create({
      collection: 'posts',
      data: {
        title: 'Nos ateliers',
        channels: [{ channel: 'facebook', text: 'Joyeux anniversaire à notre coordonnatrice Julie !' }],
      } as never,
      user,
      overrideAccess: false,
    })
    const row = (post as { compliance?: { rule: string; messageFr?: string | null }[] }).compliance?.find(
      (entry) => entry.rule === 'FORBID-1',
    )
    expect(row?.messageFr).toMatch(/^FORBID-1 : Information personnelle repérée : « .+ »\.$/)
  })

  // Payload memoizes its i18n per language for the whole process (initI18n), so the second config's
  // label is read with Payload's `t` over that config's own merged translations.
  it('gives Balises’ own wording back to a config built without the override', async () => {
    const plain = await (await import('payload')).buildConfig(await hostConfig(freshDatabaseUri('i18n-plain')))
    const translations = (plain.i18n.translations as Record<string, object>).fr
    const t = (key: string) => translateWith({ key, translations } as never)
    expect((titleField(plain).label as (args: { t: unknown }) => string)({ t })).toBe('Titre')
    expect((titleField(payload.config).label as (args: { t: unknown }) => string)({ t })).toBe('Titre')
    expect(translate('fr', 'posts:title')).toBe('Titre')
    const [finding] = forbid2Rule.check({ channels: [{ channel: 'facebook', text: OFFER }], title: '', bodyText: '' } as never, {} as never)
    expect(finding.message.fr).toContain('offre de l’aide ou de l’accompagnement par les médias sociaux')
    expect(finding.message.fr).not.toContain('appelez-nous')
  })
})
