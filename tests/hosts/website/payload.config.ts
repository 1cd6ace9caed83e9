// A host built like Payload's website template: staff accounts in `staff`, pages, posts, media and
// categories of its own, Lexical at config level. Balises uses `staff` for its accounts and renames
// the collections it would collide with.
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { sqliteAdapter } from '@payloadcms/db-sqlite'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { balises } from 'balises'

// `as never` on slugs: this repository's payload-types.ts types Payload for its own app, not this host.

const dirname = path.dirname(fileURLToPath(import.meta.url))

export default buildConfig({
  admin: { user: 'staff', importMap: { baseDir: dirname } },
  editor: lexicalEditor(),
  collections: [
    { slug: 'staff', auth: true, admin: { useAsTitle: 'name' }, fields: [{ name: 'name', type: 'text' }] },
    {
      slug: 'pages',
      versions: { drafts: true },
      fields: [
        { name: 'title', type: 'text', required: true },
        { name: 'slug', type: 'text', index: true },
        { name: 'content', type: 'richText' },
      ],
    },
    {
      slug: 'posts',
      versions: { drafts: true },
      fields: [
        { name: 'title', type: 'text', required: true },
        { name: 'content', type: 'richText' },
        { name: 'categories', type: 'relationship', relationTo: 'categories' as never, hasMany: true },
        { name: 'authors', type: 'relationship', relationTo: 'staff' as never, hasMany: true },
      ],
    },
    {
      slug: 'media',
      access: { read: () => true },
      fields: [
        { name: 'alt', type: 'text' },
        { name: 'caption', type: 'richText' },
      ],
      upload: { staticDir: path.resolve(dirname, 'host-media') },
    },
    { slug: 'categories', fields: [{ name: 'title', type: 'text', required: true }] },
  ],
  globals: [{ slug: 'header', fields: [{ name: 'navItems', type: 'array', fields: [{ name: 'label', type: 'text' }] }] }],
  secret: process.env.PAYLOAD_SECRET || 'website-host-secret',
  typescript: { outputFile: path.resolve(dirname, 'payload-types.ts') },
  db: sqliteAdapter({ client: { url: `file:${path.resolve(dirname, 'host.db')}` }, push: true }),
  sharp,
  telemetry: false,
  plugins: [
    balises({
      usersSlug: 'staff',
      slugs: { posts: 'social-posts', media: 'social-media', categories: 'social-categories' },
      uploadsDir: path.resolve(dirname, 'uploads'),
      jobsAutoRun: false,
    } as Parameters<typeof balises>[0]),
  ],
})
