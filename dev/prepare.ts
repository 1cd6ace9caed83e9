/**
 * Prepares the database before the server starts: applies migrations, then seeds what is
 * missing. Runs in its own process so that the server process never holds a second Payload
 * instance beside Next's (see stack-notes: it breaks REST validation errors).
 */
import { getPayload } from 'payload'

import { applyMigrations } from './db/migrate'
import { PREPARE_UNFINISHED } from './prepareExit'
import { chooseDatabase, maskUri } from './db/databaseUri'
import { printDemoAccounts } from './seed/printDemoAccounts'
import { seed } from './seed/seed'

// If the work below never settles (see prepareDatabase in launch.ts), the process must not end as a success.
process.exitCode = PREPARE_UNFINISHED

async function main() {
  const choice = chooseDatabase(process.env.DATABASE_URI)
  console.log(`[balises] database: ${choice.kind === 'sqlite' ? `SQLite ${choice.file ?? ':memory:'}` : `MongoDB ${maskUri(choice.url)}`}`)
  const { default: config } = await import('@payload-config')
  const payload = await getPayload({ config })
  try {
    console.log('[balises] applying migrations…')
    await applyMigrations(payload)
    const report = await seed(payload, {
      demo: process.env.SEED_DEMO !== 'false',
      timeZone: (await payload.findGlobal({ slug: 'policy' })).timeZone || 'America/Toronto',
      log: (line) => console.log(`[balises] seed: ${line}`),
    })
    if (report.accounts.length > 0) printDemoAccounts(report.accounts)
    if (!report.categoriesCreated && !report.policySeeded && !report.accounts.length) {
      console.log('[balises] seed: nothing to add (database already seeded)')
    }
  } finally {
    await payload.destroy()
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error))
    process.exit(1)
  },
)
