// Runs in the scratch host test-results/hosts/website/ (see tests/int/secondHosts.test.ts). `as never`:
// this repository's payload-types.ts types Payload for its own app, not for this host.
import { PNG, runScenario } from '../shared/scenario'

const paragraph = (text: string) => ({
  root: {
    type: 'root',
    format: '',
    indent: 0,
    version: 1,
    direction: 'ltr',
    children: [
      {
        type: 'paragraph',
        format: '',
        indent: 0,
        version: 1,
        direction: 'ltr',
        textFormat: 0,
        children: [{ type: 'text', text, detail: 0, format: 0, mode: 'normal', style: '', version: 1 }],
      },
    ],
  },
})

await runScenario({
  resolvedBalises: import.meta.resolve('balises'),
  loadConfig: async () => (await import('./payload.config')).default,
  slugs: {
    posts: 'social-posts',
    media: 'social-media',
    categories: 'social-categories',
    people: 'people',
    consents: 'consents',
    positions: 'positions',
    users: 'staff',
  },
  rolesField: 'roles',
  hostDocuments: async (payload) => {
    type Doc = { id: string | number; title?: string; roles?: string[] }
    const create = async (args: Record<string, unknown>) => (await payload.create(args as never)) as Doc
    const category = await create({ collection: 'categories', data: { title: 'News' } })
    const page = await create({
      collection: 'pages',
      data: { title: 'Home', slug: 'home', content: paragraph('Welcome'), _status: 'published' },
    })
    const post = await create({
      collection: 'posts',
      data: { title: 'Hello', content: paragraph('A post of the host itself.'), categories: [category.id], _status: 'published' },
    })
    const media = await create({
      collection: 'media',
      data: { alt: 'Logo' },
      file: { data: PNG, mimetype: 'image/png', name: 'logo.png', size: PNG.length },
    })
    const header = await payload.updateGlobal({ slug: 'header', data: { navItems: [{ label: 'Home' }] } } as never)
    return { pages: page.title, posts: post.title, media: Boolean(media.id), categories: category.title, header: Boolean(header) }
  },
})
process.exit(0)
