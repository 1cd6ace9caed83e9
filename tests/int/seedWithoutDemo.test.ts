import { describe, expect, it } from 'vitest'

import { seed } from '../../dev/seed/seed'
import { startTestPayload } from '../helpers/testPayload'

describe('seed with SEED_DEMO=false', () => {
  it('creates categories and policy but no accounts or posts', async () => {
    const test = await startTestPayload()
    try {
      const report = await seed(test.payload, { demo: false, timeZone: 'America/Toronto' })
      // SQLite: the plugin's onInit ran before the migrations and skipped; MongoDB: onInit already seeded them.
      expect(report.categoriesCreated).toBe(test.payload.db.name === 'sqlite' ? 10 : 0)
      expect((await test.payload.count({ collection: 'categories' })).totalDocs).toBe(10)
      expect(report.accounts).toEqual([])
      expect((await test.payload.count({ collection: 'users' })).totalDocs).toBe(0)
      expect((await test.payload.count({ collection: 'posts' })).totalDocs).toBe(0)
    } finally {
      await test.close()
    }
  })
})
