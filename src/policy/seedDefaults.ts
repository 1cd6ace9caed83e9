import type { Payload } from 'payload'

import { slugsOf } from '../slugs'
import { DEFAULT_CATEGORIES } from './defaultCategories'
import { defaultPolicy } from './defaults'

export type DefaultsReport = { categoriesCreated: number; policySeeded: boolean }

/**
 * Creates what the policy needs to work: the ten categories CAT-1..CAT-10 (each only if its code is
 * missing: a category the organisation renamed or retired is left as it is) and the policy
 * defaults (only if the policy was never saved). Runs as the system; a second run adds nothing.
 * Before the schema exists (SQLite, migrations not yet applied) it does nothing.
 */
export async function seedPolicyDefaults(payload: Payload, options: { timeZone: string }): Promise<DefaultsReport | null> {
  const slugs = slugsOf(payload)
  const report: DefaultsReport = { categoriesCreated: 0, policySeeded: false }
  // The first read doubles as the schema check: before SQLite's migrations ran, it throws.
  const existing = await payload
    .find({ collection: slugs.categories as 'categories', limit: 0, pagination: false, depth: 0, select: { code: true } })
    .catch(() => null)
  if (!existing) return null
  const existingCodes = new Set(existing.docs.map((category) => category.code))
  for (const [order, category] of DEFAULT_CATEGORIES.entries()) {
    if (existingCodes.has(category.code)) continue
    await payload.create({ collection: slugs.categories as 'categories', data: { ...category, order: order + 1 } })
    report.categoriesCreated++
  }
  const policy = await payload.findGlobal({ slug: slugs.policy as 'policy', depth: 0 })
  if (!policy.updatedAt) {
    await payload.updateGlobal({ slug: slugs.policy as 'policy', data: defaultPolicy(options.timeZone) })
    report.policySeeded = true
  }
  return report
}
