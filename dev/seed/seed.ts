import crypto from 'node:crypto'

import { addDays } from 'date-fns'
import type { Payload } from 'payload'

import type { User } from '../payload-types'

import { WITHOUT_DELIVERIES } from '../../src/deliveries/context'
import { atMoment } from '../../hooks/engine/clock'
import { ROLES, type Role } from '../../src/roles'
import { seedPolicyDefaults } from '../../src/policy/seedDefaults'
import { seedDemoMedia } from './demoMedia'
import { DEMO_TRAY_POSTS } from './demoPosts'
import { demoInstant, planDemoPosts, POSITION_ADOPTED_DAYS_AGO } from './demoSchedule'
import { seedDemoReports } from './demoReports'
import { lexicalParagraphs } from './lexical'

export type SeedOptions = {
  demo: boolean
  timeZone: string
  now?: Date
  log?: (line: string) => void
}

export type DemoAccount = { role: Role; email: string; password: string }

export type SeedReport = {
  categoriesCreated: number
  policySeeded: boolean
  accounts: DemoAccount[]
  postsCreated: number
}

const DEMO_NAMES: Record<Role, string> = {
  admin: 'Alex Administration',
  responsable: 'Roxanne Responsable',
  redaction: 'Rémi Rédaction',
  collective: 'Camille Collective',
}

/** A password that is easy to type from the terminal and long enough to resist guessing. */
function randomPassword(): string {
  return crypto.randomBytes(12).toString('base64url')
}

/**
 * Seeds an installation. Runs as the system (the seed acts for nobody), and only adds what is
 * missing, so a second start adds nothing.
 */
export async function seed(payload: Payload, options: SeedOptions): Promise<SeedReport> {
  const log = options.log ?? (() => {})
  const report: SeedReport = { categoriesCreated: 0, policySeeded: false, accounts: [], postsCreated: 0 }

  // The plugin's own defaults (its onInit creates them too, once the schema exists).
  const defaults = await seedPolicyDefaults(payload, { timeZone: options.timeZone })
  report.categoriesCreated = defaults?.categoriesCreated ?? 0
  report.policySeeded = defaults?.policySeeded ?? false
  if (report.categoriesCreated > 0) log(`categories CAT-1..CAT-10: ${report.categoriesCreated} created`)
  if (report.policySeeded) log('policy settings: defaults saved')

  if (!options.demo) return report
  const { totalDocs: userCount } = await payload.count({ collection: 'users' })
  if (userCount > 0) return report

  const acceptedAt = (options.now ?? new Date()).toISOString()
  const accounts = ROLES.map((role) => ({ role, email: `${role}@demo.balises.test`, password: randomPassword() }))
  const users: Partial<Record<Role, User['id']>> = {}
  for (const account of accounts) {
    const user = await payload.create({
      collection: 'users',
      data: {
        email: account.email,
        password: account.password,
        name: DEMO_NAMES[account.role],
        roles: [account.role],
        codeOfConductAcceptedAt: acceptedAt,
      },
    })
    users[account.role] = user.id
  }
  report.accounts = accounts
  log(`demo accounts: ${accounts.length} created`)

  const { totalDocs: postCount } = await payload.count({ collection: 'posts' })
  if (postCount === 0) {
    report.postsCreated = await seedDemoPosts(payload, options, users)
    log(`demo posts: ${report.postsCreated} created from six weeks ago to six weeks ahead`)
  }
  const reports = await seedDemoReports(payload, { now: options.now ?? new Date(), timeZone: options.timeZone, users })
  if (reports.snapshots + reports.meetings + reports.moderation + reports.helpRequests > 0) {
    log(
      `demo reports: ${reports.snapshots} audience snapshots, ${reports.meetings} meetings, ` +
        `${reports.moderation} moderation entries, ${reports.helpRequests} help requests`,
    )
  }
  await payload.updateGlobal({ slug: 'policy', data: { responsiblePerson: users.responsable } })
  return report
}

async function seedDemoPosts(payload: Payload, options: SeedOptions, users: Partial<Record<Role, User['id']>>): Promise<number> {
  const now = options.now ?? new Date()
  const adoptedAt = demoInstant(now, options.timeZone, -POSITION_ADOPTED_DAYS_AGO, 19)
  const categories = await payload.find({ collection: 'categories', limit: 0, pagination: false, depth: 0 })
  const categoryId = new Map(categories.docs.map((category) => [category.code, category.id]))
  const images = await seedDemoMedia(payload, now)
  const position = await payload.create({
    collection: 'positions',
    data: {
      title: "L'éducation à la sexualité dès le primaire",
      summary:
        "Une éducation à la sexualité adaptée à l'âge, dès le primaire, est un facteur de protection contre les agressions sexuelles.",
      status: 'adopted',
      adoptedAt: adoptedAt.toISOString(),
      adoptedBy: users.collective,
      resolutionReference: `CO-${adoptedAt.getUTCFullYear()}-07`,
    },
  })

  let created = 0
  for (const { post, publishAt, workflowStatus } of planDemoPosts(now, options.timeZone)) {
    await payload.create({
      collection: 'posts',
      draft: false,
      // A post behind the seed's today went out at its moment: its history and `publishedAt` say so.
      // Its history: published before any network was connected, so nothing is delivered.
      context: { ...atMoment(workflowStatus === 'published' ? publishAt : now), [WITHOUT_DELIVERIES]: true },
      data: {
        title: post.title,
        category: categoryId.get(post.category),
        channels: post.channels,
        body: lexicalParagraphs(...post.channels.slice(0, 1).map((channel) => channel.text)),
        publishAt: publishAt.toISOString(),
        publishAt_tz: options.timeZone as 'America/Toronto',
        closingDate: post.closesAfterDays ? addDays(publishAt, post.closesAfterDays).toISOString() : null,
        source: post.source ?? null,
        sourceOrganisation: post.sourceOrganisation ?? null,
        position: post.citesPosition ? position.id : null,
        media: (post.images ?? []).map((key) => images[key]),
        overrides: post.override ? [{ rule: 'FORBID-1', justification: post.override }] : [],
        valuesConfirmed: workflowStatus !== 'draft' && workflowStatus !== 'in_review',
        workflowStatus,
        author: users.redaction,
      },
    })
    created++
  }
  for (const post of DEMO_TRAY_POSTS) {
    await payload.create({
      collection: 'posts',
      data: {
        title: post.title,
        category: categoryId.get(post.category),
        channels: post.channels,
        source: post.source ?? null,
        valuesConfirmed: post.workflowStatus === 'approved',
        workflowStatus: post.workflowStatus,
        author: users.redaction,
      },
    })
    created++
  }
  return created
}
