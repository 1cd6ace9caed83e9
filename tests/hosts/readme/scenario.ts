// Runs in the scratch host test-results/hosts/readme/, whose payload.config.ts is the README's snippet
// (written there by tests/int/secondHosts.test.ts).
import { runScenario } from '../shared/scenario'

// Only the scratch host has it (the README's snippet): a specifier tsc does not follow.
const configFile = './payload.config.ts'

await runScenario({
  resolvedBalises: import.meta.resolve('balises'),
  loadConfig: async () => (await import(configFile)).default,
  slugs: {
    posts: 'social-posts',
    media: 'social-media',
    categories: 'categories',
    people: 'people',
    consents: 'consents',
    positions: 'positions',
    users: 'users',
  },
  rolesField: 'roles',
  hostDocuments: async () => ({}),
})
process.exit(0)
