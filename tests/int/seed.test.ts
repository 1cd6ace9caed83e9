import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { daysBetween } from '../../src/time/days'
import { dayKey } from '../../src/time/zonedTime'
import { seed, type SeedReport } from '../../dev/seed/seed'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'

const NOW = new Date('2026-11-25T15:00:00.000Z')

describe('seed (first start)', () => {
  let test: TestPayload
  let payload: Payload
  let first: SeedReport

  beforeAll(async () => {
    test = await startTestPayload()
    payload = test.payload
    first = await seed(payload, { demo: true, timeZone: 'America/Toronto', now: NOW })
  })
  afterAll(async () => {
    await test?.close()
  })

  it('creates the ten rulebook categories with French and English labels and a colour', async () => {
    // SQLite: the plugin's onInit ran before the migrations and skipped; MongoDB: onInit already seeded them.
    expect(first.categoriesCreated).toBe(payload.db.name === 'sqlite' ? 10 : 0)
    const { docs } = await payload.find({ collection: 'categories', sort: 'order', limit: 0, pagination: false })
    expect(docs.map((category) => category.code)).toEqual(Array.from({ length: 10 }, (_, index) => `CAT-${index + 1}`))
    for (const category of docs) {
      expect(category.labelFr.length).toBeGreaterThan(5)
      expect(category.labelEn.length).toBeGreaterThan(5)
      expect(category.color).toMatch(/^#[0-9a-f]{6}$/)
    }
    expect(new Set(docs.map((category) => category.color)).size).toBe(10)
  })

  it('saves the default policy, with the demo responsible person', async () => {
    const policy = await payload.findGlobal({ slug: 'policy', depth: 0 })
    expect(policy.timeZone).toBe('America/Toronto')
    expect(policy.channelLimits?.find((limit) => limit.channel === 'x')?.limit).toBe(280)
    expect(policy.forbiddenPatterns).toContain('condoléances')
    const responsable = await payload.find({ collection: 'users', where: { roles: { contains: 'responsable' } } })
    expect(policy.responsiblePerson).toBe(responsable.docs[0].id)
  })

  it('creates one demo account per role whose printed password works', async () => {
    expect(first.accounts.map((account) => account.role)).toEqual(['admin', 'responsable', 'redaction', 'collective'])
    for (const account of first.accounts) {
      const { user } = await payload.login({ collection: 'users', data: { email: account.email, password: account.password } })
      expect(user?.roles).toEqual([account.role])
      expect(user?.codeOfConductAcceptedAt).toBeTruthy()
    }
    expect(new Set(first.accounts.map((account) => account.password)).size).toBe(4)
  })

  it('spreads demo posts from six weeks before to six weeks after today in Toronto time (past ones published, later ones not), and leaves a few undated', async () => {
    const { docs } = await payload.find({ collection: 'posts', limit: 0, pagination: false, depth: 0 })
    expect(docs).toHaveLength(first.postsCreated)
    expect(docs.length).toBeGreaterThanOrEqual(10)
    const undated = docs.filter((post) => !post.publishAt)
    expect(undated.length).toBeGreaterThanOrEqual(1)
    for (const post of undated) expect(['draft', 'approved']).toContain(post.workflowStatus)
    for (const post of docs.filter((candidate) => candidate.publishAt)) {
      const offset = daysBetween(dayKey(NOW, 'America/Toronto'), dayKey(post.publishAt as string, 'America/Toronto'))
      expect(Math.abs(offset)).toBeLessThanOrEqual(42)
      if (new Date(post.publishAt as string) <= NOW) expect(post.workflowStatus).toBe('published')
      else expect(post.workflowStatus).not.toBe('published')
    }
    expect(new Set(docs.map((post) => post.category)).size).toBeGreaterThanOrEqual(8)
  })

  it('adds nothing on a second run', async () => {
    const again = await seed(payload, { demo: true, timeZone: 'America/Toronto', now: NOW })
    expect(again).toEqual({ categoriesCreated: 0, policySeeded: false, accounts: [], postsCreated: 0 })
    expect((await payload.count({ collection: 'categories' })).totalDocs).toBe(10)
    expect((await payload.count({ collection: 'users' })).totalDocs).toBe(4)
  })
})
