// A host built like Payload's blank template: its own users (with its own `roles`), media and posts,
// no editor at config level, English only. Balises renames the two collections it would collide with,
// and keeps its roles in a field of its own.
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { sqliteAdapter } from '@payloadcms/db-sqlite'
import { en } from '@payloadcms/translations/languages/en'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { balises } from 'balises'

const dirname = path.dirname(fileURLToPath(import.meta.url))

export default buildConfig({
  admin: { user: 'users', importMap: { baseDir: dirname } },
  collections: [
    {
      slug: 'users',
      auth: true,
      admin: { useAsTitle: 'email' },
      fields: [{ name: 'roles', type: 'select', hasMany: true, options: ['editor', 'viewer'], defaultValue: ['viewer'] }],
    },
    {
      slug: 'media',
      access: { read: () => true },
      fields: [{ name: 'alt', type: 'text', required: true }],
      upload: { staticDir: path.resolve(dirname, 'host-media') },
    },
    {
      slug: 'posts',
      fields: [
        { name: 'title', type: 'text', required: true },
        { name: 'content', type: 'textarea' },
      ],
    },
  ],
  i18n: { supportedLanguages: { en } },
  secret: process.env.PAYLOAD_SECRET || 'blank-host-secret',
  typescript: { outputFile: path.resolve(dirname, 'payload-types.ts') },
  db: sqliteAdapter({ client: { url: `file:${path.resolve(dirname, 'host.db')}` }, push: true }),
  sharp,
  telemetry: false,
  plugins: [
    balises({
      slugs: { media: 'social-media', posts: 'social-posts' },
      rolesField: 'balisesRoles',
      uploadsDir: path.resolve(dirname, 'uploads'),
      jobsAutoRun: false,
    } as Parameters<typeof balises>[0]),
  ],
})
