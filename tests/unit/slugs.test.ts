import type { CollectionConfig, Config, Field } from 'payload'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { sanitizeConfig } from 'payload'
import { describe, expect, it } from 'vitest'

import { balises } from '../../src/index'
import { DEFAULT_SLUGS, resolveSlugs, slugsOf } from '../../src/slugs'

describe('resolveSlugs', () => {
  it('gives the defaults, with users from usersSlug', () => {
    expect(resolveSlugs()).toEqual(DEFAULT_SLUGS)
    expect(resolveSlugs({}, 'staff')).toEqual({ ...DEFAULT_SLUGS, users: 'staff' })
  })

  it('takes the overrides and leaves the other slugs as they were', () => {
    const slugs = resolveSlugs({ posts: 'social-posts', policy: 'social-policy' })
    expect(slugs.posts).toBe('social-posts')
    expect(slugs.policy).toBe('social-policy')
    expect(slugs.media).toBe('media')
  })

  it('fails fast on an unknown key, naming it', () => {
    expect(() => resolveSlugs({ videos: 'clips' } as never)).toThrow(/slugs\.videos is not a Balises collection/)
    // users is the usersSlug option, not a slug override.
    expect(() => resolveSlugs({ users: 'staff' } as never)).toThrow(/slugs\.users/)
  })

  it('fails fast on a value that is not a slug', () => {
    expect(() => resolveSlugs({ media: 'Social Media' })).toThrow(/slugs\.media must be a slug/)
    expect(() => resolveSlugs({ media: '' })).toThrow(/slugs\.media/)
    expect(() => resolveSlugs({}, 'Staff')).toThrow(/slugs\.users/)
  })

  it('fails fast when two collections would share a slug', () => {
    expect(() => resolveSlugs({ media: 'posts' })).toThrow(/both "posts"/)
    expect(() => resolveSlugs({ comments: 'staff' }, 'staff')).toThrow(/both "staff"/)
  })

  it('lets the policy global share a name with no collection conflict', () => {
    // Globals and collections live in separate namespaces in Payload.
    expect(resolveSlugs({ policy: 'posts', posts: 'social-posts' }).policy).toBe('posts')
  })
})

const hostHook = () => undefined
const OVERRIDES = { media: 'social-media', posts: 'social-posts', categories: 'social-categories' } as const

/** A host built like Payload's website template: its own media, posts and categories, and `staff` accounts. */
function websiteLikeHost(): Config {
  return {
    secret: 'unit',
    db: {} as Config['db'],
    editor: lexicalEditor(),
    admin: { user: 'staff' },
    collections: [
      { slug: 'staff', auth: true, fields: [{ name: 'name', type: 'text' }] },
      { slug: 'media', upload: true, fields: [{ name: 'alt', type: 'text' }] },
      { slug: 'categories', fields: [{ name: 'title', type: 'text' }] },
      {
        slug: 'posts',
        fields: [
          { name: 'title', type: 'text' },
          { name: 'categories', type: 'relationship', relationTo: 'categories', hasMany: true },
          { name: 'heroImage', type: 'upload', relationTo: 'media' },
        ],
        hooks: { beforeChange: [hostHook] },
      },
    ],
    globals: [{ slug: 'header', fields: [{ name: 'motto', type: 'text' }] }],
  } as Config
}

type Relation = { collection: string; path: string; relationTo: string }

/** Every relationship and upload field of a collection, nested ones included, with where it is. */
function relationsOf(fields: Field[], collection: string, prefix = ''): Relation[] {
  return fields.flatMap((field): Relation[] => {
    const name = 'name' in field ? `${prefix}${field.name}` : prefix
    const own =
      (field.type === 'relationship' || field.type === 'upload') && field.relationTo
        ? [field.relationTo].flat().map((relationTo) => ({ collection, path: name, relationTo: String(relationTo) }))
        : []
    const nested = [
      ...('fields' in field && Array.isArray(field.fields) ? relationsOf(field.fields, collection, `${name}.`) : []),
      ...(field.type === 'tabs' ? field.tabs.flatMap((tab) => relationsOf(tab.fields, collection, prefix)) : []),
      ...(field.type === 'blocks' ? (field.blocks ?? []).flatMap((block) => relationsOf(block.fields, collection, `${name}.`)) : []),
    ]
    return [...own, ...nested]
  })
}

