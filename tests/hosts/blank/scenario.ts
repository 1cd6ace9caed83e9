// Runs in the scratch host test-results/hosts/blank/ (see tests/int/secondHosts.test.ts). `as never`:
// this repository's payload-types.ts types Payload for its own app, not for this host.
import { PNG, runScenario } from '../shared/scenario'

await runScenario({
  resolvedBalises: import.meta.resolve('balises'),
  loadConfig: async () => (await import('./payload.config')).default,
  slugs: {
    posts: 'social-posts',
    media: 'social-media',
    categories: 'categories',
    people: 'people',
    consents: 'consents',
    positions: 'positions',
    users: 'users',
  },
  rolesField: 'balisesRoles',
  accountData: { roles: ['editor'] },
  hostDocuments: async (payload) => {
    type Doc = { id: string | number; title?: string; roles?: string[] }
    const create = async (args: Record<string, unknown>) => (await payload.create(args as never)) as Doc
    const user = await create({
      collection: 'users',
      data: { email: 'viewer@blank.test', password: 'Mot-de-passe-hote', roles: ['viewer'] },
    })
    const media = await create({
      collection: 'media',
      data: { alt: 'Logo' },
      file: { data: PNG, mimetype: 'image/png', name: 'logo.png', size: PNG.length },
    })
    const post = await create({ collection: 'posts', data: { title: 'Hello', content: 'A post of the host itself.' } })
    const users = (await payload.findByID({ collection: 'users', id: user.id, depth: 0 })) as { roles?: string[] }
    return { users: users.roles, media: Boolean(media.id), posts: post.title }
  },
})
process.exit(0)