describe('balises({ slugs }) in a host that already has media, posts and categories', () => {
  const host = websiteLikeHost()
  const hostSlugs = host.collections!.map((collection) => collection.slug)
  const config = balises({ usersSlug: 'staff', slugs: OVERRIDES })(websiteLikeHost())
  const collections = config.collections!
  const slugs = new Set(collections.map((collection) => collection.slug))
  const balisesSlugs = { ...DEFAULT_SLUGS, ...OVERRIDES, users: 'staff' }
  const ownedByBalises = Object.entries(balisesSlugs)
    .filter(([key]) => key !== 'users' && key !== 'policy')
    .map(([, slug]) => slug)

  it('adds every Balises collection under its slug, each once, none on a host slug', () => {
    for (const slug of ownedByBalises) expect(collections.filter((collection) => collection.slug === slug)).toHaveLength(1)
    for (const slug of ownedByBalises) expect(hostSlugs).not.toContain(slug)
    expect(collections).toHaveLength(hostSlugs.length + ownedByBalises.length)
    expect(config.globals?.map((global) => global.slug)).toEqual(['header', 'policy'])
  })

  it('points every Balises relationship at a collection that exists, and at Balises’ own, not the host’s', () => {
    const relations = collections
      .filter((collection) => ownedByBalises.includes(collection.slug))
      .flatMap((collection) => relationsOf(collection.fields, collection.slug))
    const policy = config.globals!.find((global) => global.slug === 'policy')!
    relations.push(...relationsOf(policy.fields, 'policy'))
    expect(relations.length).toBeGreaterThan(10)
    for (const relation of relations)
      expect(slugs.has(relation.relationTo), `${relation.collection}.${relation.path} → ${relation.relationTo}`).toBe(true)
    const targets = new Set(relations.map((relation) => relation.relationTo))
    for (const hostOnly of ['media', 'posts', 'categories']) expect(targets.has(hostOnly), hostOnly).toBe(false)
    expect(relations).toContainEqual({ collection: 'social-posts', path: 'media', relationTo: 'social-media' })
    expect(relations).toContainEqual({ collection: 'social-posts', path: 'category', relationTo: 'social-categories' })
    expect(relations).toContainEqual({ collection: 'social-posts', path: 'author', relationTo: 'staff' })
    expect(relations).toContainEqual({ collection: 'policy', path: 'responsiblePerson', relationTo: 'staff' })
  })

  it("leaves the host's own media, posts and categories as they were", () => {
    for (const slug of ['media', 'posts', 'categories']) {
      const before = host.collections!.find((collection) => collection.slug === slug)!
      const after = collections.find((collection) => collection.slug === slug)!
      // Same fields, upload and save hooks (the input guard and closed version endpoints that Balises
      // puts on every collection today are not Balises' own collections taking the host's place).
      expect(after.fields).toEqual(before.fields)
      expect(after.upload).toEqual(before.upload)
      expect(after.hooks?.beforeChange).toEqual(before.hooks?.beforeChange)
      expect(after.hooks?.afterChange).toEqual(before.hooks?.afterChange)
      expect(relationsOf(after.fields, slug)).toEqual(relationsOf(before.fields, slug))
    }
  })

  it('extends the host’s staff accounts instead of adding users, and signs the admin in with them', () => {
    expect(slugs.has('users')).toBe(false)
    const staff = collections.find((collection) => collection.slug === 'staff') as CollectionConfig
    expect(staff.fields.map((field) => ('name' in field ? field.name : null))).toContain('calendarFeedTokenHash')
    expect(config.admin?.user).toBe('staff')
  })

  it('writes the resolved slugs where the server and the admin read them', () => {
    expect(slugsOf(config as never)).toEqual(balisesSlugs)
    const adminCustom = config.admin?.custom as { balises: { slugs: unknown } }
    expect(adminCustom.balises.slugs).toEqual(balisesSlugs)
  })

  it('sanitizes: Payload itself finds no relationship to a missing collection', async () => {
    const sanitized = await sanitizeConfig(config)
    expect(sanitized.collections.map((collection) => collection.slug)).toEqual(
      expect.arrayContaining([...ownedByBalises, 'staff', ...hostSlugs]),
    )
    expect(slugsOf(sanitized).posts).toBe('social-posts')
  })

  it('refuses a host collection on a Balises slug, telling how to rename', () => {
    expect(() => balises({ usersSlug: 'staff' })(websiteLikeHost())).toThrow(
      /already has a collection "posts"; give Balises' another slug: balises\(\{ slugs: \{ posts: /,
    )
  })

  it('renames the policy global when the host already has one', () => {
    const withPolicy = () => ({ ...websiteLikeHost(), globals: [{ slug: 'policy', fields: [] }] }) as Config
    expect(() => balises({ usersSlug: 'staff', slugs: OVERRIDES })(withPolicy())).toThrow(/global "policy"; give Balises' another slug/)
    const renamed = balises({ usersSlug: 'staff', slugs: { ...OVERRIDES, policy: 'social-policy' } })(withPolicy())
    expect(renamed.globals?.map((global) => global.slug)).toEqual(['policy', 'social-policy'])
  })
})
